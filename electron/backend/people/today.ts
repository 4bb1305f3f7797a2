import type { Db } from '../db/connection';
import { readSettings } from '../settings/repository';

/** The calendar date of an instant in a time zone: the centre's day counts, not the computer's. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the centre's time zone, by the backend's clock. */
export async function centreToday(db: Db, now: Date): Promise<string> {
  const { timeZone } = await readSettings(db);
  return calendarDateIn(now, timeZone);
}
