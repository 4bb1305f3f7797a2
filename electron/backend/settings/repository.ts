import { isLanguage, DEFAULT_LANGUAGE } from '../../../shared/domain/languages';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { CentreSettings, IsoWeekday } from '../../../shared/domain/settings';
import type { Db } from '../db/connection';

export async function readSettings(db: Db): Promise<CentreSettings> {
  const row = await db.selectFrom('centre_settings').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS, workingDays: [...DEFAULT_SETTINGS.workingDays] };
  return {
    name: row.name,
    address: row.address,
    timeZone: row.time_zone,
    workingDays: JSON.parse(row.working_days) as IsoWeekday[],
    dayStart: row.day_start,
    dayEnd: row.day_end,
    defaultLanguage: isLanguage(row.default_language) ? row.default_language : DEFAULT_LANGUAGE,
  };
}

export async function writeSettings(db: Db, settings: CentreSettings, now: Date): Promise<void> {
  const row = {
    name: settings.name,
    address: settings.address,
    time_zone: settings.timeZone,
    working_days: JSON.stringify(settings.workingDays),
    day_start: settings.dayStart,
    day_end: settings.dayEnd,
    default_language: settings.defaultLanguage,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('centre_settings')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}
