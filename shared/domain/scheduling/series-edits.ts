import { addDays } from '../calendar';
import { normalizeException, sortExceptions } from './exceptions';
import { expandSeries } from './recurrence';
import type { OccurrenceException, SeriesPlan, SeriesRule } from './types';

/**
 * Edits of a whole series ("all") and of a session with the ones after it ("this and following"). Each returns
 * the complete new state as plain data for the backend to write in one transaction, and lists the exceptions
 * that no longer belong to any session so the receptionist is told rather than losing them unseen.
 */

export interface SeriesEdit {
  /** The edited series: its rule and exceptions after the edit. */
  current: SeriesPlan;
  /** The series "this and following" started; null for "all". */
  following: SeriesPlan | null;
  /** Exceptions whose session the new rule no longer gives. */
  dropped: OccurrenceException[];
}

/** Keeps the exceptions whose original date the rule still gives, each reduced against its new session. */
function rebase(
  rule: SeriesRule,
  exceptions: readonly OccurrenceException[],
): { kept: OccurrenceException[]; dropped: OccurrenceException[] } {
  const occurrences = new Map(expandSeries(rule).map((o) => [o.originalDate, o]));
  const kept: OccurrenceException[] = [];
  const dropped: OccurrenceException[] = [];
  for (const exception of exceptions) {
    const occurrence = occurrences.get(exception.originalDate);
    if (!occurrence) {
      dropped.push(exception);
      continue;
    }
    // A moved session keeps its absolute slot: changing the series' time does not pull it back.
    const normalized = normalizeException(exception, occurrence);
    if (normalized) kept.push(normalized);
  }
  return { kept: sortExceptions(kept), dropped };
}

/** "All": the series takes a new rule; exceptions on dates the new rule still gives survive. */
export function editAll(plan: SeriesPlan, rule: SeriesRule): SeriesEdit {
  const { kept, dropped } = rebase(rule, plan.exceptions);
  return { current: { rule, exceptions: kept }, following: null, dropped };
}

/**
 * "This and following" from the session the rule gave on `fromDate`: the series ends before it, and a new series
 * with `rule` takes over (its start date is normally `fromDate`). A course keeps counting: the old series ends
 * after the sessions it already had. Exceptions from `fromDate` on go to the new series when its rule gives
 * their date. Splitting at the first session is the same as "all".
 */
export function splitSeries(plan: SeriesPlan, fromDate: string, rule: SeriesRule): SeriesEdit {
  if (rule.startDate < fromDate) throw new RangeError('The following series cannot start before the split');
  const occurrences = expandSeries(plan.rule);
  if (!occurrences.some((o) => o.originalDate === fromDate))
    throw new RangeError(`The series has no session on ${fromDate}`);
  const before = occurrences.filter((o) => o.originalDate < fromDate).length;
  if (before === 0) return editAll(plan, rule);
  const ended: SeriesRule = {
    ...plan.rule,
    end:
      plan.rule.end.kind === 'count'
        ? { kind: 'count', count: before }
        : { kind: 'until', date: addDays(fromDate, -1) },
  };
  const earlier = plan.exceptions.filter((e) => e.originalDate < fromDate);
  const later = rebase(
    rule,
    plan.exceptions.filter((e) => e.originalDate >= fromDate),
  );
  return {
    current: { rule: ended, exceptions: sortExceptions([...earlier]) },
    following: { rule, exceptions: later.kept },
    dropped: later.dropped,
  };
}

/** How many sessions of a course remain from `fromDate` on: the count for the following series of a split. */
export function remainingCount(rule: SeriesRule, fromDate: string): number {
  return expandSeries(rule).filter((o) => o.originalDate >= fromDate).length;
}
