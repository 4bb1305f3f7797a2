import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateRange, weekdayName } from '../../shared/i18n/dates';
import { formatNumber } from '../../shared/i18n/numbers';

describe('dates in the four languages', () => {
  it('writes a weekday and day of month the way each language does', () => {
    expect(formatCalendarDate('2026-03-21', 'uz-Latn', 'dayMonth')).toBe('shanba, 21-mart');
    expect(formatCalendarDate('2026-03-21', 'uz-Cyrl', 'dayMonth')).toBe('шанба, 21 март');
    expect(formatCalendarDate('2026-03-21', 'ru', 'dayMonth')).toBe('суббота, 21 марта');
    expect(formatCalendarDate('2026-03-21', 'en', 'dayMonth')).toBe('Saturday, 21 March');
  });

  it('writes full dates and the Uzbek letters oʻ and gʻ of month names', () => {
    expect(formatCalendarDate('2026-09-01', 'uz-Latn', 'full')).toBe('seshanba, 1-sentabr 2026');
    expect(formatCalendarDate('2026-11-21', 'uz-Cyrl', 'full')).toBe('шанба, 21 ноябр 2026');
    expect(formatCalendarDate('2026-01-05', 'ru', 'short')).toBe('05.01.2026');
    expect(formatCalendarDate('2026-01-05', 'en', 'short')).toBe('05/01/2026');
  });

  it('uses the standalone month for a month heading', () => {
    expect(formatCalendarDate('2026-03-01', 'ru', 'monthYear')).toBe('март 2026');
    expect(formatCalendarDate('2026-03-01', 'uz-Latn', 'monthYear')).toBe('mart 2026');
    expect(formatCalendarDate('2026-03-01', 'en', 'monthYear')).toBe('March 2026');
  });

  it('names weekdays from Monday (1) to Sunday (7)', () => {
    expect(weekdayName(1, 'uz-Latn', 'long')).toBe('dushanba');
    expect(weekdayName(7, 'uz-Latn', 'long')).toBe('yakshanba');
    expect(weekdayName(5, 'uz-Cyrl', 'long')).toBe('жума');
    expect(weekdayName(3, 'ru', 'long')).toBe('среда');
    expect(weekdayName(6, 'en', 'short')).toBe('Sat');
  });

  it('writes short weekday names as the calendar heads its columns', () => {
    for (const language of ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const)
      for (const [weekday, date] of [
        [1, '2026-11-16'],
        [4, '2026-11-19'],
        [7, '2026-11-22'],
      ] as const)
        expect(weekdayName(weekday, language, 'short')).toBe(
          formatCalendarDate(date, language, 'weekdayShort'),
        );
    expect(weekdayName(1, 'ru', 'short')).toBe('пн');
    expect(weekdayName(2, 'uz-Latn', 'short')).toBe('sesh');
  });

  it('writes a span of days once where month and year agree', () => {
    expect(formatDateRange('2026-11-16', '2026-11-22', 'uz-Latn')).toBe('16–22-noyabr 2026');
    expect(formatDateRange('2026-11-16', '2026-11-22', 'uz-Cyrl')).toBe('16–22 ноябр 2026');
    expect(formatDateRange('2026-11-16', '2026-11-22', 'ru')).toBe('16–22 ноября 2026');
    expect(formatDateRange('2026-11-16', '2026-11-22', 'en')).toBe('16–22 November 2026');
    expect(formatDateRange('2026-11-30', '2026-12-06', 'uz-Latn')).toBe('30-noyabr – 6-dekabr 2026');
    expect(formatDateRange('2026-11-30', '2026-12-06', 'ru')).toBe('30 ноября – 6 декабря 2026');
    expect(formatDateRange('2026-12-28', '2027-01-03', 'uz-Latn')).toBe('28-dekabr 2026 – 3-yanvar 2027');
    expect(formatDateRange('2026-03-21', '2026-03-21', 'ru')).toBe('21 марта 2026');
  });

  it('heads calendar columns with a short weekday and the day of the month', () => {
    expect(formatCalendarDate('2026-11-16', 'uz-Latn', 'weekdayDay')).toBe('dush 16');
    expect(formatCalendarDate('2026-11-16', 'uz-Cyrl', 'weekdayDay')).toBe('душ 16');
    expect(formatCalendarDate('2026-11-16', 'ru', 'weekdayDay')).toBe('пн, 16');
    expect(formatCalendarDate('2026-11-16', 'en', 'weekdayDay')).toBe('Mon 16');
    expect(formatCalendarDate('2026-11-21', 'uz-Latn', 'weekdayShort')).toBe('shan');
    expect(formatCalendarDate('2026-11-21', 'ru', 'weekdayShort')).toBe('сб');
  });

  it('refuses text that is not a calendar date', () => {
    expect(() => formatCalendarDate('21.03.2026', 'en', 'short')).toThrow(RangeError);
  });

  it('groups thousands with a space and uses a decimal comma in Uzbek and Russian', () => {
    expect(formatNumber(12345.5, 'uz-Latn').replace(/\s/g, ' ')).toBe('12 345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
  });
});
