import { describe, expect, it } from 'vitest';
import { makePinfl } from '../../../shared/domain/pinfl';
import type { Beneficiary } from '../../../shared/domain/people';
import {
  checkValues,
  emptyValues,
  inputOf,
  issuesForForm,
  valuesOf,
  type BeneficiaryValues,
} from '../../../renderer/src/features/people/beneficiaryForm';
import { readListQuery, writeListQuery } from '../../../renderer/src/features/people/listQuery';
import { isoToTypedDate, typedDateToIso } from '../../../renderer/src/features/people/typedDate';

const TODAY = '2026-03-10';

function typed(overrides: Partial<BeneficiaryValues> = {}): BeneficiaryValues {
  const values = emptyValues();
  return {
    ...values,
    familyName: 'Karimov',
    givenName: 'Shahzod',
    birthDate: '14.05.2019',
    sex: 'male',
    guardians: [
      {
        ...values.guardians[0]!,
        relation: 'mother',
        familyName: 'Karimova',
        givenName: 'Dilnoza',
        phone: '90 123 45 67',
      },
    ],
    ...overrides,
  };
}

describe('typed dates', () => {
  it.each([
    ['14.05.2019', '2019-05-14'],
    ['4.5.2019', '2019-05-04'],
    ['14/05/2019', '2019-05-14'],
    ['2019-05-14', '2019-05-14'],
    ['  ', ''],
    ['14 мая', '14 мая'],
    ['31.02.2020', '2020-02-31'],
  ])('reads %j as %j', (text, iso) => {
    expect(typedDateToIso(text)).toBe(iso);
  });

  it('shows a stored date in the language’s order', () => {
    expect(isoToTypedDate('2019-05-14', 'uz-Latn')).toBe('14.05.2019');
    expect(isoToTypedDate('2019-05-14', 'en')).toBe('14/05/2019');
    expect(isoToTypedDate(null, 'ru')).toBe('');
  });
});

describe('the beneficiary form before sending', () => {
  it('sends typed values in the contract’s form, dropping the blank guardian row', () => {
    const values = typed({ guardians: [...typed().guardians, emptyValues().guardians[0]!] });
    const check = checkValues(values, TODAY);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.input).toMatchObject({ birthDate: '2019-05-14', sex: 'male', dischargeDate: null });
    expect(check.input.guardians).toHaveLength(1);
  });

  it('reports the same field keys as the backend, for unanswered choices and dates in the future', () => {
    const check = checkValues(
      typed({ givenName: ' ', birthDate: '31.02.2019', sex: '', phone: '12345' }),
      TODAY,
    );
    expect(check).toEqual({
      ok: false,
      issues: {
        givenName: { key: 'validation.required' },
        birthDate: { key: 'validation.date' },
        sex: { key: 'validation.invalidChoice' },
        phone: { key: 'validation.phone' },
      },
    });
    const future = checkValues(typed({ birthDate: '11.03.2026', consentDate: '01.01.2027' }), TODAY);
    expect(future).toEqual({
      ok: false,
      issues: {
        birthDate: { key: 'validation.dateInFuture' },
        consentDate: { key: 'validation.dateInFuture' },
        consentTakenBy: { key: 'validation.required' },
      },
    });
  });

  it('checks the PINFL against the birth date and sex typed', () => {
    const pinfl = makePinfl('2019-05-14', 'female', 203, 1);
    expect(checkValues(typed({ pinfl }), TODAY)).toEqual({
      ok: false,
      issues: { pinfl: { key: 'people.validation.pinflSexMismatch' } },
    });
  });

  it('does not send the hidden group or discharge, but keeps them in the form', () => {
    const values = typed({
      hasDisability: false,
      disabilityGroup: '2',
      dischargeDate: '01.03.2026',
      dischargeReason: 'x',
    });
    const input = inputOf(values);
    expect(input).toMatchObject({ disabilityGroup: null, dischargeDate: null, dischargeReason: '' });
    expect(values.disabilityGroup).toBe('2');
  });

  it('puts a guardian’s message on the form row it came from, past blank rows', () => {
    const [filled] = typed().guardians;
    const values = typed({ guardians: [emptyValues().guardians[0]!, filled!] });
    expect(issuesForForm({ 'guardians.0.phone': { key: 'validation.phone' } }, values)).toEqual({
      'guardians.1.phone': { key: 'validation.phone' },
    });
  });

  it('turns a stored person back into typed values', () => {
    const person = {
      id: 7,
      familyName: 'Каримов',
      givenName: 'Шаҳзод',
      patronymic: '',
      birthDate: '2019-05-14',
      sex: 'male',
      pinfl: null,
      birthCertificate: 'I-AN 1',
      regionCode: 'andijan',
      districtCode: 'andijan.asaka',
      mahalla: '',
      address: '',
      phone: '+998901234567',
      hasDisability: false,
      disabilityGroup: null,
      functioning: '',
      socialStatus: 'none',
      referralCentre: '',
      referralNumber: '',
      referralDate: '2026-01-05',
      services: [{ id: 3, code: 'pool', names: { 'uz-Latn': '', 'uz-Cyrl': '', ru: '', en: '' } }],
      consentDate: null,
      consentTakenBy: '',
      status: 'waiting',
      dischargeDate: null,
      dischargeReason: '',
      notes: '',
      guardians: [],
      age: 6,
      createdAt: '',
      updatedAt: '',
    } satisfies Beneficiary;
    expect(valuesOf(person, 'ru')).toMatchObject({
      birthDate: '14.05.2019',
      referralDate: '05.01.2026',
      phone: '+998 90 123 45 67',
      serviceIds: [3],
      pinfl: '',
    });
  });
});

describe('the list’s address', () => {
  it('reads and writes search and filters, ignoring what it does not know', () => {
    const query = readListQuery(
      new URLSearchParams('q=Шахзод&status=active&age=under3&disability=no&page=2&x=1'),
    );
    expect(query).toEqual({
      query: 'Шахзод',
      status: 'active',
      serviceId: null,
      ageBand: 'under3',
      hasDisability: false,
      socialStatus: null,
      page: 2,
    });
    expect(writeListQuery(query).toString()).toBe(
      new URLSearchParams('q=Шахзод&status=active&age=under3&disability=no&page=2').toString(),
    );
    expect(readListQuery(new URLSearchParams('status=lost&page=-3&service=abc'))).toMatchObject({
      status: null,
      page: 1,
      serviceId: null,
    });
  });
});
