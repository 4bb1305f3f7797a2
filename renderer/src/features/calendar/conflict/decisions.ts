import type { NeedingDecision, CancelReason } from '../../../../../shared/domain/scheduling';
import { toTypedDate, typedDateInput } from '../../places/form/typedDate';

/** What the receptionist has chosen so far for one session on a closure or a leave, as typed. */
export interface DecisionDraft {
  choice: 'skip' | 'move' | 'keep';
  reason: CancelReason;
  note: string;
  /** The new date as typed (DD.MM.YYYY) and the new time, for a move. */
  date: string;
  time: string;
}

/** Drafts by the session's original date (its identity in the series). */
export type DecisionDrafts = Readonly<Record<string, DecisionDraft>>;

/** Skipping is the usual answer to a closed day; the move fields start at the session's own slot. */
export function defaultDraft(needing: NeedingDecision): DecisionDraft {
  return {
    choice: 'skip',
    reason: 'centre',
    note: '',
    date: toTypedDate(needing.occurrence.date),
    time: needing.occurrence.startTime,
  };
}

/** Drafts for sessions newly asked about, keeping every choice already made. */
export function withDefaults(drafts: DecisionDrafts, needing: readonly NeedingDecision[]): DecisionDrafts {
  const next = { ...drafts };
  for (const entry of needing) next[entry.occurrence.originalDate] ??= defaultDraft(entry);
  return next;
}

/**
 * The `decisions` input of schedule.book and schedule.editSeries, in date order. A move keeps the session's
 * length; what cannot be read as a date is passed on for the schema to refuse on its field.
 */
export function decisionInputs(drafts: DecisionDrafts, minutes: number): unknown[] {
  return Object.entries(drafts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([originalDate, draft]) => {
      if (draft.choice === 'skip')
        return { originalDate, choice: 'skip', reason: draft.reason, note: draft.note };
      if (draft.choice === 'keep') return { originalDate, choice: 'keep', note: draft.note };
      return {
        originalDate,
        choice: 'move',
        to: { date: typedDateInput(draft.date), startTime: draft.time.trim(), durationMinutes: minutes },
      };
    });
}

/** The original date of the decision an input path ("decisions.2.to.date") is about, in the same order. */
export function decisionPathDate(drafts: DecisionDrafts, path: string): string | null {
  const match = /^decisions\.(\d+)/.exec(path);
  if (!match) return null;
  const dates = Object.keys(drafts).sort((a, b) => a.localeCompare(b));
  return dates[Number(match[1])] ?? null;
}
