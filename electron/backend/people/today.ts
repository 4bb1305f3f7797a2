import type { Db } from '../db/connection';
import { readSettings } from '../settings/repository';

/** Building a formatter loads the zone's rules; every search asks for today, so one per zone is kept. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date of an instant in a time zone: the centre's day counts, not the computer's. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the centre's time zone, by the backend's clock. */
export async function centreToday(db: Db, now: Date): Promise<string> {
  const { timeZone } = await readSettings(db);
  return calendarDateIn(now, timeZone);
}
