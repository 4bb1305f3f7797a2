import type { Language } from '../../../../shared/domain/languages';
import { formatCalendarDate, formatDateRange } from '../../../../shared/i18n/dates';

/** A date as FullCalendar hands it to a formatting function: the centre's wall-clock fields, month from 0. */
export interface WallDate {
  year: number;
  month: number;
  day: number;
}

export function wallDateText(date: WallDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month + 1)}-${pad(date.day)}`;
}

/**
 * The heading over the calendar: the month in the month view ("noyabr 2026"), otherwise the days shown,
 * first to last inclusive ("16–21-noyabr 2026"), or one day with its weekday.
 */
export function calendarTitle(
  kind: 'month' | 'days',
  first: string,
  last: string,
  language: Language,
): string {
  if (kind === 'month') return formatCalendarDate(first, language, 'monthYear');
  if (first === last) return formatCalendarDate(first, language, 'full');
  return formatDateRange(first, last, language);
}

/** A day column's heading: the weekday over a month's columns, weekday and day in a week, the full date for a day. */
export function dayHeading(date: string, columnsSpan: 'month' | 'week' | 'day', language: Language): string {
  if (columnsSpan === 'month') return formatCalendarDate(date, language, 'weekdayShort');
  if (columnsSpan === 'week') return formatCalendarDate(date, language, 'weekdayDay');
  return formatCalendarDate(date, language, 'dayMonth');
}

/** "08:00": the 24-hour clock is what every language here uses on a timetable. */
export function timeOfDayText(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
