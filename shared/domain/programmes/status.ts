import type { ProgrammeStatus } from './types';

/**
 * How a programme moves: a draft is approved (active) or dropped (closed); an active one is reviewed or closed;
 * a reviewed one continues (active again, with a new review date) or is closed. Closed is final.
 */
const NEXT: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  draft: ['active', 'closed'],
  active: ['reviewed', 'closed'],
  reviewed: ['active', 'closed'],
  closed: [],
};

export function nextStatuses(from: ProgrammeStatus): readonly ProgrammeStatus[] {
  return NEXT[from];
}

export function canMoveTo(from: ProgrammeStatus, to: ProgrammeStatus): boolean {
  return NEXT[from].includes(to);
}

/** Approving is the move from draft to active; it records who approved and when. */
export function isApproval(from: ProgrammeStatus, to: ProgrammeStatus): boolean {
  return from === 'draft' && to === 'active';
}

/** Goals, prescriptions and the period can be changed until the programme is closed. */
export function isEditable(status: ProgrammeStatus): boolean {
  return status !== 'closed';
}

/** Reviews are recorded on a programme in force: active, or reviewed again before it moves on. */
export function canBeReviewed(status: ProgrammeStatus): boolean {
  return status === 'active' || status === 'reviewed';
}

/** A new period starts from a programme that has been reviewed. */
export function canStartNextPeriod(status: ProgrammeStatus): boolean {
  return status === 'reviewed';
}

/** Sessions are booked for a prescription once the programme is approved, not while it is a draft. */
export function canBook(status: ProgrammeStatus): boolean {
  return status === 'active';
}
