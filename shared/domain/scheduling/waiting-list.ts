/**
 * The waiting list of a group or a service: when a place frees (a cancellation, a roster change), it is offered
 * to the list first, by priority and then by who has waited longest.
 */

export const WAITING_PRIORITIES = ['urgent', 'high', 'normal'] as const;
export type WaitingPriority = (typeof WAITING_PRIORITIES)[number];

/** Waiting: in the queue. Offered: a place was offered and the answer is awaited. Then placed or withdrawn. */
export const WAITING_STATUSES = ['waiting', 'offered', 'placed', 'withdrawn'] as const;
export type WaitingStatus = (typeof WAITING_STATUSES)[number];

export interface WaitingEntry {
  id: number;
  beneficiaryId: number;
  /** The list is for a group, or for a service's individual slots. */
  groupId: number | null;
  serviceId: number;
  priority: WaitingPriority;
  /** Instant the person was added (ISO UTC): the tie-break within a priority. */
  addedAt: string;
  status: WaitingStatus;
  note: string;
}

function rank(priority: WaitingPriority): number {
  return WAITING_PRIORITIES.indexOf(priority);
}

/** Order of the list: priority, then the longest wait, then the earlier entry (ids grow as entries are added). */
export function compareWaiting(a: WaitingEntry, b: WaitingEntry): number {
  return rank(a.priority) - rank(b.priority) || Date.parse(a.addedAt) - Date.parse(b.addedAt) || a.id - b.id;
}

/** The people still waiting, in the order places are offered. */
export function waitingOrder(list: readonly WaitingEntry[]): WaitingEntry[] {
  return list.filter((entry) => entry.status === 'waiting').sort(compareWaiting);
}

/**
 * Who is offered a freed place first: the first waiting entry, in order, that is not already enrolled and that
 * the place suits (`fits`, e.g. the group's age band on the start date). Null when nobody is waiting for it.
 */
export function offerFreedPlace(
  list: readonly WaitingEntry[],
  options: { enrolledIds?: readonly number[]; fits?: (entry: WaitingEntry) => boolean } = {},
): WaitingEntry | null {
  const enrolled = new Set(options.enrolledIds ?? []);
  const fits = options.fits ?? (() => true);
  return waitingOrder(list).find((entry) => !enrolled.has(entry.beneficiaryId) && fits(entry)) ?? null;
}

/** A person's place in the queue (1 = next), or null when they are not waiting. */
export function positionInQueue(list: readonly WaitingEntry[], entryId: number): number | null {
  const index = waitingOrder(list).findIndex((entry) => entry.id === entryId);
  return index === -1 ? null : index + 1;
}
