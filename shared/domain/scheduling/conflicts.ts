import { closureOn, type Closure } from '../closures';
import {
  ageInMonths,
  isEligible,
  isWithinAgeBand,
  type AgeBand,
  type EligibilityFacts,
  type Service,
} from '../services';
import { isoWeekdayOf } from '../calendar';
import { absenceOn, isWorkingDuring, type Absence, type WorkingHours } from '../staff';
import type { Clash, ClashWith } from './clash-types';
import { instantsOverlap, type Session } from './sessions';
import { addMinutesToInstant, addMinutesToLocal, zonedInstant } from './time-zone';

/** Every reason a session cannot, or should not, be booked where and when it is asked for. */

/** The session being booked or moved. */
export interface Candidate {
  /** Set when an existing session is moved or resized: it does not clash with itself. */
  id: number | null;
  date: string;
  startTime: string;
  durationMinutes: number;
  serviceId: number;
  specialistId: number;
  roomId: number | null;
  /** For a group session, the roster on the session's date. */
  beneficiaryIds: number[];
  motherGuardianId: number | null;
}

export type ExistingSession = Pick<
  Session,
  | 'id'
  | 'start'
  | 'end'
  | 'status'
  | 'serviceId'
  | 'specialistId'
  | 'roomId'
  | 'groupId'
  | 'seriesId'
  | 'beneficiaryIds'
  | 'motherGuardianId'
>;

/** What the backend loads to check one candidate. */
export interface ClashContext {
  timeZone: string;
  /**
   * Sessions that may overlap the candidate: at least those of its specialist, its people, its mother and its
   * room that overlap it. Others, cancelled ones and the candidate itself are ignored.
   */
  sessions: readonly ExistingSession[];
  /** The candidate's room; null when it has none. */
  room: { id: number; capacity: number } | null;
  specialist: {
    hours: readonly WorkingHours[];
    absences: readonly Pick<Absence, 'id' | 'startDate' | 'endDate'>[];
  };
  closures: readonly Pick<Closure, 'id' | 'startDate' | 'endDate'>[];
  service: Pick<Service, 'minAgeMonths' | 'maxAgeMonths' | 'eligibility'>;
  /** A group's own age band, which takes the place of the service's. */
  ageBand?: AgeBand;
  /** The candidate's people. */
  beneficiaries: readonly ({ id: number; birthDate: string } & EligibilityFacts)[];
}

function withOf(session: ExistingSession): ClashWith {
  const { id, start, end, serviceId, specialistId, roomId, groupId, seriesId } = session;
  return { id, start, end, serviceId, specialistId, roomId, groupId, seriesId };
}

/** A session always takes at least one place: a group with nobody enrolled yet still uses the room. */
function places(session: { beneficiaryIds: readonly number[] }): number {
  return Math.max(1, session.beneficiaryIds.length);
}

/** The fullest moment of the room during [start, end): places taken then and the sessions taking them. */
function peakOccupancy(
  sessions: readonly ExistingSession[],
  start: number,
  end: number,
): { taken: number; at: ExistingSession[] } {
  let best = { taken: 0, at: [] as ExistingSession[] };
  // The occupancy only rises where a session begins (or at the candidate's start), so those moments suffice.
  const moments = [start, ...sessions.map((s) => Math.max(start, Date.parse(s.start)))].filter(
    (m) => m < end,
  );
  for (const moment of moments) {
    const at = sessions.filter((s) => Date.parse(s.start) <= moment && moment < Date.parse(s.end));
    const taken = at.reduce((sum, s) => sum + places(s), 0);
    if (taken > best.taken) best = { taken, at };
  }
  return best;
}

function busyClashes(candidate: Candidate, others: readonly ExistingSession[]): Clash[] {
  const clashes: Clash[] = [];
  for (const other of others.filter((s) => s.specialistId === candidate.specialistId))
    clashes.push({
      kind: 'specialist_busy',
      severity: 'hard',
      specialistId: candidate.specialistId,
      with: withOf(other),
    });
  for (const beneficiaryId of candidate.beneficiaryIds)
    for (const other of others.filter((s) => s.beneficiaryIds.includes(beneficiaryId)))
      clashes.push({ kind: 'beneficiary_busy', severity: 'hard', beneficiaryId, with: withOf(other) });
  const mother = candidate.motherGuardianId;
  if (mother !== null)
    for (const other of others.filter((s) => s.motherGuardianId === mother))
      clashes.push({ kind: 'mother_busy', severity: 'hard', guardianId: mother, with: withOf(other) });
  return clashes;
}

