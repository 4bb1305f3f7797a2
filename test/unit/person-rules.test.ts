import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from '../../shared/domain/phone';
import { makePinfl, parsePinfl, pinflCheckDigit } from '../../shared/domain/pinfl';
import { foldForSearch, searchTerms } from '../../shared/domain/search-fold';

describe('search folding across scripts', () => {
  it.each([
    ['Shahzod', 'Шаҳзод'],
    ['Shahzod', 'Шахзод'],
    ['Gʻulomov', 'Ғуломов'],
    ["G'ulomov", 'Gʻulomov'],
    ['Oʻktam', 'Ўктам'],
    ['Jamshid', 'Джамшид'],
    ['Xurshida', 'Хуршида'],
    ['Qodirov', 'Кодиров'],
    ['Yulduz', 'Юлдуз'],
    ['Nigoraxon', 'Нигорахон'],
    ['Saʼdullayev', 'Саъдуллаев'],
  ])('%s and %s fold to the same key', (latin, cyrillic) => {
    expect(foldForSearch(latin)).toBe(foldForSearch(cyrillic));
  });

  it('keeps different names apart', () => {
    expect(foldForSearch('Aziz')).not.toBe(foldForSearch('Aziza'));
    expect(foldForSearch('Dilnoza')).not.toBe(foldForSearch('Dilfuza'));
  });

  it('splits a query into folded words', () => {
    expect(searchTerms('  Каримова,  Мадина ')).toEqual(['karimova', 'madina']);
    expect(searchTerms('')).toEqual([]);
  });
});

describe('phones', () => {
  it('stores any usual way of typing an Uzbek number in one form', () => {
    for (const typed of [
      '+998 90 123 45 67',
      '998901234567',
      '90 123-45-67',
      '(90) 123 45 67',
      '+998(90)1234567',
    ])
      expect(normalizePhone(typed)).toBe('+998901234567');
  });

  it('refuses numbers that are not Uzbek or not numbers', () => {
    for (const typed of ['+7 901 234 56 78', '12345', '90 123 45 6', '+90 123 45 67', 'ninety', ''])
      expect(normalizePhone(typed)).toBeNull();
  });

  it('shows a stored number in groups', () => {
    expect(formatPhone('+998901234567')).toBe('+998 90 123 45 67');
  });
});

describe('PINFL', () => {
  it('reads birth date and sex from a valid number', () => {
    const pinfl = makePinfl('2019-03-21', 'female', 12, 345);
    expect(pinfl).toHaveLength(14);
    expect(pinfl.slice(0, 7)).toBe('6210319');
    expect(parsePinfl(pinfl)).toEqual({ ok: true, parts: { birthDate: '2019-03-21', sex: 'female' } });
    expect(parsePinfl(makePinfl('1987-12-01', 'male', 1, 1))).toEqual({
      ok: true,
      parts: { birthDate: '1987-12-01', sex: 'male' },
    });
  });

  it('computes the check digit with weights 7, 3, 1', () => {
    // 3·7 + 0·3 + 1·1 + 0·7 + 1·3 + 8·1 + 5·7 + 0·3 + 1·1 + 2·7 + 3·3 + 4·1 + 5·7 = 131
    expect(pinflCheckDigit('3010185012345')).toBe(1);
  });

  it('refuses a wrong check digit, an impossible date and a wrong shape', () => {
    const valid = makePinfl('2020-02-29', 'male', 5, 7);
    const wrong = valid.slice(0, 13) + String((Number(valid[13]) + 1) % 10);
    expect(parsePinfl(wrong)).toEqual({ ok: false, problem: 'checksum' });
    expect(parsePinfl('53002190050071')).toEqual({ ok: false, problem: 'date' });
    expect(parsePinfl('7010118501234')).toEqual({ ok: false, problem: 'format' });
    expect(parsePinfl('0010118501234 ')).toEqual({ ok: false, problem: 'format' });
  });
});
