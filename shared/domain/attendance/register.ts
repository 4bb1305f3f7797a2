import { addDays, isCalendarDate } from '../calendar';
import type { Mark } from './marks';
import { dayMark, registerTotals, type RegisterTotals } from './totals';

/** The month of a register, "YYYY-MM". */
export function isMonth(text: string): boolean {
  return /^\d{4}-\d{2}$/.test(text) && isCalendarDate(`${text}-01`);
}

/** Every date of a month, first to last. */
export function monthDates(month: string): string[] {
  const dates: string[] = [];
  for (let date = `${month}-01`; date.startsWith(month); date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** One session of a person on a day, with its mark (recorded, or implied by a cancellation or a planned absence). */
export interface PersonSessionMark {
  beneficiaryId: number;
  date: string;
  /** Null while nobody has marked a session that took place. */
  mark: Mark | null;
}

export interface RegisterCellData {
  /** The day's mark (see dayMark), null when the person's sessions that day are not marked yet. */
  mark: Mark | null;
  /** The person's sessions that day. */
  sessions: number;
}

export interface RegisterDayTotals {
  /** People who came that day. */
  attended: number;
  /** People who missed the day (excused or not). */
  absent: number;
  cancelledByCentre: number;
  /** People expected that day (with a session). */
  expected: number;
}

/**
 * The register's grid: per person a cell per date (null when they had no session that day) and their totals
 * over the days, and per date the people who came and who missed it. Totals count days, as the paper form does.
 */
export function registerGrid<P extends { beneficiaryId: number }>(
  dates: readonly string[],
  people: readonly P[],
  sessions: readonly PersonSessionMark[],
): {
  rows: Array<{ person: P; cells: Array<RegisterCellData | null>; totals: RegisterTotals }>;
  dayTotals: RegisterDayTotals[];
} {
  const byPersonDay = new Map<string, Array<Mark | null>>();
  for (const s of sessions) {
    const key = `${s.beneficiaryId}|${s.date}`;
    byPersonDay.set(key, [...(byPersonDay.get(key) ?? []), s.mark]);
  }
  const rows = people.map((person) => {
    const cells = dates.map((date): RegisterCellData | null => {
      const marks = byPersonDay.get(`${person.beneficiaryId}|${date}`);
      return marks ? { mark: dayMark(marks), sessions: marks.length } : null;
    });
    return { person, cells, totals: registerTotals(cells.map((c) => c?.mark ?? null)) };
  });
  const dayTotals = dates.map((_, index) => {
    const day = { attended: 0, absent: 0, cancelledByCentre: 0, expected: 0 };
    for (const row of rows) {
      const cell = row.cells[index];
      if (!cell) continue;
      day.expected += 1;
      if (cell.mark === 'present' || cell.mark === 'late') day.attended += 1;
      if (cell.mark === 'absent_excused' || cell.mark === 'absent_unexcused') day.absent += 1;
      if (cell.mark === 'cancelled_by_centre') day.cancelledByCentre += 1;
    }
    return day;
  });
  return { rows, dayTotals };
}
