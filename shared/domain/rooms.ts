/** Rooms and resources: where sessions happen, and how many people one session there can hold. */

export const ROOM_KINDS = ['therapy', 'classroom', 'gym', 'pool', 'hall', 'other'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export interface Room {
  id: number;
  name: string;
  kind: RoomKind;
  /** Places per session: for the pool, the swimmers one session takes. */
  capacity: number;
  notes: string;
  active: boolean;
}
