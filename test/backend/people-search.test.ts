import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import type { PeoplePage } from '../../shared/contract/people';
import { makePinfl } from '../../shared/domain/pinfl';
import { expectOk } from './backend-fixture';
import { makeTempDir } from '../support/temp-dir';
import { addService, child, create, NOW } from './people-fixture';

let backend: Backend;
let speech: number;
let pool: number;
const pinflOf = { madina: makePinfl('2024-01-05', 'female', 203, 31) };

const search = async (input: Record<string, unknown>) =>
  expectOk(await backend.handle('people.search', input)) as PeoplePage;
const names = (page: PeoplePage) => page.items.map((p) => `${p.familyName} ${p.givenName}`);

const waiting = { status: 'waiting' as const, pinfl: null, consentDate: null, consentTakenBy: '' };

describe('people.search', () => {
  // One centre for every case: each `it` only reads.
  const temp = makeTempDir();
  afterAll(async () => {
    await backend.close();
    temp.remove();
  });
  beforeAll(async () => {
    backend = await createBackend({ dataDir: temp.dir, clock: () => NOW });
    speech = await addService(backend, 'test_speech');
    pool = await addService(backend, 'test_pool');
    await create(backend, child({ serviceIds: [speech] }));
    await create(backend, {
      ...waiting,
      familyName: 'Тошматова',
      givenName: 'Мадина',
      birthDate: '2024-01-05',
      sex: 'female',
      pinfl: pinflOf.madina,
      serviceIds: [speech, pool],
      guardians: [
        {
          relation: 'father',
          familyName: 'Тошматов',
          givenName: 'Жамшид',
          phone: '+998 97 700 00 01',
          isPrimary: true,
        },
      ],
    });
    await create(backend, {
      ...waiting,
      familyName: 'Gʻulomov',
      givenName: 'Oʻktam',
      birthDate: '1990-11-30',
      sex: 'male',
      socialStatus: 'poverty_register',
      serviceIds: [pool],
      phone: '+998 33 444 55 66',
    });
    await create(backend, {
      ...waiting,
      familyName: 'Xudoyberdiyeva',
      givenName: 'Nigora',
      birthDate: '2016-03-11',
      sex: 'female',
      status: 'discharged',
      birthCertificate: 'I-AN 0011223',
      consentDate: '2025-01-10',
      consentTakenBy: 'Aliyeva S.',
      dischargeDate: '2026-01-31',
      dischargeReason: 'Course completed',
      guardians: [
        { relation: 'mother', familyName: 'Xudoyberdiyeva', givenName: 'Sevara', phone: '91 234 56 78' },
      ],
    });
  }, 30_000);

  it('lists everyone alphabetically, both scripts interleaved by their folded spelling', async () => {
    const page = await search({});
    // Folded, Uzbek x reads as h (Russian spelling writes both as х), so Xudoyberdiyeva sorts under H.
    expect(names(page)).toEqual([
      'Gʻulomov Oʻktam',
      'Xudoyberdiyeva Nigora',
      'Karimov Shahzod',
      'Тошматова Мадина',
    ]);
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 50 });
  });

  it.each([
    ['Шахзод', 'Karimov Shahzod'],
    ['шаҳзод карим', 'Karimov Shahzod'],
    ['Madina', 'Тошматова Мадина'],
    ['toshmat', 'Тошматова Мадина'],
    ["G'ulomov", 'Gʻulomov Oʻktam'],
    ['Ғуломов Ўктам', 'Gʻulomov Oʻktam'],
    ['Худойбердиева', 'Xudoyberdiyeva Nigora'],
    ['alisher', 'Karimov Shahzod'],
  ])('finds %s by any part of the name in either script', async (query, found) => {
    expect(names(await search({ query }))).toEqual([found]);
  });

  it('ANDs the words of a query', async () => {
    expect(names(await search({ query: 'karimov madina' }))).toEqual([]);
  });

  it('finds by PINFL, whole or in part, and by birth certificate', async () => {
    expect(names(await search({ query: pinflOf.madina }))).toEqual(['Тошматова Мадина']);
    expect(names(await search({ query: pinflOf.madina.slice(0, 9) }))).toEqual(['Тошматова Мадина']);
    expect(names(await search({ query: '0011223' }))).toEqual(['Xudoyberdiyeva Nigora']);
  });

  it('finds by the person’s or a guardian’s phone however it is typed', async () => {
    expect(names(await search({ query: '33 444 55 66' }))).toEqual(['Gʻulomov Oʻktam']);
    expect(names(await search({ query: '+998(97)7000001' }))).toEqual(['Тошматова Мадина']);
    expect(names(await search({ query: '901234567' }))).toEqual(['Karimov Shahzod']);
    expect(names(await search({ query: '234-56-78' }))).toEqual(['Xudoyberdiyeva Nigora']);
  });

  it('finds by a guardian’s name, in either script', async () => {
    expect(names(await search({ query: 'Jamshid' }))).toEqual(['Тошматова Мадина']);
    expect(names(await search({ query: 'Дилноза' }))).toEqual(['Karimov Shahzod']);
  });

  it('shows the primary guardian with each person', async () => {
    const [madina] = (await search({ query: 'Madina' })).items;
    expect(madina?.primaryGuardian).toEqual({
      relation: 'father',
      familyName: 'Тошматов',
      givenName: 'Жамшид',
      patronymic: '',
      phone: '+998977000001',
    });
    expect(madina?.age).toBe(2);
  });

  it('filters by status, service, disability and social-register status', async () => {
    expect(names(await search({ status: 'discharged' }))).toEqual(['Xudoyberdiyeva Nigora']);
    expect(names(await search({ serviceId: pool }))).toEqual(['Gʻulomov Oʻktam', 'Тошматова Мадина']);
    expect(names(await search({ serviceId: speech, query: 'karimov' }))).toEqual(['Karimov Shahzod']);
    expect(names(await search({ hasDisability: true }))).toEqual(['Karimov Shahzod']);
    expect((await search({ hasDisability: false })).total).toBe(3);
    expect(names(await search({ socialStatus: 'poverty_register' }))).toEqual(['Gʻulomov Oʻktam']);
  });

  it('filters by age band in whole years on the centre’s today', async () => {
    // Today is 2026-03-10: Nigora turns 10 tomorrow, so she is 9; Madina is 2; Shahzod 6; Oʻktam 35.
    expect(names(await search({ ageBand: 'under3' }))).toEqual(['Тошматова Мадина']);
    expect(names(await search({ ageBand: 'preschool' }))).toEqual(['Karimov Shahzod']);
    expect(names(await search({ ageBand: 'school' }))).toEqual(['Xudoyberdiyeva Nigora']);
    expect(names(await search({ ageBand: 'adult' }))).toEqual(['Gʻulomov Oʻktam']);
  });

  it('pages from the database with the total of all pages', async () => {
    const first = await search({ pageSize: 3 });
    const second = await search({ pageSize: 3, page: 2 });
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect(names(first)).toHaveLength(3);
    expect(names(second)).toEqual(['Тошматова Мадина']);
    expect(await search({ pageSize: 3, page: 3 })).toMatchObject({ items: [], total: 4 });
  });

  it('refuses a page size over the limit and unknown filters', async () => {
    expect(await backend.handle('people.search', { pageSize: 500, colour: 'red' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          fields: { pageSize: { key: 'validation.tooBig' }, _form: { key: 'validation.unknownField' } },
        },
      },
    });
  });
});
