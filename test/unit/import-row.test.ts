import { describe, expect, it } from 'vitest';
import { importDefaultsSchema } from '../../shared/contract/import';
import { fullMapping, missingFields, readImportRow } from '../../shared/contract/import-row';
import { makePinfl } from '../../shared/domain/pinfl';

const defaults = importDefaultsSchema.parse({});
const PINFL = makePinfl('2019-05-14', 'male', 203, 17);

/** A list with a full-name column, a guardian and an address, as the Asaka centre sends it. */
const mapping = fullMapping({
  fullName: 0,
  birthDate: 1,
  sex: 2,
  pinfl: 3,
  district: 4,
  hasDisability: 5,
  guardianName: 6,
  guardianRelation: 7,
  guardianPhone: 8,
});
const row = (overrides: Record<number, string> = {}) => {
  const cells = [
    'Karimov Shahzod Alisher oʻgʻli',
    '14.05.2019',
    'oʻgʻil',
    PINFL,
    'Asaka tumani',
    '2-guruh',
    'Karimova Dilnoza Rustamovna',
    'onasi',
    '90 123 45 67',
  ];
  for (const [index, value] of Object.entries(overrides)) cells[Number(index)] = value;
  return cells;
};

describe('reading a row into a person', () => {
  it('reads a complete row into the input people.create takes', () => {
    const read = readImportRow(row(), mapping, defaults);
    expect(read.issues).toEqual({});
    expect(read.parsed).toMatchObject({
      familyName: 'Karimov',
      givenName: 'Shahzod',
      patronymic: 'Alisher oʻgʻli',
      birthDate: '2019-05-14',
      sex: 'male',
      pinfl: PINFL,
      regionCode: 'andijan',
      districtCode: 'andijan.asaka',
      hasDisability: true,
      disabilityGroup: '2',
      status: 'waiting',
      guardians: [
        {
          relation: 'mother',
          familyName: 'Karimova',
          givenName: 'Dilnoza',
          patronymic: 'Rustamovna',
          phone: '+998901234567',
          isPrimary: true,
        },
      ],
    });
    expect(read.cells.fullName).toBe('Karimov Shahzod Alisher oʻgʻli');
  });

  it('reports each unreadable cell under its column, with the schema’s messages for the rest', () => {
    const read = readImportRow(
      row({ 1: '31.02.2019', 2: 'bola', 3: '12345', 4: 'Narnia', 5: 'balki', 7: 'qoʻshni', 8: '12' }),
      mapping,
      defaults,
    );
    expect(read.parsed).toBeNull();
    expect(read.issues).toEqual({
      birthDate: { key: 'validation.date', params: { value: '31.02.2019' } },
      sex: { key: 'peopleImport.validation.sex', params: { value: 'bola' } },
      pinfl: { key: 'validation.pinflFormat' },
      district: { key: 'peopleImport.validation.district', params: { value: 'Narnia' } },
      hasDisability: { key: 'peopleImport.validation.yesNo', params: { value: 'balki' } },
      guardianRelation: { key: 'peopleImport.validation.relation', params: { value: 'qoʻshni' } },
      guardianPhone: { key: 'validation.phone' },
    });
  });

  it('applies the person’s rules: PINFL against the birth date, a group for a disability', () => {
    const read = readImportRow(row({ 1: '15.05.2019', 5: 'ha' }), mapping, defaults);
    expect(read.issues).toEqual({
      pinfl: { key: 'people.validation.pinflBirthDateMismatch' },
      disabilityGroup: { key: 'validation.required' },
    });
  });

  it('reports an unreadable cell once, not again through the rules that compare it with others', () => {
    const read = readImportRow(row({ 1: '31.05.2019', 2: 'bola' }), mapping, defaults);
    // 31 May is a real date that differs from the PINFL's 14 May; "bola" gives no sex, so the PINFL's is taken.
    expect(read.issues).toEqual({
      sex: { key: 'peopleImport.validation.sex', params: { value: 'bola' } },
      pinfl: { key: 'people.validation.pinflBirthDateMismatch' },
    });
    const unreadable = readImportRow(row({ 1: '31.09.2019' }), mapping, defaults);
    expect(unreadable.issues).toEqual({
      birthDate: { key: 'validation.date', params: { value: '31.09.2019' } },
    });
  });

  it('needs a birth date and a full name of two words', () => {
    const read = readImportRow(row({ 0: 'Karimov', 1: '' }), mapping, defaults);
    expect(read.issues).toEqual({
      fullName: { key: 'peopleImport.validation.fullName' },
      birthDate: { key: 'validation.required' },
    });
  });

  it('takes the sex from the PINFL when the file has none, and the defaults for what it lacks', () => {
    const read = readImportRow(
      ['Gʻulomova', 'Madina', makePinfl('2018-09-01', 'female', 203, 4), '01.09.2018'],
      fullMapping({ familyName: 0, givenName: 1, pinfl: 2, birthDate: 3 }),
      importDefaultsSchema.parse({
        regionCode: 'andijan',
        districtCode: 'andijan.baliqchi',
        referralCentre: 'Baliqchi tumani «Inson» markazi',
        referralDate: '2026-02-01',
      }),
    );
    expect(read.issues).toEqual({});
    expect(read.parsed).toMatchObject({
      sex: 'female',
      regionCode: 'andijan',
      districtCode: 'andijan.baliqchi',
      referralCentre: 'Baliqchi tumani «Inson» markazi',
      referralDate: '2026-02-01',
      status: 'waiting',
      guardians: [],
    });
  });

  it('refuses a district outside the region the row names', () => {
    const read = readImportRow(
      ['Karimov', 'Shahzod', '14.05.2019', 'oʻgʻil', 'Namangan viloyati', 'Asaka tumani'],
      fullMapping({ familyName: 0, givenName: 1, birthDate: 2, sex: 3, region: 4, district: 5 }),
      defaults,
    );
    expect(read.issues).toEqual({ district: { key: 'people.validation.districtNotInRegion' } });
  });

  it('asks for a guardian’s name when the row gives only the relation', () => {
    const read = readImportRow(row({ 6: '', 8: '', 7: 'otasi' }), mapping, defaults);
    expect(read.issues).toEqual({ guardianName: { key: 'validation.required' } });
  });

  it('says which required columns are not mapped', () => {
    expect(missingFields(fullMapping({}))).toEqual(['familyName', 'givenName', 'birthDate', 'sex']);
    expect(missingFields(mapping)).toEqual([]);
    expect(missingFields(fullMapping({ familyName: 0, givenName: 1, birthDate: 2, pinfl: 3 }))).toEqual([]);
  });
});

describe('the import’s messages', () => {
  it('exist in every language for every key the import gives', async () => {
    const { catalogues } = await import('../../shared/i18n');
    const keys = [
      'fileTooBig',
      'unsupportedFile',
      'unreadableFile',
      'emptyFile',
      'tooManyRows',
      'fullName',
      'sex',
      'yesNo',
      'disabilityGroup',
      'socialStatus',
      'status',
      'relation',
      'region',
      'district',
      'districtAmbiguous',
      'pinflRepeated',
    ] as const;
    for (const catalogue of Object.values(catalogues)) {
      for (const key of keys) expect(catalogue.peopleImport.validation[key], key).toBeTruthy();
    }
  });
});
