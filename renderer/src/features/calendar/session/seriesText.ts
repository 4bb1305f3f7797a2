import type { SessionSeriesSummary } from '../../../../../shared/contract/schedule';
import type { Language } from '../../../../../shared/domain/languages';
import type { IsoWeekday } from '../../../../../shared/domain/settings';
import { formatCalendarDate, weekdayName } from '../../../../../shared/i18n/dates';
import type { Message } from '../../../lib/message';

const KEYS = 'sessionActions.series';

/** "Mon, Wed" ("dush, chor", "пн, ср") in the person's language, Monday first. */
export function weekdaysText(weekdays: readonly IsoWeekday[], language: Language): string {
  return [...weekdays]
    .sort((a, b) => a - b)
    .map((day) => weekdayName(day, language, 'short'))
    .join(', ');
}

/** "Every Mon, Wed at 10:00", or every N weeks. */
export function repeatMessage(series: SessionSeriesSummary, language: Language): Message {
  const { rule } = series;
  const params = { days: weekdaysText(rule.weekdays, language), time: rule.startTime };
  return rule.intervalWeeks === 1
    ? { key: `${KEYS}.weekly`, params }
    : { key: `${KEYS}.everyWeeks`, params: { ...params, weeks: rule.intervalWeeks } };
}

/** How the series ends: after a number of sessions, or on a date. */
export function endMessage(series: SessionSeriesSummary, language: Language): Message {
  const { end } = series.rule;
  return end.kind === 'count'
    ? { key: `${KEYS}.endCount`, params: { count: end.count } }
    : { key: `${KEYS}.endDate`, params: { date: formatCalendarDate(end.date, language, 'long') } };
}

/** "12 sessions, 8 still to come" without plural forms: the numbers stand after their labels. */
export function countMessage(series: SessionSeriesSummary): Message {
  return {
    key: `${KEYS}.counts`,
    params: { scheduled: series.scheduledCount, remaining: series.remainingCount },
  };
}

/** What sets this session apart from its series, or null when it is as the series has it. */
export function exceptionMessage(series: SessionSeriesSummary, language: Language): Message | null {
  if (series.moved)
    return {
      key: `${KEYS}.moved`,
      params: { date: formatCalendarDate(series.originalDate, language, 'long') },
    };
  return series.changed ? { key: `${KEYS}.changed` } : null;
}
