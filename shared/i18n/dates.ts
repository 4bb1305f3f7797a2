import { format as formatDate, type Day, type Locale } from 'date-fns';
import { enGB, ru, uz, uzCyrl } from 'date-fns/locale';
import type { Language } from '../domain/languages';
import type { IsoWeekday } from '../domain/settings';

/** date-fns capitalises Uzbek Latin month and weekday names; Uzbek writes them in lower case. */
const uzLatnLower: Locale = {
  ...uz,
  localize: {
    ...uz.localize,
    month: (month, options) => uz.localize.month(month, options).toLocaleLowerCase('uz'),
    day: (day, options) => uz.localize.day(day, options).toLocaleLowerCase('uz'),
  },
};

const LOCALES: Record<Language, Locale> = {
  'uz-Latn': uzLatnLower,
  'uz-Cyrl': uzCyrl,
  ru,
  en: enGB,
};

/** Each language's own way of writing dates. Browser Intl is not used: Chromium has no Uzbek Latin data. */
const PATTERNS: Record<Language, Record<DateStyle, string>> = {
  'uz-Latn': {
    short: 'dd.MM.yyyy',
    long: 'd-MMMM yyyy',
    full: 'EEEE, d-MMMM yyyy',
    dayMonth: 'EEEE, d-MMMM',
    monthYear: 'LLLL yyyy',
    day: 'd-MMMM',
    weekdayShort: 'EEE',
    weekdayDay: 'EEE d',
  },
  'uz-Cyrl': {
    short: 'dd.MM.yyyy',
    long: 'd MMMM yyyy',
    full: 'EEEE, d MMMM yyyy',
    dayMonth: 'EEEE, d MMMM',
    monthYear: 'LLLL yyyy',
    day: 'd MMMM',
    weekdayShort: 'EEE',
    weekdayDay: 'EEE d',
  },
  ru: {
    short: 'dd.MM.yyyy',
    long: 'd MMMM yyyy',
    full: 'EEEE, d MMMM yyyy',
    dayMonth: 'EEEE, d MMMM',
    monthYear: 'LLLL yyyy',
    day: 'd MMMM',
    weekdayShort: 'EEEEEE',
    weekdayDay: 'EEEEEE, d',
  },
  en: {
    short: 'dd/MM/yyyy',
    long: 'd MMMM yyyy',
    full: 'EEEE, d MMMM yyyy',
    dayMonth: 'EEEE, d MMMM',
    monthYear: 'LLLL yyyy',
    day: 'd MMMM',
    weekdayShort: 'EEE',
    weekdayDay: 'EEE d',
  },
};

/**
 * `day` is a day of a month without year or weekday ("21-mart"), for the start of a range; `weekdayShort`
 * ("shan", "сб") and `weekdayDay` ("shan 21", "сб, 21") head the columns of a calendar.
 */
export type DateStyle =
  'short' | 'long' | 'full' | 'dayMonth' | 'monthYear' | 'day' | 'weekdayShort' | 'weekdayDay';

export function dateLocale(language: Language): Locale {
  return LOCALES[language];
}

/** Formats a calendar date ("2026-03-21") or a Date in the given language. */
export function formatCalendarDate(date: string | Date, language: Language, style: DateStyle): string {
  return formatDate(toLocalDate(date), PATTERNS[language][style], { locale: LOCALES[language] });
}

/**
 * A span of calendar dates, inclusive, written once where the parts agree: "16–22-noyabr 2026",
 * "30-noyabr – 6-dekabr 2026", "29 декабря 2026 – 4 января 2027"; a single day as the long date.
 */
export function formatDateRange(start: string, end: string, language: Language): string {
  const [startYear, startMonth] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  const last = formatCalendarDate(end, language, 'long');
  if (start === end) return last;
  if (startYear !== endYear) return `${formatCalendarDate(start, language, 'long')} – ${last}`;
  if (startMonth !== endMonth) return `${formatCalendarDate(start, language, 'day')} – ${last}`;
  return `${Number(start.slice(8))}–${last}`;
}

/** A Monday: the week short weekday names are taken from. */
const A_MONDAY = new Date(2026, 2, 16);

/**
 * A weekday's name in the given language; the short one as the calendar's column headings write it ("dush",
 * "пн", "Mon"), so that chips, summaries and headings read alike.
 */
export function weekdayName(weekday: IsoWeekday, language: Language, width: 'long' | 'short'): string {
  if (width === 'short') {
    const day = new Date(A_MONDAY.getFullYear(), A_MONDAY.getMonth(), A_MONDAY.getDate() + weekday - 1);
    return formatCalendarDate(day, language, 'weekdayShort');
  }
  return LOCALES[language].localize.day((weekday % 7) as Day, { width: 'wide' });
}

function toLocalDate(date: string | Date): Date {
  if (date instanceof Date) return date;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
