import { describe, expect, it } from 'vitest';
import type { BeneficiaryInput } from '../../shared/contract/people';
import type { Beneficiary } from '../../shared/domain/people';
import { expectOk } from './backend-fixture';
import { addService, child, create, openPeopleBackend, rowCounts } from './people-fixture';

/** What the edit form sends back for a stored person: the same fields, guardians with their ids. */
function asInput(person: Beneficiary): BeneficiaryInput & { id: number } {
  const { services, age: _age, createdAt: _c, updatedAt: _u, guardians, ...fields } = person;
  return { ...fields, serviceIds: services.map((s) => s.id), guardians: guardians.map((g) => ({ ...g })) };
}

describe('people.update', () => {
  it('rewrites the fields and keeps guardians by id: edited, added and removed', async () => {
    const backend = await openPeopleBackend();
    const speech = await addService(backend, 'test_speech');
    const created = await create(
      backend,
      child({
        guardians: [
          {
            relation: 'mother',
            familyName: 'Karimova',
            givenName: 'Dilnoza',
            phone: '901234567',
            isPrimary: true,
          },
          { relation: 'grandfather', familyName: 'Karimov', givenName: 'Rustam', phone: '' },
        ],
      }),
    );
    const [mother] = created.guardians;

    const edited = asInput(created);
    const updated = expectOk(
      await backend.handle('people.update', {
        ...edited,
        givenName: 'Shahzodbek',
        serviceIds: [speech],
        guardians: [
          {
            relation: 'father',
            familyName: 'Karimov',
            givenName: 'Alisher',
            phone: '+998 91 000 11 22',
            isPrimary: true,
          },
          { ...edited.guardians![0]!, phone: '+998 90 765 43 21', isPrimary: false },
        ],
      }),
    ) as Beneficiary;

    expect(updated.givenName).toBe('Shahzodbek');
    expect(updated.services.map((s) => s.id)).toEqual([speech]);
    expect(updated.guardians.map((g) => [g.relation, g.isPrimary, g.phone])).toEqual([
      ['father', true, '+998910001122'],
      ['mother', false, '+998907654321'],
    ]);
    expect(updated.guardians[1]?.id).toBe(mother?.id);
    expect((await rowCounts(backend)).guardians).toBe(2);
    expect(updated.createdAt).toBe(created.createdAt);
  });

  it('finds the person by the new name and guardian after an edit, and not by the old ones', async () => {
    const backend = await openPeopleBackend();
    const created = await create(backend, child());
    expectOk(
      await backend.handle('people.update', {
        ...asInput(created),
        familyName: 'Qodirov',
        guardians: [
          {
            relation: 'father',
            familyName: 'Qodirov',
            givenName: 'Botir',
            phone: '99 888 77 66',
            isPrimary: true,
          },
        ],
      }),
    );
    const found = async (query: string) =>
      (expectOk(await backend.handle('people.search', { query })) as { total: number }).total;
    expect(await found('Кодиров')).toBe(1);
    expect(await found('Botir')).toBe(1);
    expect(await found('998887766')).toBe(1);
    expect(await found('Karimov')).toBe(0);
    expect(await found('Dilnoza')).toBe(0);
  });

  it('discharges a person with a date and reason, and clears them when taken back', async () => {
    const backend = await openPeopleBackend();
    const created = await create(backend, child());
    const discharged = expectOk(
      await backend.handle('people.update', {
        ...asInput(created),
        status: 'discharged',
        dischargeDate: '2026-03-09',
        dischargeReason: 'Moved to Fargʻona',
      }),
    ) as Beneficiary;
    expect(discharged).toMatchObject({ status: 'discharged', dischargeDate: '2026-03-09' });
    const back = expectOk(
      await backend.handle('people.update', {
        ...asInput(discharged),
        status: 'active',
        dischargeDate: null,
        dischargeReason: '',
      }),
    ) as Beneficiary;
    expect(back).toMatchObject({ status: 'active', dischargeDate: null, dischargeReason: '' });
  });

  it('refuses a guardian id of another person and an unknown person, changing nothing', async () => {
    const backend = await openPeopleBackend();
    const first = await create(backend, child());
    const second = await create(
      backend,
      child({ familyName: 'Aliyev', pinfl: null, birthCertificate: 'I-AN 5' }),
    );
    const foreign = { ...asInput(second).guardians![0]!, id: first.guardians[0]!.id };

    const result = await backend.handle('people.update', { ...asInput(second), guardians: [foreign] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'guardians.0.id': { key: 'validation.invalid' } } } },
    });
    expect(expectOk(await backend.handle('people.get', { id: first.id }))).toEqual(first);
    expect(expectOk(await backend.handle('people.get', { id: second.id }))).toEqual(second);

    expect(await backend.handle('people.update', { ...asInput(second), id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
