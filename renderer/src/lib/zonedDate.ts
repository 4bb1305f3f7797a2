import { calendarDateIn as zonedCalendarDate } from '../../../shared/domain/scheduling/time-zone';

/**
 * The calendar date ("2026-03-21") of an instant in a time zone. The centre's day is what counts, not the
 * time zone a particular PC happens to be set to.
 */
export function calendarDateIn(instant: Date, timeZone: string): string {
  try {
    return zonedCalendarDate(instant, timeZone);
  } catch {
    // An unknown zone: the computer's own date is the best remaining guess.
    return localCalendarDate(instant);
  }
}

function localCalendarDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
