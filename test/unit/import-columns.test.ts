import { describe, expect, it } from 'vitest';
import { columnLetter, looksLikeHeader, suggestMapping } from '../../shared/domain/import-columns';

/** The suggested mapping as field → header text, leaving out unmapped fields. */
function suggested(headers: string[]) {
  const mapping = suggestMapping(headers);
  return Object.fromEntries(
    Object.entries(mapping).flatMap(([field, column]) => (column === null ? [] : [[field, headers[column]]])),
  );
}

describe('recognising columns by their headers', () => {
  it('reads an Uzbek Latin list of an Inson centre', () => {
    expect(
      suggested([
        'T/r',
        'Familiyasi',
        'Ismi',
        'Otasining ismi',
        'Tugʻilgan sanasi',
        'Jinsi',
        'JShShIR',
        'Tuman (shahar)',
        'Mahalla',
        'Yashash manzili',
        'Nogironlik guruhi',
        'Ijtimoiy reestr',
        'Ota-onasining F.I.Sh.',
        'Kim boʻladi',
        'Ota-onasining telefoni',
        'Izoh',
      ]),
    ).toEqual({
      familyName: 'Familiyasi',
      givenName: 'Ismi',
      patronymic: 'Otasining ismi',
      birthDate: 'Tugʻilgan sanasi',
      sex: 'Jinsi',
      pinfl: 'JShShIR',
      district: 'Tuman (shahar)',
      mahalla: 'Mahalla',
      address: 'Yashash manzili',
      disabilityGroup: 'Nogironlik guruhi',
      socialStatus: 'Ijtimoiy reestr',
      guardianName: 'Ota-onasining F.I.Sh.',
      guardianRelation: 'Kim boʻladi',
      guardianPhone: 'Ota-onasining telefoni',
      notes: 'Izoh',
    });
  });

  it('reads Uzbek Cyrillic and Russian headers, with a full-name column', () => {
    expect(
      suggested([
        '№',
        'Ф.И.Ш.',
        'Туғилган санаси',
        'ЖШШИР',
        'Вилоят',
        'Туман',
        'Телефон',
        'Ногиронлиги',
        'Ота-онаси',
        'Ота-онасининг телефони',
      ]),
    ).toEqual({
      fullName: 'Ф.И.Ш.',
      birthDate: 'Туғилган санаси',
      pinfl: 'ЖШШИР',
      region: 'Вилоят',
      district: 'Туман',
      phone: 'Телефон',
      hasDisability: 'Ногиронлиги',
      guardianName: 'Ота-онаси',
      guardianPhone: 'Ота-онасининг телефони',
    });
    expect(
      suggested([
        'Фамилия',
        'Имя',
        'Отчество',
        'Дата рождения',
        'Пол',
        'ПИНФЛ',
        'Область',
        'Район',
        'Адрес',
        'Инвалидность',
        'Группа инвалидности',
        'Социальный статус',
        'Кем направлен',
        'Номер направления',
        'Дата направления',
        'ФИО родителя',
        'Родство',
        'Телефон родителя',
        'Примечание',
      ]),
    ).toEqual({
      familyName: 'Фамилия',
      givenName: 'Имя',
      patronymic: 'Отчество',
      birthDate: 'Дата рождения',
      sex: 'Пол',
      pinfl: 'ПИНФЛ',
      region: 'Область',
      district: 'Район',
      address: 'Адрес',
      hasDisability: 'Инвалидность',
      disabilityGroup: 'Группа инвалидности',
      socialStatus: 'Социальный статус',
      referralCentre: 'Кем направлен',
      referralNumber: 'Номер направления',
      referralDate: 'Дата направления',
      guardianName: 'ФИО родителя',
      guardianRelation: 'Родство',
      guardianPhone: 'Телефон родителя',
      notes: 'Примечание',
    });
  });

  it('reads English headers and ignores columns it does not know', () => {
    expect(
      suggested(['Surname', 'First name', 'Date of birth', 'Gender', 'PINFL', 'Phone', 'Shoe size', '']),
    ).toEqual({
      familyName: 'Surname',
      givenName: 'First name',
      birthDate: 'Date of birth',
      sex: 'Gender',
      pinfl: 'PINFL',
      phone: 'Phone',
    });
  });

  it('tells a header row from a title line', () => {
    expect(looksLikeHeader(['Familiya', 'Ism', 'Tugʻilgan sana'])).toBe(true);
    expect(looksLikeHeader(['Asaka tumani «Inson» markazi yoʻllanmalari roʻyxati', '', ''])).toBe(false);
    expect(looksLikeHeader(['Karimov', 'Shahzod', '14.05.2019'])).toBe(false);
  });

  it('names columns with spreadsheet letters', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
