import { isAttended, type Mark } from './attendance/marks';

/** The attendance summary's arithmetic: visits counted by what happened, and the attendance rate. */

/** One person expected at one session, with the mark that counts for it. */
export interface SummaryVisit {
  sessionId: number;
  /** Recorded, or implied by a cancellation or a planned absence; null when nobody has marked it yet. */
  mark: Mark | null;
  /** The session is after the centre's today: planned, but not due yet. */
  upcoming: boolean;
}

/** Counts over a period, in visits (one person at one session) except `sessions`. */
export interface SummaryCounts {
  /** Distinct sessions due in the period (up to today) with anyone expected. */
  sessions: number;
  /** Visits due in the period: everything below except `upcoming` adds up to this. */
  planned: number;
  /** present + late. */
  attended: number;
  present: number;
  late: number;
  absentExcused: number;
  absentUnexcused: number;
  cancelledByCentre: number;
  /** Due, but nobody has marked them and nothing implies a mark. */
  notMarked: number;
  /** Visits after the centre's today, not counted in `planned`. */
  upcoming: number;
  /** attended / (planned − cancelledByCentre), from 0 to 1; null when nothing is left to divide by. */
  rate: number | null;
}

/**
 * The attendance rate: of the visits the person could have made, how many they made. The centre's own
 * cancellations are taken out of the denominator (nobody could come to them); absences, excused or not, and
 * visits nobody has marked yet stay in it.
 */
export function attendanceRate(
  counts: Pick<SummaryCounts, 'attended' | 'planned' | 'cancelledByCentre'>,
): number | null {
  const possible = counts.planned - counts.cancelledByCentre;
  return possible > 0 ? counts.attended / possible : null;
}

/** Counts the visits of one bucket (a group, a service, the whole period). */
export function summarise(visits: readonly SummaryVisit[]): SummaryCounts {
  const counts: SummaryCounts = {
    sessions: 0,
    planned: 0,
    attended: 0,
    present: 0,
    late: 0,
    absentExcused: 0,
    absentUnexcused: 0,
    cancelledByCentre: 0,
    notMarked: 0,
    upcoming: 0,
    rate: null,
  };
  const sessions = new Set<number>();
  for (const visit of visits) {
    if (visit.upcoming) {
      counts.upcoming += 1;
      continue;
    }
    sessions.add(visit.sessionId);
    counts.planned += 1;
    const mark = visit.mark;
    if (mark === null) counts.notMarked += 1;
    else if (isAttended(mark)) {
      counts.attended += 1;
      if (mark === 'late') counts.late += 1;
      else counts.present += 1;
    } else if (mark === 'absent_excused') counts.absentExcused += 1;
    else if (mark === 'absent_unexcused') counts.absentUnexcused += 1;
    else counts.cancelledByCentre += 1;
  }
  counts.sessions = sessions.size;
  counts.rate = attendanceRate(counts);
  return counts;
}
