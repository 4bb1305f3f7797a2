import type { SeriesRule, SessionStatus } from '../domain/scheduling';
import { channel, returns } from './channel';
import {
  createGroupSchema,
  enrolSchema,
  groupListSchema,
  leaveSchema,
  updateGroupSchema,
} from './groups-input';
import { z } from 'zod';
import type { WaitingEntryView, WaitingOfferView } from './waiting';

export * from './groups-input';

/** One group as the list of groups shows it; counts are for the centre's today. */
export interface GroupSummary {
  id: number;
  name: string;
  serviceId: number;
  teacherId: number;
  /** "Family G." */
  teacherName: string;
  roomId: number | null;
  roomName: string | null;
  capacity: number;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  schedule: SeriesRule;
  notes: string;
  active: boolean;
  /** People enrolled today, or on the group's first session when it has not started yet. */
  enrolled: number;
  free: number;
  /** People waiting for this group (status waiting or offered). */
  waiting: number;
  /** The date `enrolled` and `free` are counted on. */
  countedOn: string;
}

/** One enrolment of the roster: a person belongs to the group from startDate to endDate (inclusive). */
export interface RosterEntry {
  enrolmentId: number;
  beneficiaryId: number;
  /** "Family Given Patronymic" */
  name: string;
  birthDate: string;
  startDate: string;
  endDate: string | null;
}

/** A session of the group, for the group's page. */
export interface GroupSessionView {
  id: number;
  date: string;
  startTime: string;
  minutes: number;
  status: SessionStatus;
  /** Moved or cancelled on its own: a later change of the group's schedule leaves it as it is. */
  detached: boolean;
  enrolled: number;
}

export interface GroupDetail extends GroupSummary {
  /** Every enrolment, current and past, by start date. */
  roster: RosterEntry[];
  /** The group's waiting list: offered entries first, then the queue in the order places are offered. */
  waitingList: WaitingEntryView[];
  /** The next sessions from today (at most 20). */
  upcoming: GroupSessionView[];
}

export interface GroupWriteResult {
  id: number;
  /** Session rows written (created or regenerated). */
  sessionIds: number[];
  overrideId: number | null;
}

/**
 * Details of an enrolment refused because the group is full (code CONFLICT): the session dates without a free
 * place, so that the page can offer the waiting list instead.
 */
export interface GroupFullConflict {
  kind: 'group_full';
  dates: string[];
  /** The first session date from the asked start with a free place, or null when there is none. */
  firstFreeDate: string | null;
}

export interface EnrolResult {
  enrolmentId: number;
  /** The group's sessions the person was added to. */
  sessionIds: number[];
  overrideId: number | null;
  /** Set when the person was waiting for this group: that entry is now placed. */
  placedWaitingId: number | null;
}

export const groupsChannels = {
  /** Groups by name, active ones unless includeInactive. */
  'groups.list': channel({
    input: groupListSchema,
    output: returns<GroupSummary[]>(),
    permission: 'schedule.read',
  }),
  'groups.get': channel({
    input: z.strictObject({ id: z.number().int().positive() }),
    output: returns<GroupDetail>(),
    permission: 'schedule.read',
  }),
  /**
   * Creates a group and its sessions. Refused (CONFLICT with ScheduleConflict details, as schedule.book) when the
   * teacher or the room is taken, or sessions on closures or leave need decisions.
   */
  'groups.create': channel({
    input: createGroupSchema,
    output: returns<GroupWriteResult>(),
    permission: 'schedule.write',
  }),
  'groups.update': channel({
    input: updateGroupSchema,
    output: returns<GroupWriteResult>(),
    permission: 'schedule.write',
  }),
  /**
   * Enrols a person from a date: added to every session of the group from then on. A full group is refused
   * (CONFLICT, GroupFullConflict); the person's own sessions at the same time are refused (CONFLICT,
   * ScheduleConflict with beneficiary_busy); outside the age band or eligibility needs a manager's override.
   */
  'groups.enrol': channel({
    input: enrolSchema,
    output: returns<EnrolResult>(),
    permission: 'schedule.write',
  }),
  /**
   * Ends an enrolment on a date: later sessions no longer count the person, earlier ones keep them. The freed
   * place is offered to the first suitable person waiting, whose entry becomes "offered".
   */
  'groups.leave': channel({
    input: leaveSchema,
    output: returns<{ offer: WaitingOfferView | null }>(),
    permission: 'schedule.write',
  }),
};

export type { WaitingEntryView, WaitingOfferView };
