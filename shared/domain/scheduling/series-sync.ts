import type { Cancellation, OccurrenceChanges, ScheduledOccurrence } from './types';

/**
 * Sessions of a series are stored one row each (so that range queries and conflict checks are plain index
 * lookups). After an edit the backend brings the rows in line with the series' new occurrences: this is the
 * plan of what to insert, update and delete, matched by original date.
 */

/** What a stored session row of a series holds that an edit can change. */
export interface StoredOccurrence {
  id: number;
  originalDate: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  status: 'scheduled' | 'cancelled';
  cancelled: Cancellation | null;
  changes: OccurrenceChanges;
}

export interface SyncPlan {
  insert: ScheduledOccurrence[];
  update: { id: number; occurrence: ScheduledOccurrence }[];
  delete: number[];
}

function sameCancellation(a: Cancellation | null, b: Cancellation | null): boolean {
  return a === b || (a !== null && b !== null && a.reason === b.reason && a.note === b.note);
}

function sameChanges(a: OccurrenceChanges, b: OccurrenceChanges): boolean {
  return a.roomId === b.roomId && a.specialistId === b.specialistId && a.notes === b.notes;
}

function differs(row: StoredOccurrence, occurrence: ScheduledOccurrence): boolean {
  return (
    row.date !== occurrence.date ||
    row.startTime !== occurrence.startTime ||
    row.durationMinutes !== occurrence.durationMinutes ||
    row.status !== occurrence.status ||
    !sameCancellation(row.cancelled, occurrence.cancelled) ||
    !sameChanges(row.changes, occurrence.changes)
  );
}

/**
 * The writes that turn the stored rows into the desired occurrences. Rows whose date is before `keepBefore`
 * (typically today) are history and are left as they are, as are desired occurrences before it: an edit of a
 * series never rewrites sessions that have already happened.
 */
export function planSeriesSync(
  stored: readonly StoredOccurrence[],
  desired: readonly ScheduledOccurrence[],
  keepBefore: string | null = null,
): SyncPlan {
  const isPast = (date: string) => keepBefore !== null && date < keepBefore;
  const rows = new Map(stored.map((row) => [row.originalDate, row]));
  const plan: SyncPlan = { insert: [], update: [], delete: [] };
  const wanted = new Set<string>();
  for (const occurrence of desired) {
    wanted.add(occurrence.originalDate);
    const row = rows.get(occurrence.originalDate);
    if (row && isPast(row.date)) continue;
    if (!row) {
      if (!isPast(occurrence.date)) plan.insert.push(occurrence);
    } else if (differs(row, occurrence)) plan.update.push({ id: row.id, occurrence });
  }
  for (const row of stored) if (!wanted.has(row.originalDate) && !isPast(row.date)) plan.delete.push(row.id);
  return plan;
}
