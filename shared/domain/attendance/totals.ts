import { isAttended, type Mark } from './marks';

/** A person's counts over a period, as the register's right-hand columns show them. */
export interface RegisterTotals {
  /** Days (or sessions) attended: present and late. */
  attended: number;
  /** Of those attended, how many late. */
  late: number;
  /** Missed in total: excused and unexcused. */
  absent: number;
  /** Missed for a valid reason. */
  absentExcused: number;
  absentUnexcused: number;
  cancelledByCentre: number;
  /** Everything counted: attended + absent + cancelledByCentre. */
  total: number;
}

export const EMPTY_TOTALS: Readonly<RegisterTotals> = {
  attended: 0,
  late: 0,
  absent: 0,
  absentExcused: 0,
  absentUnexcused: 0,
  cancelledByCentre: 0,
  total: 0,
};

/** Counts the given marks; a null (a session nobody has marked yet) is not counted. */
export function registerTotals(marks: ReadonlyArray<Mark | null>): RegisterTotals {
  const totals = { ...EMPTY_TOTALS };
  for (const mark of marks) {
    if (mark === null) continue;
    totals.total += 1;
    if (isAttended(mark)) totals.attended += 1;
    if (mark === 'late') totals.late += 1;
    if (mark === 'absent_excused') totals.absentExcused += 1;
    if (mark === 'absent_unexcused') totals.absentUnexcused += 1;
    if (mark === 'cancelled_by_centre') totals.cancelledByCentre += 1;
  }
  totals.absent = totals.absentExcused + totals.absentUnexcused;
  return totals;
}

/** Which mark stands for a day when a person had several sessions: having come at all wins, then the absences. */
const DAY_ORDER: readonly Mark[] = [
  'present',
  'late',
  'absent_unexcused',
  'absent_excused',
  'cancelled_by_centre',
];

/**
 * The one mark of a day in the register, which has a column per day: a child who came to any session that day
 * attended; null when nothing on the day is marked.
 */
export function dayMark(marks: ReadonlyArray<Mark | null>): Mark | null {
  for (const mark of DAY_ORDER) if (marks.includes(mark)) return mark;
  return null;
}