function roomClash(
  candidate: Candidate,
  others: readonly ExistingSession[],
  room: ClashContext['room'],
  start: string,
  end: string,
): Clash[] {
  if (room === null || candidate.roomId === null) return [];
  const inRoom = others.filter((s) => s.roomId === candidate.roomId);
  const peak = peakOccupancy(inRoom, Date.parse(start), Date.parse(end));
  const needed = peak.taken + places(candidate);
  if (needed <= room.capacity) return [];
  return [
    {
      kind: 'room_over_capacity',
      severity: 'hard',
      roomId: room.id,
      capacity: room.capacity,
      needed,
      with: peak.at.map(withOf),
    },
  ];
}

function dayClashes(candidate: Candidate, context: ClashContext): Clash[] {
  const clashes: Clash[] = [];
  const { date, specialistId } = candidate;
  const closure = closureOn(context.closures, date);
  if (closure) clashes.push({ kind: 'closed_day', severity: 'soft', date, closureId: closure.id });
  const absence = absenceOn(context.specialist.absences, date);
  if (absence) {
    clashes.push({ kind: 'on_leave', severity: 'soft', specialistId, date, absenceId: absence.id });
    return clashes;
  }
  const end = addMinutesToLocal(date, candidate.startTime, candidate.durationMinutes);
  const sameDay = end.date === date;
  if (!sameDay || !isWorkingDuring(context.specialist.hours, [], date, candidate.startTime, end.time)) {
    const hours = context.specialist.hours.find((h) => h.weekday === isoWeekdayOf(date)) ?? null;
    const endTime = sameDay ? end.time : '24:00';
    clashes.push({
      kind: 'outside_working_hours',
      severity: 'soft',
      specialistId,
      date,
      startTime: candidate.startTime,
      endTime,
      hours,
    });
  }
  return clashes;
}

function personClashes(candidate: Candidate, context: ClashContext): Clash[] {
  const band = context.ageBand ?? context.service;
  const { minAgeMonths, maxAgeMonths } = band;
  const clashes: Clash[] = [];
  for (const id of candidate.beneficiaryIds) {
    const person = context.beneficiaries.find((b) => b.id === id);
    if (!person) throw new RangeError(`Beneficiary ${id} was not loaded for the check`);
    const ageMonths = ageInMonths(person.birthDate, candidate.date);
    if (!isWithinAgeBand(ageMonths, band))
      clashes.push({
        kind: 'outside_age_band',
        severity: 'soft',
        beneficiaryId: id,
        ageMonths,
        minAgeMonths,
        maxAgeMonths,
      });
  }
  for (const id of candidate.beneficiaryIds) {
    const person = context.beneficiaries.find((b) => b.id === id);
    if (person && !isEligible(person, context.service.eligibility))
      clashes.push({
        kind: 'not_eligible',
        severity: 'soft',
        beneficiaryId: id,
        required: [...context.service.eligibility],
      });
  }
  return clashes;
}

/** The candidate's start and end as instants: wall-clock start in the centre's zone, plus its length. */
export function candidateInstants(candidate: Candidate, timeZone: string): { start: string; end: string } {
  const start = zonedInstant(candidate.date, candidate.startTime, timeZone);
  return { start, end: addMinutesToInstant(start, candidate.durationMinutes) };
}

/**
 * Every clash of a candidate session, hard ones first, in the order of CLASH_KINDS. Sessions are intervals
 * [start, end): back-to-back sessions do not clash; cancelled sessions take no one's time and no place.
 */
export function findClashes(candidate: Candidate, context: ClashContext): Clash[] {
  const interval = candidateInstants(candidate, context.timeZone);
  const others = context.sessions
    .filter((s) => s.status !== 'cancelled' && s.id !== candidate.id && instantsOverlap(s, interval))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id);
  return [
    ...busyClashes(candidate, others),
    ...roomClash(candidate, others, context.room, interval.start, interval.end),
    ...dayClashes(candidate, context),
    ...personClashes(candidate, context),
  ];
}
