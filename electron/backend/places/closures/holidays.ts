import { holidayKey, type HolidayOrigin, type HolidayRule } from '../../../../shared/domain/closures';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/settings';
import type { Db } from '../../db/connection';
import { writeTransaction } from '../../db/transaction';

/** A public holiday of one year as the holiday calendar gives it. */
export interface PublicHoliday extends HolidayOrigin {
  date: string;
  /** The calendar's own name, in Uzbek Latin. */
  name: string;
}

/** The holiday calendar's rules (their date part) mapped to the holidays the app names in every language. */
const KNOWN_RULES: Record<string, HolidayRule> = {
  '01-01': 'new_year',
  '03-08': 'womens_day',
  '03-21': 'navruz',
  '1 Shawwal': 'ramazon_hayit',
  '05-09': 'remembrance_day',
  '10 Dhu al-Hijjah': 'qurbon_hayit',
  '09-01': 'independence_day',
  '10-01': 'teachers_day',
  '12-08': 'constitution_day',
};

function ruleOf(calendarRule: string): string {
  const datePart = calendarRule.split(' and ')[0]?.trim() ?? calendarRule;
  return (
    KNOWN_RULES[datePart] ??
    datePart
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
  );
}

/** Uzbekistan's public holidays of a year, with the working days given off in place of weekend ones. */
export async function publicHolidays(year: number): Promise<PublicHoliday[]> {
  // Loaded only when a year has to be filled in: the library carries every country's calendar.
  const { default: Holidays } = await import('date-holidays');
  const calendar = new Holidays('UZ', { languages: ['uz'], types: ['public'] });
  const seen = new Set<string>();
  const holidays: PublicHoliday[] = [];
  for (const entry of calendar.getHolidays(year) || []) {
    if (entry.type !== 'public') continue;
    const origin = { year, rule: ruleOf(entry.rule), transferred: entry.substitute === true };
    const key = holidayKey(origin);
    if (seen.has(key)) continue;
    seen.add(key);
    // The moving feasts carry a foreign UTC offset ("2026-03-20 00:00:00 -0600"): the calendar date is the
    // written day, which the instant would shift in Tashkent.
    holidays.push({ ...origin, date: entry.date.slice(0, 10), name: entry.name });
  }
  return holidays;
}

/** The year of an instant in a time zone. */
export function yearIn(now: Date, timeZone: string): number {
  try {
    return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(now));
  } catch {
    return Number(
      new Intl.DateTimeFormat('en-US', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric' }).format(now),
    );
  }
}

/**
 * Fills in the public holidays of the centre's current and next year, each year once: a year that already
 * holds a filled-in holiday (shown or dismissed) is left alone, so a manager's corrected dates stay and a
 * deleted holiday does not come back. Run at every start; returns how many closures it added.
 */
export async function ensureHolidays(db: Db, now: Date): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const settings = await trx.selectFrom('centre_settings').select('time_zone').executeTakeFirst();
    const thisYear = yearIn(now, settings?.time_zone ?? DEFAULT_TIME_ZONE);
    const stamp = now.toISOString();
    let added = 0;
    for (const year of [thisYear, thisYear + 1]) {
      const filled = await trx
        .selectFrom('closures')
        .select('id')
        .where('holiday_key', 'like', `${year}:%`)
        .executeTakeFirst();
      if (filled) continue;
      for (const holiday of await publicHolidays(year)) {
        const result = await trx
          .insertInto('closures')
          .values({
            kind: 'holiday',
            name: holiday.name,
            start_date: holiday.date,
            end_date: holiday.date,
            holiday_key: holidayKey(holiday),
            dismissed_at: null,
            created_at: stamp,
            updated_at: stamp,
          })
          .onConflict((oc) => oc.column('holiday_key').doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
    }
    return added;
  });
}
