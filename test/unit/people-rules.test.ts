import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../electron/backend/people/search';
import { calendarDateIn } from '../../shared/domain/scheduling/time-zone';
import { beneficiarySearchText } from '../../electron/backend/people/search-text';
import { beneficiaryInputSchema, checkBeneficiaryDates } from '../../shared/contract/people';
import { ageInYears, birthDateBounds, yearsBefore } from '../../shared/domain/age';
import { makePinfl } from '../../shared/domain/pinfl';

describe('age in whole years', () => {
  it.each([
    ['2019-05-14', '2026-05-13', 6],
    ['2019-05-14', '2026-05-14', 7],
    ['2024-02-29', '2025-02-28', 0],
    ['2024-02-29', '2025-03-01', 1],
    ['2026-03-10', '2026-03-10', 0],
  ])('born %s is %i on %s', (birth, today, age) => {
    expect(ageInYears(birth, today)).toBe(age);
  });

  it('goes back whole years, 29 February to 28 February in a common year', () => {
    expect(yearsBefore('2026-03-10', 3)).toBe('2023-03-10');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });

  it('turns an age band into the birth dates of the people in it', () => {
    expect(birthDateBounds('under3', '2026-03-10')).toEqual({ latest: '2026-03-10', after: '2023-03-10' });
    expect(birthDateBounds('school', '2026-03-10')).toEqual({ latest: '2019-03-10', after: '2008-03-10' });
    expect(birthDateBounds('adult', '2026-03-10')).toEqual({ latest: '2008-03-10', after: null });
  });

  it('agrees with ageInYears at the edges of every band', () => {
    const today = '2026-03-10';
    for (const birth of [
      '2023-03-10',
      '2023-03-11',
      '2019-03-10',
      '2019-03-11',
      '2008-03-10',
      '2008-03-11',
    ]) {
      const age = ageInYears(birth, today);
      const under3 = birthDateBounds('under3', today);
      const inUnder3 = birth <= under3.latest && birth > under3.after!;
      expect(inUnder3, birth).toBe(age <= 2);
      const adult = birthDateBounds('adult', today);
      expect(birth <= adult.latest, birth).toBe(age >= 18);
    }
  });
});

describe('today in the centre’s time zone', () => {
  it('is Tashkent’s date, not the computer’s or UTC’s', () => {
    expect(calendarDateIn(new Date('2026-03-09T19:30:00Z'), 'Asia/Tashkent')).toBe('2026-03-10');
    expect(calendarDateIn(new Date('2026-03-09T18:59:00Z'), 'Asia/Tashkent')).toBe('2026-03-09');
  });
});

describe('search words', () => {
  it('folds names and treats a typed number as one run of digits', () => {
    expect(queryTerms('Шаҳзод  Каримов')).toEqual(['shahzod', 'karimov']);
    expect(queryTerms('+998 (90) 123-45-67')).toEqual(['998901234567']);
    expect(queryTerms('  ')).toEqual([]);
  });

  it('keeps the person’s folded name first in the search text, then identifiers, phones and guardians', () => {
    const person = beneficiaryInputSchema.parse({
      familyName: 'Каримов',
      givenName: 'Шаҳзод',
      birthDate: '2019-05-14',
      sex: 'male',
      pinfl: makePinfl('2019-05-14', 'male', 203, 17),
      phone: '93 555 11 22',
      guardians: [{ relation: 'mother', familyName: 'Karimova', givenName: 'Dilnoza', phone: '901234567' }],
    });
    expect(beneficiarySearchText(person)).toBe(
      `karimov shahzod ${person.pinfl} 998935551122 karimova dilnoza 998901234567`,
    );
  });
});

describe('dates checked against today', () => {
  const base = { birthDate: '2020-01-01', referralDate: null, consentDate: null, dischargeDate: null };
  it('accepts today and refuses tomorrow', () => {
    expect(checkBeneficiaryDates({ ...base, referralDate: '2026-03-10' }, '2026-03-10')).toEqual({});
    expect(checkBeneficiaryDates({ ...base, consentDate: '2026-03-11' }, '2026-03-10')).toEqual({
      consentDate: { key: 'validation.dateInFuture' },
    });
  });

  it('refuses a date before the birth and a birth over 120 years ago', () => {
    expect(checkBeneficiaryDates({ ...base, dischargeDate: '2019-12-31' }, '2026-03-10')).toEqual({
      dischargeDate: { key: 'people.validation.beforeBirth' },
    });
    expect(checkBeneficiaryDates({ ...base, birthDate: '1906-03-09' }, '2026-03-10')).toEqual({
      birthDate: { key: 'people.validation.birthDateTooOld', params: { years: 120 } },
    });
  });
});
