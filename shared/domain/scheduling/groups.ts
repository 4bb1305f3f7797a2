/**
 * A group's roster over time. Enrolments have dates, so a session's people are "who was enrolled on its date":
 * a roster change reaches every later session and leaves earlier ones as they were.
 */

export interface Enrolment {
  beneficiaryId: number;
  /** Inclusive dates; an open end means enrolled until further notice. */
  startDate: string;
  endDate: string | null;
}

function enrolledOn(enrolment: Enrolment, date: string): boolean {
  return enrolment.startDate <= date && (enrolment.endDate === null || date <= enrolment.endDate);
}

/** The people enrolled on a date, in ascending id order (someone who left and came back counts once). */
export function rosterOn(roster: readonly Enrolment[], date: string): number[] {
  const ids = new Set(roster.filter((e) => enrolledOn(e, date)).map((e) => e.beneficiaryId));
  return [...ids].sort((a, b) => a - b);
}

/** Places left on a date; never below zero, even if the capacity was lowered under the roster. */
export function freePlacesOn(capacity: number, roster: readonly Enrolment[], date: string): number {
  return Math.max(0, capacity - rosterOn(roster, date).length);
}

/**
 * The session dates on which an enrolment would not fit: the group is already full then, or the person is
 * already enrolled then. Empty means the enrolment can be made.
 */
export function enrolmentBlockedOn(
  capacity: number,
  roster: readonly Enrolment[],
  enrolment: Enrolment,
  sessionDates: readonly string[],
): string[] {
  return sessionDates.filter((date) => {
    if (!enrolledOn(enrolment, date)) return false;
    const enrolled = rosterOn(roster, date);
    return enrolled.includes(enrolment.beneficiaryId) || enrolled.length >= capacity;
  });
}

/**
 * The roster with someone's enrolment ended on `lastDate` (inclusive): the sessions after it no longer count
 * them. An enrolment that starts after `lastDate` is removed altogether.
 */
export function endEnrolment(
  roster: readonly Enrolment[],
  beneficiaryId: number,
  lastDate: string,
): Enrolment[] {
  return roster.flatMap((e) => {
    if (e.beneficiaryId !== beneficiaryId || (e.endDate !== null && e.endDate <= lastDate)) return [e];
    if (e.startDate > lastDate) return [];
    return [{ ...e, endDate: lastDate }];
  });
}

/** The first session date (from `from` on) with a free place, or null if the group is full on all of them. */
export function firstFreeDate(
  capacity: number,
  roster: readonly Enrolment[],
  sessionDates: readonly string[],
  from: string,
): string | null {
  return sessionDates.find((date) => date >= from && freePlacesOn(capacity, roster, date) > 0) ?? null;
}
