import { closureOn, type Closure } from '../closures';
import { absenceOn, type Absence } from '../staff';
import { exceptionFor, setException } from './exceptions';
import { expandSeries } from './recurrence';
import type { CancelReason, Occurrence, ScheduledOccurrence, SeriesPlan, Slot } from './types';

/**
 * Sessions of a series that fall on a day the centre is closed or the specialist is away. None is dropped
 * unseen: each is shown to the receptionist, who skips, moves or keeps it, and the choice becomes an exception.
 */

export type DecisionReason =
  | { kind: 'closure'; closure: Pick<Closure, 'id' | 'startDate' | 'endDate' | 'kind' | 'name'> }
  | { kind: 'absence'; absence: Pick<Absence, 'id' | 'staffId' | 'kind' | 'startDate' | 'endDate'> };

export interface NeedingDecision {
  occurrence: ScheduledOccurrence;
  /** A closure first, then the specialist's absence, when both apply. */
  reasons: DecisionReason[];
}

/**
 * The scheduled sessions that fall on a closure or an absence of their specialist (the series' one, or the one
 * the session was changed to) and have not been decided yet: a session already kept is not asked about again.
 */
export function occurrencesNeedingDecision(
  occurrences: readonly ScheduledOccurrence[],
  closures: readonly Pick<Closure, 'id' | 'startDate' | 'endDate' | 'kind' | 'name'>[],
  absences: readonly Pick<Absence, 'id' | 'staffId' | 'kind' | 'startDate' | 'endDate'>[],
  seriesSpecialistId: number,
): NeedingDecision[] {
  const result: NeedingDecision[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.status === 'cancelled' || occurrence.kept) continue;
    const reasons: DecisionReason[] = [];
    const closure = closureOn(closures, occurrence.date);
    if (closure) reasons.push({ kind: 'closure', closure });
    const specialistId = occurrence.changes.specialistId ?? seriesSpecialistId;
    const absence = absenceOn(
      absences.filter((a) => a.staffId === specialistId),
      occurrence.date,
    );
    if (absence) reasons.push({ kind: 'absence', absence });
    if (reasons.length > 0) result.push({ occurrence, reasons });
  }
  return result;
}

export type Decision =
  | { originalDate: string; choice: 'skip'; reason: CancelReason; note: string }
  | { originalDate: string; choice: 'move'; to: Slot }
  | { originalDate: string; choice: 'keep'; note: string };

/**
 * The series with the receptionist's decisions recorded as exceptions. With `keepCourseLength`, a course (a
 * series of N sessions) grows by one session for every session skipped, so the person still gets N; the added
 * sessions may themselves need a decision, so ask again until occurrencesNeedingDecision is empty.
 */
export function applyDecisions(
  plan: SeriesPlan,
  decisions: readonly Decision[],
  options: { keepCourseLength: boolean } = { keepCourseLength: false },
): SeriesPlan {
  const occurrences: Occurrence[] = expandSeries(plan.rule);
  let exceptions = plan.exceptions;
  let skipped = 0;
  for (const decision of decisions) {
    const current = exceptionFor(exceptions, decision.originalDate);
    if (decision.choice === 'skip') {
      if (!current.cancelled) skipped += 1;
      exceptions = setException(occurrences, exceptions, {
        ...current,
        cancelled: { reason: decision.reason, note: decision.note },
      });
    } else if (decision.choice === 'move') {
      exceptions = setException(occurrences, exceptions, { ...current, moved: decision.to, kept: null });
    } else {
      exceptions = setException(occurrences, exceptions, { ...current, kept: { note: decision.note } });
    }
  }
  const end = plan.rule.end;
  const grow = options.keepCourseLength && end.kind === 'count' && skipped > 0;
  const rule = grow
    ? { ...plan.rule, end: { kind: 'count' as const, count: end.count + skipped } }
    : plan.rule;
  return { rule, exceptions };
}
