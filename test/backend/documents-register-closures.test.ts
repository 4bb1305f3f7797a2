import { describe, expect, it } from 'vitest';
import type { RegisterDay } from '../../shared/contract/attendance';
import { closureEntries } from '../../electron/backend/documents/register/closures';
import { documentT } from '../../electron/backend/documents/translate';

/** March 2026's days with the given closures: [day, stored name, holiday key]. */
function march(closures: Array<[number, string, string | null]>): RegisterDay[] {
  return Array.from({ length: 31 }, (_, index) => {
    const day = index + 1;
    const closure = closures.find(([on]) => on === day);
    return {
      date: `2026-03-${String(day).padStart(2, '0')}`,
      day,
      weekday: ((index + 6) % 7) + 1,
      dayOff: (index + 6) % 7 === 6,
      closure: closure?.[1] ?? null,
      holidayKey: closure?.[2] ?? null,
    };
  });
}

describe('closureEntries', () => {
  it('names each run of closed days once, holidays from the catalogue and the centre’s own as entered', () => {
    const days = march([
      [8, 'Xalqaro xotin-qizlar kuni', '2026:womens_day'],
      [20, 'Ramazon hayiti', '2026:ramazon_hayit'],
      [21, 'Navroʻz', '2026:navruz'],
      [23, 'Navroʻz', '2026:navruz:transfer'],
      [27, 'Dezinfeksiya', null],
      [28, 'Dezinfeksiya', null],
      [30, 'Hosil bayrami', '2026:harvest'],
    ]);
    expect(closureEntries(days, 'en', documentT('en'))).toEqual([
      '8 March — International Women’s Day',
      '20 March — Ramazon hayit (Eid al-Fitr)',
      '21 March — Navruz',
      '23 March — Navruz (day off moved)',
      '27–28 March — Dezinfeksiya',
      // A rule the app does not name: the calendar's name as stored.
      '30 March — Hosil bayrami',
    ]);
    expect(closureEntries(days, 'uz-Latn', documentT('uz-Latn')).slice(2, 5)).toEqual([
      '21-mart — Navroʻz',
      '23-mart — Navroʻz (koʻchirilgan dam olish kuni)',
      '27–28-mart — Dezinfeksiya',
    ]);
  });

  it('keeps two closures of the same name apart when a day between them is open', () => {
    const days = march([
      [9, 'Taʼmir', null],
      [11, 'Taʼmir', null],
      [12, 'Taʼmir', null],
    ]);
    expect(closureEntries(days, 'ru', documentT('ru'))).toEqual(['9 марта — Taʼmir', '11–12 марта — Taʼmir']);
    expect(closureEntries(march([]), 'ru', documentT('ru'))).toEqual([]);
  });
});
