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

/** A week's hours in short: consecutive days with the same hours run together, "Mon–Fri 08:00–17:00". */
export function hoursSummary(hours: readonly WorkingHours[], language: Language): string[] {
  const runs: { from: IsoWeekday; to: IsoWeekday; start: string; end: string }[] = [];
  for (const day of hours) {
    const last = runs.at(-1);
    if (last && last.to + 1 === day.weekday && last.start === day.start && last.end === day.end) {
      last.to = day.weekday;
    } else {
      runs.push({ from: day.weekday, to: day.weekday, start: day.start, end: day.end });
    }
  }
  return runs.map((run) => {
    const from = weekdayName(run.from, language, 'short');
    const days = run.from === run.to ? from : `${from}–${weekdayName(run.to, language, 'short')}`;
    return `${days} ${run.start}–${run.end}`;
  });
}
