import { addDays, isCalendarDate } from '../../../../shared/domain/calendar';

/** Pure rules of the board's day navigation: which date the URL asks for and what may be done on it. */

/** The date in the URL (?date=YYYY-MM-DD) when it is one, else today. */
export function boardDate(param: string | null, today: string): string {
  return param !== null && isCalendarDate(param) ? param : today;
}

/**
 * Today is marked as it happens; a past day can be corrected (each change is recorded now); a day still to
 * come is only looked at, since the backend refuses its marks.
 */
export type DayMode = 'today' | 'past' | 'future';

export function dayMode(date: string, today: string): DayMode {
  if (date === today) return 'today';
  return date < today ? 'past' : 'future';
}

/** The URL's search for a date: none for today, so that the reception's home address stays "#/today". */
export function dateSearch(date: string, today: string): string {
  return date === today ? '' : `?date=${date}`;
}

export function stepDay(date: string, days: number): string {
  return addDays(date, days);
}
