import type { PrescriptionCounts } from './types';

/** A session of a prescription's series, with the person's attendance mark if one was recorded. */
export interface CountedSession {
  status: 'scheduled' | 'cancelled' | string;
  mark: string | null;
}

const DELIVERED_MARKS: readonly string[] = ['present', 'late'];

export function prescribedSessions(prescription: { sessionsPerWeek: number; weeks: number }): number {
  return prescription.sessionsPerWeek * prescription.weeks;
}

/** Prescribed vs booked (not cancelled) vs delivered (attended: present or late). */
export function prescriptionCounts(
  prescription: { sessionsPerWeek: number; weeks: number },
  sessions: readonly CountedSession[],
): PrescriptionCounts {
  let booked = 0;
  let delivered = 0;
  for (const session of sessions) {
    if (session.status === 'cancelled') continue;
    booked += 1;
    if (session.mark !== null && DELIVERED_MARKS.includes(session.mark)) delivered += 1;
  }
  return { prescribed: prescribedSessions(prescription), booked, delivered };
}

/** Sessions still to book so the prescription is covered; never negative. */
export function sessionsToBook(counts: PrescriptionCounts): number {
  return Math.max(0, counts.prescribed - counts.booked);
}
