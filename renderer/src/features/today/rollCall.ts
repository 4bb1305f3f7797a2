import type { ChannelInput } from '../../../../shared/contract';
import type { DaySession } from '../../../../shared/contract/attendance';
import { isAttended, type Mark } from '../../../../shared/domain/attendance';
import { shownMark } from './board';

/** One line of the roll call dialog. */
export interface RollCallRow {
  beneficiaryId: number;
  name: string;
  mark: Mark;
  reason: string;
  /** A planned absence pre-fills this person; the backend applies it unless told otherwise. */
  planned: boolean;
}

/** The roster as the board shows it now; people nobody has marked start as present. */
export function rollCallRows(session: DaySession): RollCallRow[] {
  return session.people.map((person) => ({
    beneficiaryId: person.beneficiaryId,
    name: person.name,
    mark: shownMark(person) ?? 'present',
    reason: person.mark?.reason ?? person.expected?.reason ?? '',
    planned: person.expected !== null && person.expected.plannedAbsenceId !== null,
  }));
}

/** "All present": everyone present, reasons cleared. */
export function allPresent(rows: readonly RollCallRow[]): RollCallRow[] {
  return rows.map((row) => ({ ...row, mark: 'present', reason: '' }));
}

/**
 * The roll call's input: everyone is present except the exceptions. Someone with a planned absence is listed
 * even when present, since the backend would otherwise pre-fill the absence.
 */
export function rollCallInput(
  sessionId: number,
  rows: readonly RollCallRow[],
): ChannelInput<'attendance.rollCall'> {
  return {
    sessionId,
    present: 'all',
    exceptions: rows
      .filter((row) => row.mark !== 'present' || row.planned)
      .map((row) => ({
        beneficiaryId: row.beneficiaryId,
        mark: row.mark,
        reason: isAttended(row.mark) ? '' : row.reason.trim(),
        note: '',
      })),
  };
}
