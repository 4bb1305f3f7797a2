import { RRule, Weekday } from 'rrule';
import { addDays, isCalendarDate } from '../calendar';
import { ISO_WEEKDAYS, parseTimeOfDay, type IsoWeekday } from '../settings';
import type { Occurrence, SeriesRule } from './types';

/**
 * Weekly series by RFC 5545 rules, expanded with the rrule library in floating time: a rule's dates and times
 * are handed to rrule as if they were UTC and read back the same way, so no zone and no computer's own clock
 * can shift a session. The first session is the first chosen weekday on or after the start date (rrule's
 * reading; RFC 5545 would also count a DTSTART that does not match the rule).
 */

/** A series is always finite: long enough for a school year of daily sessions, short enough to store whole. */
export const MAX_OCCURRENCES = 400;
export const MAX_INTERVAL_WEEKS = 52;
export const MAX_DURATION_MINUTES = 12 * 60;

export type SeriesRuleProblem = {
  field: 'startDate' | 'startTime' | 'durationMinutes' | 'weekdays' | 'intervalWeeks' | 'end';
  problem: 'invalid' | 'tooMany';
};

function floating(date: string, time = '00:00'): Date {
  const minutes = parseTimeOfDay(time) ?? 0;
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
      minutes * 60_000,
  );
}

function toRRule(rule: SeriesRule): RRule {
  return new RRule({
    freq: RRule.WEEKLY,
    interval: rule.intervalWeeks,
    wkst: RRule.MO,
    byweekday: rule.weekdays.map((day) => day - 1),
    dtstart: floating(rule.startDate, rule.startTime),
    ...(rule.end.kind === 'count'
      ? { count: rule.end.count }
      : { until: new Date(floating(rule.end.date).getTime() + 86_399_000) }),
  });
}

function toOccurrence(rule: SeriesRule, date: Date): Occurrence {
  const day = date.toISOString().slice(0, 10);
  return { originalDate: day, date: day, startTime: rule.startTime, durationMinutes: rule.durationMinutes };
}

/**
 * The sessions a rule gives, in date order; with a window, only those whose date lies in [from, to]
 * (inclusive dates).
 */
export function expandSeries(rule: SeriesRule, window?: { from: string; to: string }): Occurrence[] {
  const rrule = toRRule(rule);
  const dates = window
    ? rrule.between(floating(window.from), new Date(floating(window.to).getTime() + 86_399_000), true)
    : rrule.all((_, index) => index < MAX_OCCURRENCES + 1);
  return dates.map((date) => toOccurrence(rule, date));
}

/** Whether the rule gives a session on a date. */
export function isOccurrenceDate(rule: SeriesRule, date: string): boolean {
  return expandSeries(rule, { from: date, to: date }).length === 1;
}

