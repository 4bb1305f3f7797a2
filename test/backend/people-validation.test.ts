import { describe, expect, it } from 'vitest';
import type { BeneficiaryInput } from '../../shared/contract/people';
import { makePinfl } from '../../shared/domain/pinfl';
import { child, openPeopleBackend, rowCounts } from './people-fixture';

/** Sends the input and expects VALIDATION with these field keys, and no row written anywhere. */
async function expectRefused(input: unknown, fields: Record<string, string>) {
  const backend = await openPeopleBackend();
  const before = await rowCounts(backend);
  const result = await backend.handle('people.create', input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('VALIDATION');
  const keys = Object.fromEntries(
    Object.entries(result.error.details?.fields ?? {}).map(([path, issue]) => [path, issue.key]),
  );
  expect(keys).toMatchObject(fields);
  expect(await rowCounts(backend)).toEqual(before);
}

const valid = makePinfl('2019-05-14', 'male', 203, 17);

describe('people.create refuses invalid data field by field and writes nothing', () => {
  it('requires the names, a real birth date and a sex', async () => {
    await expectRefused(
      child({ familyName: '  ', givenName: '', birthDate: '2019-02-30', sex: 'boy' as never }),
      {
        familyName: 'validation.required',
        givenName: 'validation.required',
        birthDate: 'validation.date',
        sex: 'validation.invalidChoice',
      },
    );
  });

  it.each([
    ['a wrong shape', '7019051420301', 'validation.pinflFormat'],
    ['an impossible date', '53102190050071', 'validation.pinflDate'],
    [
      'a wrong check digit',
      valid.slice(0, 13) + String((Number(valid[13]) + 1) % 10),
      'validation.pinflChecksum',
    ],
  ])('refuses a PINFL with %s', async (_what, pinfl, key) => {
    await expectRefused(child({ pinfl }), { pinfl: key });
  });

  it('refuses a PINFL whose birth date or sex differs from the person’s', async () => {
    await expectRefused(child({ birthDate: '2019-05-15' }), {
      pinfl: 'people.validation.pinflBirthDateMismatch',
    });
    await expectRefused(child({ sex: 'female' }), { pinfl: 'people.validation.pinflSexMismatch' });
  });

  it('needs a PINFL or a birth certificate and a consent once the person is served', async () => {
    await expectRefused(child({ pinfl: null, consentDate: null, consentTakenBy: '' }), {
      pinfl: 'people.validation.identityRequired',
      consentDate: 'people.validation.consentRequired',
    });
    await expectRefused(
      child({ status: 'discharged', pinfl: '', dischargeDate: '2026-03-01', dischargeReason: 'x' }),
      {
        pinfl: 'people.validation.identityRequired',
      },
    );
  });

  it('needs who took the consent when its date is given', async () => {
    await expectRefused(child({ consentTakenBy: '' }), { consentTakenBy: 'validation.required' });
  });

  it('needs the date and reason of a discharge, and refuses them for someone not discharged', async () => {
    await expectRefused(child({ status: 'discharged' }), {
      dischargeDate: 'validation.required',
      dischargeReason: 'validation.required',
    });
    await expectRefused(child({ dischargeDate: '2026-03-01', dischargeReason: 'Moved away' }), {
      dischargeDate: 'people.validation.notDischarged',
      dischargeReason: 'people.validation.notDischarged',
    });
  });

  it('keeps the disability group consistent with the disability', async () => {
    await expectRefused(child({ hasDisability: true, disabilityGroup: null }), {
      disabilityGroup: 'validation.required',
    });
    await expectRefused(child({ hasDisability: false, disabilityGroup: '2' }), {
      disabilityGroup: 'people.validation.noDisability',
    });
  });

  it('refuses phones that are not Uzbek numbers, the person’s own and a guardian’s', async () => {
    const guardian = child().guardians![0]!;
    await expectRefused(child({ phone: '+7 901 234 56 78', guardians: [{ ...guardian, phone: '12345' }] }), {
      phone: 'validation.phone',
      'guardians.0.phone': 'validation.phone',
    });
  });

  it('checks each guardian’s names and relation', async () => {
    const mother = child().guardians![0]!;
    await expectRefused(
      child({
        guardians: [
          { ...mother, givenName: '' },
          { ...mother, relation: 'aunt' as never },
        ],
      }),
      { 'guardians.0.givenName': 'validation.required', 'guardians.1.relation': 'validation.invalidChoice' },
    );
  });

  it('allows one primary guardian, with a phone, and one mother', async () => {
    const mother = child().guardians![0]!;
    await expectRefused(
      child({
        guardians: [
          mother,
          { ...mother, relation: 'father', isPrimary: true, phone: '' },
          { ...mother, relation: 'mother', isPrimary: false },
        ],
      }),
      {
        'guardians.1.isPrimary': 'people.validation.onePrimary',
        'guardians.1.phone': 'people.validation.primaryPhone',
        'guardians.2.relation': 'people.validation.relationTaken',
      },
    );
  });

  it('refuses dates in the future and dates before the birth', async () => {
    await expectRefused(
      child({
        pinfl: null,
        status: 'waiting',
        birthDate: '2026-03-11',
        referralDate: '2026-04-01',
        consentDate: null,
        consentTakenBy: '',
      }),
      { birthDate: 'validation.dateInFuture', referralDate: 'validation.dateInFuture' },
    );
    await expectRefused(child({ referralDate: '2019-05-13' }), {
      referralDate: 'people.validation.beforeBirth',
    });
    await expectRefused(child({ pinfl: null, birthCertificate: 'I-AN 1', birthDate: '1900-01-01' }), {
      birthDate: 'people.validation.birthDateTooOld',
    });
  });

  it('refuses a service that does not exist', async () => {
    await expectRefused(child({ serviceIds: [4242] }), { serviceIds: 'validation.invalidChoice' });
  });

  it('refuses texts over their limits and unknown fields', async () => {
    await expectRefused({ ...child({ notes: 'x'.repeat(4001) }), isVip: true } as BeneficiaryInput, {
      notes: 'validation.tooLong',
      _form: 'validation.unknownField',
    });
  });
});

describe('the address', () => {
  it('takes region and district from the reference list, the district inside the region', async () => {
    await expectRefused(child({ regionCode: 'atlantis' }), { regionCode: 'validation.invalidChoice' });
    await expectRefused(child({ regionCode: 'andijan', districtCode: 'fergana.rishton' }), {
      districtCode: 'people.validation.districtNotInRegion',
    });
    await expectRefused(child({ regionCode: null, districtCode: 'andijan.asaka' }), {
      districtCode: 'people.validation.districtNotInRegion',
    });
  });
});
