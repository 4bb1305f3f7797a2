import type { TFunction } from 'i18next';
import type { RegisterDay } from '../../../../shared/contract/attendance';
import { isHolidayRule, parseHolidayKey } from '../../../../shared/domain/closures';
import type { Language } from '../../../../shared/domain/languages';
import { formatCalendarDate } from '../../../../shared/i18n/dates';

/**
 * A holiday filled in from the calendar is named from the catalogue in the document's language (the stored name
 * is Uzbek); a closure entered by hand, or a holiday the app does not know by name, as it was entered.
 */
function closureName(day: RegisterDay, t: TFunction): string {
  const origin = day.holidayKey === null ? null : parseHolidayKey(day.holidayKey);
  if (!origin || !isHolidayRule(origin.rule)) return day.closure ?? '';
  const name = t(`places.holidays.${origin.rule}`);
  return origin.transferred ? t('places.holidays.transferred', { name }) : name;
}

/**
 * The month's holidays and closures for the line under the grid, in date order, consecutive days of the same
 * closure as one entry: "8-mart — Xalqaro xotin-qizlar kuni", "20–22 марта — Рамазан хайит". Weekends are
 * shaded too but not named: the weekday under each day number already says so.
 */
export function closureEntries(days: readonly RegisterDay[], language: Language, t: TFunction): string[] {
  const runs: Array<{ first: RegisterDay; last: RegisterDay; name: string }> = [];
  days.forEach((day, index) => {
    if (day.closure === null) return;
    const name = closureName(day, t);
    const run = runs[runs.length - 1];
    if (run && run.name === name && days[index - 1] === run.last) run.last = day;
    else runs.push({ first: day, last: day, name });
  });
  return runs.map(({ first, last, name }) => {
    const end = formatCalendarDate(last.date, language, 'day');
    const dates = first === last ? end : `${first.day}–${end}`;
    return t('documents.register.closure', { dates, name });
  });
}
