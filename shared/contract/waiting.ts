import type { WaitingEntry } from '../domain/scheduling';
import { channel, returns } from './channel';
import { waitingAddSchema, waitingListSchema, waitingUpdateSchema } from './groups-input';

/** One entry of a waiting list, with the person's name and place in the queue. */
export interface WaitingEntryView extends WaitingEntry {
  /** "Family Given Patronymic" */
  beneficiaryName: string;
  birthDate: string;
  /** Name of the group the entry waits for, or null for the service's individual places. */
  groupName: string | null;
  /** 1 = next in the queue; null when not waiting (offered, placed, withdrawn). */
  position: number | null;
}

/** A freed place offered to someone on the waiting list. */
export interface WaitingOfferView {
  entry: WaitingEntryView;
  /** The first date the place is free. */
  from: string;
  groupId: number | null;
  /** The cancelled session whose slot was freed (schedule.cancel), else null. */
  sessionId: number | null;
}

export const waitingChannels = {
  /**
   * A waiting list: one group's, one service's (with groupId left out: every list of that service), or all.
   * Offered entries first, then the queue in the order places are offered, then (includeClosed) the rest.
   */
  'waiting.list': channel({
    input: waitingListSchema,
    output: returns<WaitingEntryView[]>(),
    permission: 'schedule.read',
  }),
  'waiting.add': channel({
    input: waitingAddSchema,
    output: returns<{ id: number }>(),
    permission: 'schedule.write',
  }),
  'waiting.update': channel({
    input: waitingUpdateSchema,
    output: returns<WaitingEntryView>(),
    permission: 'schedule.write',
  }),
};
