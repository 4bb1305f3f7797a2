import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../shared/contract/groups';
import type { Language } from '../../../shared/domain/languages';
import type { SeriesRule } from '../../../shared/domain/scheduling';
import { createI18n } from '../../../shared/i18n';
import { ageBandText, ageText } from '../../../renderer/src/features/groups/format/ageBand';
import { endTime, timetableSummary } from '../../../renderer/src/features/groups/format/timetable';

function tIn(language: Language): TFunction {
  return createI18n(language).t;
}

const poolRule: SeriesRule = {
  startDate: '2026-03-03',
  startTime: '10:00',
  durationMinutes: 45,
  weekdays: [4, 2],
  intervalWeeks: 1,
  end: { kind: 'count', count: 24 },
};

const band = (
  min: number | null,
  max: number | null,
): Pick<GroupSummary, 'minAgeMonths' | 'maxAgeMonths'> => ({
  minAgeMonths: min,
  maxAgeMonths: max,
});

describe('timetable summary', () => {
  it('names the days Monday first, with the start and end times', () => {
    expect(timetableSummary(poolRule, 'en', tIn('en'))).toBe('Tue, Thu 10:00–10:45');
    expect(timetableSummary(poolRule, 'ru', tIn('ru'))).toBe('вт, чт 10:00–10:45');
  });

  it('says how often a group meets when it is not every week, with the plural of the language', () => {
    const fortnightly = { ...poolRule, intervalWeeks: 2 };
    expect(timetableSummary(fortnightly, 'en', tIn('en'))).toBe('Tue, Thu 10:00–10:45, every 2 weeks');
    expect(timetableSummary(fortnightly, 'ru', tIn('ru'))).toBe('вт, чт 10:00–10:45, раз в 2 недели');
    expect(timetableSummary({ ...poolRule, intervalWeeks: 5 }, 'ru', tIn('ru'))).toContain('раз в 5 недель');
    expect(timetableSummary(fortnightly, 'uz-Latn', tIn('uz-Latn'))).toMatch(/, har 2 haftada$/);
  });

  it('ends a session minutes after its start, within the day', () => {
    expect(endTime('09:30', 45)).toBe('10:15');
    expect(endTime('23:30', 90)).toBe('23:59');
  });
});

describe('age band text', () => {
  it('writes a band of whole years as people say it, the oldest age included', () => {
    // [48, 84) months: from the fourth birthday until the seventh, "4–6 years".
    expect(ageBandText(band(48, 84), tIn('en'))).toBe('4–6 years');
    expect(ageBandText(band(48, 84), tIn('ru'))).toBe('4–6 лет');
    expect(ageBandText(band(12, 36), tIn('ru'))).toBe('1–2 года');
    expect(ageBandText(band(48, 84), tIn('uz-Latn'))).toBe('4–6 yosh');
    expect(ageBandText(band(48, 84), tIn('uz-Cyrl'))).toBe('4–6 ёш');
  });

  it('writes open ends and a band of one year', () => {
    expect(ageBandText(band(null, null), tIn('en'))).toBe('Any age');
    expect(ageBandText(band(0, null), tIn('ru'))).toBe('Любой возраст');
    expect(ageBandText(band(36, null), tIn('ru'))).toBe('3 года и старше');
    expect(ageBandText(band(null, 84), tIn('ru'))).toBe('6 лет и младше');
    expect(ageBandText(band(null, 24), tIn('ru'))).toBe('1 год и младше');
    expect(ageBandText(band(60, 72), tIn('en'))).toBe('5 years');
  });

  it('falls back to years and months where the band is not in whole years', () => {
    expect(ageBandText(band(18, 36), tIn('en'))).toBe('1 y 6 mo – 2 y 11 mo');
    expect(ageBandText(band(6, null), tIn('uz-Latn'))).toBe('6 oy va undan katta');
    expect(ageText(30, tIn('ru'))).toBe('2 г. 6 мес.');
  });
});
