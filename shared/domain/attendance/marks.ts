import { parseTimeOfDay } from '../settings';

/** What happened to one person at one session. */
export const MARKS = [
  'present',
  'late',
  'absent_excused',
  'absent_unexcused',
  'cancelled_by_centre',
] as const;
export type Mark = (typeof MARKS)[number];

/** The person came: an arrival (and for day care a departure) time belongs only to these. */
export const ATTENDED_MARKS: readonly Mark[] = ['present', 'late'];
export const ABSENT_MARKS: readonly Mark[] = ['absent_excused', 'absent_unexcused'];

export function isAttended(mark: Mark): boolean {
  return ATTENDED_MARKS.includes(mark);
}

/**
 * An excused absence is one for a valid reason (illness, a parent's illness, quarantine, treatment, family
 * leave): the register counts those apart, so the reason has to be written down.
 */
export function needsReason(mark: Mark): boolean {
  return mark === 'absent_excused';
}

/** The catalogue key of the letter the register prints for a mark ("Н" for an absence on the Russian form). */
export function registerLetterKey(mark: Mark): `attendance.letters.${Mark}` {
  return `attendance.letters.${mark}`;
}

/** The catalogue key of a mark's name. */
export function markLabelKey(mark: Mark): `attendance.marks.${Mark}` {
  return `attendance.marks.${mark}`;
}

export interface MarkFields {
  mark: Mark;
  arrivedAt?: string | null | undefined;
  departedAt?: string | null | undefined;
  reason?: string | undefined;
}

export type MarkProblem = 'reasonRequired' | 'timeOnlyWhenAttended' | 'departedBeforeArrived';

/** What is wrong with a mark's fields, per field: a reason for an excused absence, times only for who came. */
export function markProblems(fields: MarkFields): Array<{ field: keyof MarkFields; problem: MarkProblem }> {
  const problems: Array<{ field: keyof MarkFields; problem: MarkProblem }> = [];
  if (needsReason(fields.mark) && !fields.reason?.trim())
    problems.push({ field: 'reason', problem: 'reasonRequired' });
  if (!isAttended(fields.mark)) {
    if (fields.arrivedAt) problems.push({ field: 'arrivedAt', problem: 'timeOnlyWhenAttended' });
    if (fields.departedAt) problems.push({ field: 'departedAt', problem: 'timeOnlyWhenAttended' });
    return problems;
  }
  const arrived = fields.arrivedAt ? parseTimeOfDay(fields.arrivedAt) : null;
  const departed = fields.departedAt ? parseTimeOfDay(fields.departedAt) : null;
  if (arrived !== null && departed !== null && departed < arrived)
    problems.push({ field: 'departedAt', problem: 'departedBeforeArrived' });
  return problems;
}

/**
 * Marks for a future date are refused: nobody can have come yet. `today` is the centre's today, worked out from
 * the backend's clock in the centre's time zone.
 */
export function isFutureDate(date: string, today: string): boolean {
  return date > today;
}
