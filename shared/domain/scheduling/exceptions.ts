import type { Occurrence, OccurrenceChanges, OccurrenceException, ScheduledOccurrence, Slot } from './types';

/** Changes to single sessions of a series, keyed by the date the rule gave the session (its recurrence id). */

/** An exception that changes nothing yet: the starting point for "this occurrence" edits. */
export function blankException(originalDate: string): OccurrenceException {
  return { originalDate, cancelled: null, moved: null, changes: {}, kept: null };
}

function sameSlot(a: Slot, b: Slot): boolean {
  return a.date === b.date && a.startTime === b.startTime && a.durationMinutes === b.durationMinutes;
}

function hasChanges(changes: OccurrenceChanges): boolean {
  return Object.values(changes).some((value) => value !== undefined);
}

/**
 * The exception reduced to what differs from the rule's session: a session moved back to where the rule puts
 * it is no longer moved (so it follows later edits of the series' time again). Null when nothing is left.
 */
export function normalizeException(
  exception: OccurrenceException,
  occurrence: Occurrence,
): OccurrenceException | null {
  const moved = exception.moved && !sameSlot(exception.moved, occurrence) ? exception.moved : null;
  const changes = Object.fromEntries(
    Object.entries(exception.changes).filter(([, value]) => value !== undefined),
  ) as OccurrenceChanges;
  const result = { ...exception, moved, changes };
  const empty = !result.cancelled && !result.moved && !hasChanges(changes) && !result.kept;
  return empty ? null : result;
}

/** The rule's sessions with their exceptions applied, in the order sessions take place. */
export function applyExceptions(
  occurrences: readonly Occurrence[],
  exceptions: readonly OccurrenceException[],
): ScheduledOccurrence[] {
  const byDate = new Map(exceptions.map((exception) => [exception.originalDate, exception]));
  return occurrences
    .map((occurrence): ScheduledOccurrence => {
      const exception = byDate.get(occurrence.originalDate);
      const slot = exception?.moved ?? occurrence;
      return {
        originalDate: occurrence.originalDate,
        date: slot.date,
        startTime: slot.startTime,
        durationMinutes: slot.durationMinutes,
        status: exception?.cancelled ? 'cancelled' : 'scheduled',
        cancelled: exception?.cancelled ?? null,
        moved: exception?.moved != null && !sameSlot(exception.moved, occurrence),
        changes: { ...exception?.changes },
        kept: exception?.kept != null,
      };
    })
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
}

/**
 * "This occurrence": the series' exceptions with one added or replaced. The session must be one the rule gives;
 * an exception that no longer changes anything is removed.
 */
export function setException(
  occurrences: readonly Occurrence[],
  exceptions: readonly OccurrenceException[],
  exception: OccurrenceException,
): OccurrenceException[] {
  const occurrence = occurrences.find((o) => o.originalDate === exception.originalDate);
  if (!occurrence) throw new RangeError(`The series has no session on ${exception.originalDate}`);
  const others = exceptions.filter((e) => e.originalDate !== exception.originalDate);
  const normalized = normalizeException(exception, occurrence);
  return sortExceptions(normalized ? [...others, normalized] : others);
}

/** The exception recorded for a session, or a blank one: edit it and pass it to setException. */
export function exceptionFor(
  exceptions: readonly OccurrenceException[],
  originalDate: string,
): OccurrenceException {
  return exceptions.find((e) => e.originalDate === originalDate) ?? blankException(originalDate);
}

export function sortExceptions(exceptions: OccurrenceException[]): OccurrenceException[] {
  return exceptions.sort((a, b) => a.originalDate.localeCompare(b.originalDate));
}
