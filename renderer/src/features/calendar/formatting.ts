import type { DayHeaderInfo, FormatterInput, SlotHeaderInfo } from '@fullcalendar/react';
import type { Language } from '../../../../shared/domain/languages';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { calendarDateIn } from '../../lib/zonedDate';
import { calendarTitle, dayHeading, timeOfDayText, wallDateText, type WallDate } from './format';

/** What FullCalendar passes to a formatting function: the date or range in the calendar's own time zone. */
type FormatInfo = Parameters<Extract<FormatterInput, (info: never) => string>>[0];

/**
 * Only Intl's numbers are left to the browser under these codes; every word of a date comes from our own
 * formatting below, because Chromium has no Uzbek Latin month or weekday names.
 */
const LOCALE_CODES: Record<Language, string> = {
  'uz-Latn': 'uz',
  'uz-Cyrl': 'uz-Cyrl',
  ru: 'ru',
  en: 'en-GB',
};

const clock = (date: WallDate & { hour: number; minute: number }) => timeOfDayText(date.hour, date.minute);

/** FullCalendar's formatting hooks for one language and time zone. */
export function calendarFormatting(language: Language, timeZone: string) {
  const range = (info: FormatInfo) =>
    [wallDateText(info.start), wallDateText(info.end ?? info.start)] as const;
  return {
    localeCode: LOCALE_CODES[language],
    monthTitle: (info: FormatInfo) => calendarTitle('month', ...range(info), language),
    daysTitle: (info: FormatInfo) => calendarTitle('days', ...range(info), language),
    dayHeader: (info: DayHeaderInfo) =>
      dayHeading(calendarDateIn(info.date, timeZone), headingSpan(info.view.type), language),
    slotHeader: (info: SlotHeaderInfo) => (info.time ? clockOfDuration(info.time.milliseconds) : info.text),
    timeRange: (info: FormatInfo) =>
      info.end ? `${clock(info.start)}–${clock(info.end)}` : clock(info.start),
    listDay: (info: FormatInfo) => formatCalendarDate(wallDateText(info.date), language, 'dayMonth'),
    popoverDay: (info: FormatInfo) => formatCalendarDate(wallDateText(info.date), language, 'full'),
  };
}

/** Which heading a view's day columns get: weekday only over a month, weekday and day over a week. */
export function headingSpan(viewType: string): 'month' | 'week' | 'day' {
  if (viewType.endsWith('Month')) return 'month';
  return viewType.endsWith('Day') ? 'day' : 'week';
}

function clockOfDuration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  return timeOfDayText(Math.floor(minutes / 60), minutes % 60);
}
