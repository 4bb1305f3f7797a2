import { describe, expect, it } from 'vitest';
import { makePinfl } from '../../shared/domain/pinfl';
import { expectOk } from './backend-fixture';
import { child, create, openPeopleBackend, rowCounts } from './people-fixture';

describe('the duplicate guard', () => {
  it('always refuses a PINFL that is already recorded, naming the existing record', async () => {
    const backend = await openPeopleBackend();
    const existing = await create(backend, child());
    const before = await rowCounts(backend);
    for (const confirmNotDuplicate of [false, true]) {
      const result = await backend.handle(
        'people.create',
        child({ familyName: 'Boshqa', givenName: 'Odam', confirmNotDuplicate }),
      );
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: expect.any(String),
          details: {
            duplicates: [
              {
                id: existing.id,
                name: 'Karimov Shahzod Alisher oʻgʻli',
                birthDate: '2019-05-14',
                pinfl: existing.pinfl,
                match: 'pinfl',
              },
            ],
            fields: { pinfl: { key: 'people.validation.pinflTaken' } },
          },
        },
      });
    }
    expect(await rowCounts(backend)).toEqual(before);
  });

  it('warns about the same name and birth date, in either script, until confirmed', async () => {
    const backend = await openPeopleBackend();
    const existing = await create(backend, child({ pinfl: null, birthCertificate: 'I-AN 1234567' }));
    const cyrillic = child({
      familyName: 'Каримов',
      givenName: 'Шахзод',
      patronymic: 'Алишер ўғли',
      pinfl: null,
      birthCertificate: 'I-AN 7654321',
    });

    const refused = await backend.handle('people.create', cyrillic);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { duplicates: [{ id: existing.id, match: 'name', pinfl: null }] } },
    });
    if (!refused.ok) expect(refused.error.details?.fields).toBeUndefined();
    expect((await rowCounts(backend)).beneficiaries).toBe(1);

    const confirmed = expectOk(
      await backend.handle('people.create', { ...cyrillic, confirmNotDuplicate: true }),
    );
    expect(confirmed).toMatchObject({ familyName: 'Каримов', givenName: 'Шахзод' });
    expect((await rowCounts(backend)).beneficiaries).toBe(2);
  });

  it('does not take the same name on another birth date, or another name on the same date, for a duplicate', async () => {
    const backend = await openPeopleBackend();
    await create(backend, child({ pinfl: null, status: 'waiting' }));
    await create(backend, child({ pinfl: null, status: 'waiting', birthDate: '2019-05-15' }));
    await create(backend, child({ pinfl: null, status: 'waiting', givenName: 'Shahboz' }));
    expect((await rowCounts(backend)).beneficiaries).toBe(3);
  });

  it('lets a record be saved unchanged, but not with another person’s PINFL', async () => {
    const backend = await openPeopleBackend();
    const first = await create(backend, child());
    const other = await create(
      backend,
      child({
        familyName: 'Rahimova',
        givenName: 'Laylo',
        sex: 'female',
        birthDate: '2021-08-02',
        pinfl: makePinfl('2021-08-02', 'female', 203, 18),
        referralDate: '2026-02-01',
      }),
    );
    expectOk(await backend.handle('people.update', { ...child(), id: first.id }));

    const taken = await backend.handle('people.update', {
      ...child({ familyName: 'Rahimova', givenName: 'Laylo', sex: 'female', birthDate: '2021-08-02' }),
      pinfl: other.pinfl,
      id: first.id,
    });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { duplicates: [{ id: other.id, match: 'pinfl' }] } },
    });
    expect(expectOk(await backend.handle('people.get', { id: first.id }))).toMatchObject({
      familyName: 'Karimov',
      pinfl: first.pinfl,
    });
  });
});