/** The problems of a rule, by field; a rule without problems expands to between 1 and MAX_OCCURRENCES sessions. */
export function seriesRuleProblems(rule: SeriesRule): SeriesRuleProblem[] {
  const problems: SeriesRuleProblem[] = [];
  if (!isCalendarDate(rule.startDate)) problems.push({ field: 'startDate', problem: 'invalid' });
  if (parseTimeOfDay(rule.startTime) === null) problems.push({ field: 'startTime', problem: 'invalid' });
  const duration = rule.durationMinutes;
  if (!Number.isInteger(duration) || duration < 1 || duration > MAX_DURATION_MINUTES)
    problems.push({ field: 'durationMinutes', problem: 'invalid' });
  const days = rule.weekdays;
  const ascending = days.every(
    (day, i) => ISO_WEEKDAYS.includes(day) && (i === 0 || (days[i - 1] ?? 0) < day),
  );
  if (days.length === 0 || !ascending) problems.push({ field: 'weekdays', problem: 'invalid' });
  const interval = rule.intervalWeeks;
  if (!Number.isInteger(interval) || interval < 1 || interval > MAX_INTERVAL_WEEKS)
    problems.push({ field: 'intervalWeeks', problem: 'invalid' });
  const end = rule.end;
  const endValid =
    end.kind === 'count'
      ? Number.isInteger(end.count) && end.count >= 1
      : isCalendarDate(end.date) && end.date >= rule.startDate;
  if (!endValid) problems.push({ field: 'end', problem: 'invalid' });
  else if (end.kind === 'count' && end.count > MAX_OCCURRENCES)
    problems.push({ field: 'end', problem: 'tooMany' });
  if (problems.length > 0) return problems;
  const count = expandSeries(rule).length;
  if (count === 0) problems.push({ field: 'end', problem: 'invalid' });
  if (count > MAX_OCCURRENCES) problems.push({ field: 'end', problem: 'tooMany' });
  return problems;
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function compact(date: string): string {
  return date.replaceAll('-', '');
}

/**
 * The rule as RFC 5545 text with a floating DTSTART (no zone, no "Z"), e.g.
 * "DTSTART:20250901T100000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,WE;COUNT=24".
 * The length of a session is not part of an RRULE: store it next to the text.
 */
export function toRRuleString(rule: SeriesRule): string {
  const time = rule.startTime.replace(':', '');
  const days = rule.weekdays.map((day) => DAY_CODES[day - 1]).join(',');
  const end =
    rule.end.kind === 'count' ? `COUNT=${rule.end.count}` : `UNTIL=${compact(rule.end.date)}T235959`;
  return `DTSTART:${compact(rule.startDate)}T${time}00\nRRULE:FREQ=WEEKLY;INTERVAL=${rule.intervalWeeks};WKST=MO;BYDAY=${days};${end}`;
}

const ALLOWED_OPTIONS = new Set(['freq', 'interval', 'wkst', 'byweekday', 'count', 'until', 'dtstart']);

function weekdayNumber(day: unknown): number | null {
  if (typeof day === 'number') return day;
  if (day instanceof Weekday && day.n === undefined) return day.weekday;
  return null;
}

/**
 * A rule back from its text and the stored length, or null when the text is not a weekly rule of the kind this
 * app writes (floating start, weekdays without ordinals, ending by COUNT or UNTIL, nothing else).
 */
export function fromRRuleString(text: string, durationMinutes: number): SeriesRule | null {
  const start = /^DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00$/m.exec(text);
  const line = /^RRULE:(.+)$/m.exec(text)?.[1];
  if (!start || line === undefined) return null;
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(line);
  } catch {
    return null;
  }
  if (Object.keys(options).some((key) => !ALLOWED_OPTIONS.has(key))) return null;
  if (options.freq !== RRule.WEEKLY) return null;
  if (options.wkst !== undefined && weekdayNumber(options.wkst) !== 0) return null;
  const rawDays = options.byweekday;
  const list: unknown[] = Array.isArray(rawDays) ? rawDays : rawDays == null ? [] : [rawDays];
  const numbers = list.map(weekdayNumber);
  if (numbers.some((n) => n === null || n < 0 || n > 6)) return null;
  const weekdays = [...new Set(numbers as number[])].sort((a, b) => a - b).map((n) => (n + 1) as IsoWeekday);
  const startDate = `${start[1]}-${start[2]}-${start[3]}`;
  const startTime = `${start[4]}:${start[5]}`;
  let end: SeriesRule['end'];
  if (options.count != null && options.until == null) end = { kind: 'count', count: options.count };
  else if (options.until != null && options.count == null) {
    const until = options.until.toISOString();
    // An UNTIL earlier in the day than the sessions' start time leaves that day out (RFC 5545: inclusive bound).
    const date = until.slice(0, 10);
    end = { kind: 'until', date: until.slice(11, 16) >= startTime ? date : addDays(date, -1) };
  } else return null;
  const rule: SeriesRule = {
    startDate,
    startTime,
    durationMinutes,
    weekdays,
    intervalWeeks: options.interval ?? 1,
    end,
  };
  return seriesRuleProblems(rule).length === 0 ? rule : null;
}
