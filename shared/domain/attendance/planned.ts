import type { Mark } from './marks';

/** An absence announced in advance ("will be away 3–10 March"), inclusive dates. */
export interface PlannedAbsence {
  id: number;
  beneficiaryId: number;
  from: string;
  to: string;
  reason: string;
  note: string;
}

/** The mark a person is expected to get before anyone has marked them, and where that expectation comes from. */
export interface ExpectedMark {
  mark: Mark;
  reason: string;
  /** The planned absence behind it, or null when the session itself was cancelled. */
  plannedAbsenceId: number | null;
}

export function plannedAbsenceOn(
  absences: readonly PlannedAbsence[],
  beneficiaryId: number,
  date: string,
): PlannedAbsence | null {
  return absences.find((a) => a.beneficiaryId === beneficiaryId && a.from <= date && date <= a.to) ?? null;
}

/** A planned absence pre-fills an excused absence with its reason; a mark someone records overrides it. */
export function expectedMark(
  absences: readonly PlannedAbsence[],
  beneficiaryId: number,
  date: string,
): ExpectedMark | null {
  const planned = plannedAbsenceOn(absences, beneficiaryId, date);
  return planned ? { mark: 'absent_excused', reason: planned.reason, plannedAbsenceId: planned.id } : null;
}

/** Why a session was cancelled, as the schedule records it. */
export type CancellationReason = 'family' | 'centre' | 'illness';

/**
 * What an unmarked cancelled session counts as: the centre's own cancellation is "cancelled by the centre"
 * (and earns a make-up session); a family's or an illness is an absence the family announced, so excused.
 */
export function markOfCancellation(reason: CancellationReason | null): Mark {
  return reason === 'centre' ? 'cancelled_by_centre' : 'absent_excused';
}

export function plannedAbsenceProblem(range: { from: string; to: string }): 'endBeforeStart' | null {
  return range.to < range.from ? 'endBeforeStart' : null;
}
