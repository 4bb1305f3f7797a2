import type { WaitingEntryView, WaitingOfferView } from '../../../shared/contract/waiting';
import { offerFreedPlace } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import type { SessionRow } from '../schedule/session-store';
import { readEntries } from './store';

/** Who a freed place goes to first: the waiting list, by priority and then by who has waited longest. */

export interface FreedPlace {
  /** The group whose place freed, or null for a service's individual slot. */
  groupId: number | null;
  serviceId: number;
  /** People who already have the place's sessions: they are not offered it again. */
  enrolledIds: readonly number[];
  /** Whether the place suits the person (e.g. the group's age band). */
  fits?: (entry: WaitingEntryView) => boolean;
}

/**
 * The first suitable entry: from the group's own list, or, when nobody there fits, from the service's list of
 * people waiting for any place of that service. Null when nobody waits for it.
 */
export async function firstToOffer(db: Db, place: FreedPlace): Promise<WaitingEntryView | null> {
  const lists = place.groupId === null ? [null] : [place.groupId, null];
  for (const groupId of lists) {
    const entries = await readEntries(db, { groupId, serviceId: place.serviceId });
    const found = offerFreedPlace(entries, {
      enrolledIds: place.enrolledIds,
      fits: (e) => place.fits?.(e as WaitingEntryView) ?? true,
    });
    if (found) return entries.find((e) => e.id === found.id) ?? null;
  }
  return null;
}

/**
 * The offer of a cancelled individual session's slot: the first person waiting for the service's individual
 * places. Nothing is marked: the receptionist decides whether the slot suits them.
 */
export async function cancellationOffers(
  db: Db,
  row: Pick<SessionRow, 'id' | 'group_id' | 'service_id' | 'date'>,
): Promise<WaitingOfferView[]> {
  if (row.group_id !== null) return [];
  const people = await db
    .selectFrom('session_beneficiaries')
    .select('beneficiary_id')
    .where('session_id', '=', row.id)
    .execute();
  const entry = await firstToOffer(db, {
    groupId: null,
    serviceId: row.service_id,
    enrolledIds: people.map((p) => p.beneficiary_id),
  });
  return entry ? [{ entry, from: row.date, groupId: null, sessionId: row.id }] : [];
}
