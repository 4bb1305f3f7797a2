import type { Db } from '../db/connection';
import { calendarDateIn } from '../../../shared/domain/scheduling/time-zone';
import { readSettings } from '../settings/repository';

/** Today in the centre's time zone, by the backend's clock. */
export async function centreToday(db: Db, now: Date): Promise<string> {
  const { timeZone } = await readSettings(db);
  return calendarDateIn(now, timeZone);
}
