import type { TFunction } from 'i18next';
import { isCalendarDate } from '../../../../../shared/domain/calendar';
import type { Language } from '../../../../../shared/domain/languages';
import { parseTimeOfDay } from '../../../../../shared/domain/settings';
import { formatCalendarDate, weekdayName } from '../../../../../shared/i18n/dates';
import { typedDateInput } from '../../places/form/typedDate';
import type { BookingValues } from './bookingForm';

type RuleFields = Pick<
  BookingValues,
  'date' | 'startTime' | 'repeat' | 'weekdays' | 'intervalWeeks' | 'endKind' | 'count' | 'until'
>;

/**
 * The booking in one line, as the receptionist would say it back: "Every week: Monday, Wednesday, at 10:00;
 * 12 sessions in all". Null until the date and time can be read.
 */
export function ruleSummary(values: RuleFields, language: Language, t: TFunction): string | null {
  const date = typedDateInput(values.date);
  const time = values.startTime.trim();
  if (!isCalendarDate(date) || parseTimeOfDay(time) === null) return null;
  if (!values.repeat)
    return t('booking.summary.once', { date: formatCalendarDate(date, language, 'full'), time });
  if (values.weekdays.length === 0) return t('booking.summary.noDays');
  const days = [...values.weekdays]
    .sort((a, b) => a - b)
    .map((day) => weekdayName(day, language, 'long'))
    .join(', ');
  const interval = Number(values.intervalWeeks);
  const every =
    Number.isInteger(interval) && interval > 1
      ? t('booking.summary.everyN', { count: interval, days, time })
      : t('booking.summary.weekly', { days, time });
  const end = endText(values, language, t);
  return end === null ? every : `${every}; ${end}`;
}

function endText(values: RuleFields, language: Language, t: TFunction): string | null {
  if (values.endKind === 'until') {
    const until = typedDateInput(values.until);
    return isCalendarDate(until)
      ? t('booking.summary.until', { date: formatCalendarDate(until, language, 'long') })
      : null;
  }
  const count = Number(values.count);
  if (values.count === '' || !Number.isInteger(count) || count < 1) return null;
  return count === 1 ? t('booking.summary.oneSession') : t('booking.summary.count', { count });
}
