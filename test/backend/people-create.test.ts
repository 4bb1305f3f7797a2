import { describe, expect, it } from 'vitest';
import { makePinfl } from '../../shared/domain/pinfl';
import { expectOk } from './backend-fixture';
import { addService, child, create, NOW, openPeopleBackend } from './people-fixture';

describe('people.create and people.get', () => {
  it('stores a child with a guardian, a referral and services, and reads them back', async () => {
    const backend = await openPeopleBackend();
    const speech = await addService(backend, 'test_speech');
    const pool = await addService(backend, 'test_pool');
    const created = await create(
      backend,
      child({ serviceIds: [speech, pool], phone: '+998 (93) 555 11 22' }),
    );

    expect(created).toMatchObject({
      familyName: 'Karimov',
      givenName: 'Shahzod',
      birthDate: '2019-05-14',
      age: 6,
      pinfl: makePinfl('2019-05-14', 'male', 203, 17),
      phone: '+998935551122',
      regionCode: 'andijan',
      districtCode: 'andijan.asaka',
      hasDisability: true,
      disabilityGroup: 'child',
      socialStatus: 'low_income',
      referralNumber: '47/2026',
      referralDate: '2026-02-20',
      status: 'active',
      dischargeDate: null,
      createdAt: NOW.toISOString(),
    });
    expect(created.guardians).toEqual([
      {
        id: expect.any(Number),
        relation: 'mother',
        familyName: 'Karimova',
        givenName: 'Dilnoza',
        patronymic: 'Rustamovna',
        phone: '+998901234567',
        isPrimary: true,
        notes: '',
      },
    ]);
    expect(created.services.map((s) => s.code).sort()).toEqual(['test_pool', 'test_speech']);
    expect(created.services.find((s) => s.code === 'test_pool')?.names.ru).toBe('test_pool ru');

    expect(expectOk(await backend.handle('people.get', { id: created.id }))).toEqual(created);
  });

  it('accepts a waiting referral without PINFL, birth certificate or consent', async () => {
    const backend = await openPeopleBackend();
    const created = await create(
      backend,
      child({ status: 'waiting', pinfl: '', birthCertificate: null, consentDate: null, consentTakenBy: '' }),
    );
    expect(created).toMatchObject({
      status: 'waiting',
      pinfl: null,
      birthCertificate: null,
      consentDate: null,
    });
  });

  it('keeps a PINFL typed with spaces as its digits and a birth certificate upper-cased', async () => {
    const backend = await openPeopleBackend();
    const pinfl = makePinfl('2019-05-14', 'male', 203, 17);
    const spaced = `${pinfl.slice(0, 7)} ${pinfl.slice(7)}`;
    const created = await create(backend, child({ pinfl: spaced, birthCertificate: ' i-an   1234567 ' }));
    expect(created.pinfl).toBe(pinfl);
    expect(created.birthCertificate).toBe('I-AN 1234567');
  });

  it('makes the first guardian primary when none is marked and keeps the order', async () => {
    const backend = await openPeopleBackend();
    const created = await create(
      backend,
      child({
        guardians: [
          { relation: 'grandmother', familyName: 'Karimova', givenName: 'Zulfiya', phone: '' },
          { relation: 'father', familyName: 'Karimov', givenName: 'Alisher', phone: '+998911112233' },
        ],
      }),
    );
    expect(created.guardians.map((g) => [g.relation, g.isPrimary, g.phone])).toEqual([
      ['grandmother', true, null],
      ['father', false, '+998911112233'],
    ]);
  });

  it('clears nothing typed: a record with every optional field empty reads back with empty values', async () => {
    const backend = await openPeopleBackend();
    const created = await create(backend, {
      familyName: 'Тошматова',
      givenName: 'Мадина',
      birthDate: '2024-01-05',
      sex: 'female',
    });
    expect(created).toMatchObject({
      patronymic: '',
      status: 'waiting',
      socialStatus: 'none',
      hasDisability: false,
      disabilityGroup: null,
      guardians: [],
      services: [],
      age: 2,
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const backend = await openPeopleBackend();
    expect(await backend.handle('people.get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
