import type { Language } from '../../../../shared/domain/languages';
import { formatCalendarDate } from '../../../../shared/i18n/dates';

/**
 * Dates are typed as text ("14.05.2019", "14/05/2019", "2019-05-14"), not picked from a calendar widget: a
 * birth date years back is quicker to type, and what was typed stays on screen until it is corrected.
 */
const DAY_FIRST = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The "YYYY-MM-DD" form of a typed date, '' for nothing typed, or the text as typed when it is not a date in
 * any accepted form, so the shared schema reports it as not a date.
 */
export function typedDateToIso(typed: string): string {
  const text = typed.trim();
  if (text === '') return '';
  const dayFirst = DAY_FIRST.exec(text);
  const iso = ISO.exec(text);
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : [null, null, null];
  if (!year || !month || !day) return text;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A stored date as the person would type it in their language. */
export function isoToTypedDate(iso: string | null, language: Language): string {
  return iso ? formatCalendarDate(iso, language, 'short') : '';
}
