import type { Mark } from '../attendance/marks';
import type { GasLevel } from './gas';

/** A note is written as a draft, then signed; once signed it is never edited, only amended. */
export const NOTE_STATUSES = ['draft', 'signed'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** A note is written only about a session the person actually had: marked present or late. */
export function isDeliveredMark(mark: Mark | null | undefined): boolean {
  return mark === 'present' || mark === 'late';
}

export type NoteChange = 'saveDraft' | 'sign' | 'amend';
export type NoteChangeProblem = 'signed' | 'notSigned';

/**
 * What may happen to a note in its status: drafts are saved and signed; a signed note only takes
 * amendments, which keep the signed text as it was. Null when the change is allowed.
 */
export function noteChangeProblem(status: NoteStatus | null, change: NoteChange): NoteChangeProblem | null {
  if (change === 'amend') return status === 'signed' ? null : 'notSigned';
  return status === 'signed' ? 'signed' : null;
}

/** A programme as far as rating needs it. */
export interface ProgrammeSpan {
  status: string;
  startDate: string;
  endDate: string;
  goalIds: readonly number[];
}

/**
 * The goals a session's note may rate: those of the person's programmes that were active on the session's
 * date (start and end inclusive). A draft or closed programme's goals, or another child's, are not rated.
 */
export function rateableGoalIds(programmes: readonly ProgrammeSpan[], date: string): Set<number> {
  const ids = new Set<number>();
  for (const programme of programmes) {
    if (programme.status !== 'active') continue;
    if (date < programme.startDate || date > programme.endDate) continue;
    for (const id of programme.goalIds) ids.add(id);
  }
  return ids;
}

export interface GoalRating {
  goalId: number;
  level: GasLevel;
}

export type RatingProblem = 'foreignGoal' | 'duplicateGoal';

/** Per rating index, what is wrong with it: a goal that may not be rated here, or the same goal twice. */
export function ratingProblems(
  ratings: readonly GoalRating[],
  rateable: ReadonlySet<number>,
): Array<{ index: number; problem: RatingProblem }> {
  const seen = new Set<number>();
  const problems: Array<{ index: number; problem: RatingProblem }> = [];
  ratings.forEach((rating, index) => {
    if (!rateable.has(rating.goalId)) problems.push({ index, problem: 'foreignGoal' });
    else if (seen.has(rating.goalId)) problems.push({ index, problem: 'duplicateGoal' });
    seen.add(rating.goalId);
  });
  return problems;
}

/** Signing needs something written about what was done; a draft may be saved half-written. */
export function signProblem(whatWasDone: string): 'whatWasDoneRequired' | null {
  return whatWasDone.trim() === '' ? 'whatWasDoneRequired' : null;
}

/**
 * The level reached on each goal over time, from dated ratings: one point per date (the later note of a day
 * wins, as notes are given in the order they were signed), sorted by date.
 */
export function gasTrend(
  ratings: ReadonlyArray<{ goalId: number; date: string; level: GasLevel }>,
): Map<number, Array<{ date: string; level: GasLevel }>> {
  const byGoal = new Map<number, Map<string, GasLevel>>();
  for (const rating of ratings) {
    const points = byGoal.get(rating.goalId) ?? new Map<string, GasLevel>();
    points.set(rating.date, rating.level);
    byGoal.set(rating.goalId, points);
  }
  const trend = new Map<number, Array<{ date: string; level: GasLevel }>>();
  for (const [goalId, points] of byGoal)
    trend.set(
      goalId,
      [...points].map(([date, level]) => ({ date, level })).sort((a, b) => a.date.localeCompare(b.date)),
    );
  return trend;
}
