import type { TFunction } from 'i18next';
import { daysInRange } from '../../../../shared/domain/calendar';
import { isHolidayRule, type Closure } from '../../../../shared/domain/closures';
import type { Language } from '../../../../shared/domain/languages';
import type { AgeBand } from '../../../../shared/domain/services';
import type { IsoWeekday } from '../../../../shared/domain/settings';
import type { WorkingHours } from '../../../../shared/domain/staff';
import { formatCalendarDate, weekdayName } from '../../../../shared/i18n/dates';

/** An age in months as people say it: "18 mo", "3 y", "2 y 6 mo". */
export function ageText(months: number, t: TFunction): string {
  if (months < 24 && months % 12 !== 0) return t('places.services.months', { count: months });
  if (months % 12 === 0) return t('places.services.years', { count: months / 12 });
  return t('places.services.yearsMonths', { years: Math.floor(months / 12), months: months % 12 });
}

export function ageBandText(band: AgeBand, t: TFunction): string {
  const { minAgeMonths: min, maxAgeMonths: max } = band;
  if ((min === null || min === 0) && max === null) return t('places.services.ageAny');
  if (max === null) return t('places.services.ageFrom', { from: ageText(min ?? 0, t) });
  if (min === null || min === 0) return t('places.services.ageUnder', { to: ageText(max, t) });
  return t('places.services.ageBetween', { from: ageText(min, t), to: ageText(max, t) });
}

/** A date range as a short text: one date, or "first – last". */
export function dateRangeText(startDate: string, endDate: string, language: Language): string {
  const start = formatCalendarDate(startDate, language, 'short');
  return startDate === endDate ? start : `${start} – ${formatCalendarDate(endDate, language, 'short')}`;
}

export function dayCount(startDate: string, endDate: string): number {
  return daysInRange(startDate, endDate);
}

/** A filled-in holiday is named from the catalogue in the person's language; anything else as entered. */
export function closureName(closure: Pick<Closure, 'name' | 'holiday'>, t: TFunction): string {
  const rule = closure.holiday?.rule;
  if (!rule || !isHolidayRule(rule)) return closure.name;
  const name = t(`places.holidays.${rule}`);
  return closure.holiday?.transferred ? t('places.holidays.transferred', { name }) : name;
}

/**
 * A week's hours in short, one line per set of hours: days with the same hours are listed together and runs of
 * consecutive days joined, "Mon–Fri 08:00–17:00", "Tue, Thu, Sat 13:00–18:00".
 */
export function hoursSummary(hours: readonly WorkingHours[], language: Language): string[] {
  const byTimes = new Map<string, IsoWeekday[]>();
  for (const day of hours) {
    const times = `${day.start}–${day.end}`;
    byTimes.set(times, [...(byTimes.get(times) ?? []), day.weekday]);
  }
  const name = (weekday: IsoWeekday) => weekdayName(weekday, language, 'short');
  return [...byTimes].map(([times, weekdays]) => {
    const runs: IsoWeekday[][] = [];
    for (const weekday of weekdays) {
      const run = runs.at(-1);
      if (run && (run.at(-1) ?? 0) + 1 === weekday) run.push(weekday);
      else runs.push([weekday]);
    }
    const days = runs.map((run) => {
      const first = run[0] as IsoWeekday;
      const last = run.at(-1) as IsoWeekday;
      if (first === last) return name(first);
      return run.length === 2 ? `${name(first)}, ${name(last)}` : `${name(first)}–${name(last)}`;
    });
    return `${days.join(', ')} ${times}`;
  });
}
