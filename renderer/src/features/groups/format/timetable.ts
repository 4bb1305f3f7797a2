import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/domain/languages';
import type { SeriesRule } from '../../../../../shared/domain/scheduling';
import { parseTimeOfDay } from '../../../../../shared/domain/settings';
import { weekdayName } from '../../../../../shared/i18n/dates';

/** The wall-clock time `minutes` after "HH:MM", as "HH:MM" (a session never runs past midnight). */
export function endTime(startTime: string, minutes: number): string {
  const start = parseTimeOfDay(startTime) ?? 0;
  const end = Math.min(start + minutes, 24 * 60 - 1);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

/** A timetable's three parts: the days ("Tue, Thu"), the hours ("10:00–10:45") and how often, if not weekly. */
export interface TimetableParts {
  days: string;
  time: string;
  /** "every 2 weeks"; null for a group that meets every week. */
  every: string | null;
}

export function timetableParts(rule: SeriesRule, language: Language, t: TFunction): TimetableParts {
  const days = [...rule.weekdays]
    .sort((a, b) => a - b)
    .map((day) => weekdayName(day, language, 'short'))
    .join(', ');
  return {
    days,
    time: `${rule.startTime}–${endTime(rule.startTime, rule.durationMinutes)}`,
    every: rule.intervalWeeks === 1 ? null : t('groups.timetable.everyWeeks', { count: rule.intervalWeeks }),
  };
}

/** "Tue, Thu 10:00–10:45" in the person's language, with "every 2 weeks" when the group does not meet weekly. */
export function timetableSummary(rule: SeriesRule, language: Language, t: TFunction): string {
  const { days, time, every } = timetableParts(rule, language, t);
  return every === null ? `${days} ${time}` : `${days} ${time}, ${every}`;
}
