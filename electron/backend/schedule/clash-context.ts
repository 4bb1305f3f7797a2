import type { Room } from '../../../shared/domain/rooms';
import type { Service } from '../../../shared/domain/services';
import type { Staff } from '../../../shared/domain/staff';
import {
  candidateInstants,
  findClashes,
  MAX_DURATION_MINUTES,
  type Candidate,
  type Clash,
  type ClashContext,
  type ExistingSession,
} from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { closuresBetween, getRoom, getService, getStaff } from '../places';
import { readSettings } from '../settings/repository';

type Person = ClashContext['beneficiaries'][number];

/**
 * What one operation (a booking, a move, a series edit) reads for its conflict checks, each record once:
 * a series checks up to hundreds of sessions against the same specialist, room, service and person.
 */
export class ClashLoader {
  private timeZone: string | null = null;
  private readonly staff = new Map<number, Staff>();
  private readonly rooms = new Map<number, Room>();
  private readonly services = new Map<number, Service>();
  private readonly people = new Map<number, Person>();

  constructor(private readonly db: Db) {}

  async zone(): Promise<string> {
    this.timeZone ??= (await readSettings(this.db)).timeZone;
    return this.timeZone;
  }

  async specialist(id: number): Promise<Staff> {
    return cached(this.staff, id, () => getStaff(this.db, id));
  }

  async room(id: number): Promise<Room> {
    return cached(this.rooms, id, () => getRoom(this.db, id));
  }

  async service(id: number): Promise<Service> {
    return cached(this.services, id, () => getService(this.db, id));
  }

  async person(id: number): Promise<Person> {
    return cached(this.people, id, async () => {
      const row = await this.db
        .selectFrom('beneficiaries')
        .select(['id', 'birth_date', 'has_disability', 'social_status'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', `No beneficiary ${id}`);
      return {
        id: row.id,
        birthDate: row.birth_date,
        hasDisability: row.has_disability === 1,
        socialStatus: row.social_status,
      };
    });
  }

  /** Everything findClashes needs for one candidate, read inside the caller's transaction. */
  async context(candidate: Candidate): Promise<ClashContext> {
    const timeZone = await this.zone();
    const specialist = await this.specialist(candidate.specialistId);
    const room = candidate.roomId === null ? null : await this.room(candidate.roomId);
    const service = await this.service(candidate.serviceId);
    const beneficiaries = await Promise.all(candidate.beneficiaryIds.map((id) => this.person(id)));
    return {
      timeZone,
      sessions: await overlappingSessions(this.db, candidate, timeZone),
      room: room && { id: room.id, capacity: room.capacity },
      specialist: { hours: specialist.hours, absences: specialist.absences },
      closures: await closuresBetween(this.db, candidate.date, candidate.date),
      service,
      beneficiaries,
    };
  }

  async clashes(candidate: Candidate): Promise<Clash[]> {
    return findClashes(candidate, await this.context(candidate));
  }
}

async function cached<T>(map: Map<number, T>, id: number, load: () => Promise<T>): Promise<T> {
  const hit = map.get(id);
  if (hit !== undefined) return hit;
  const value = await load();
  map.set(id, value);
  return value;
}

/**
 * Scheduled sessions of the candidate's specialist, room, mother or people that may overlap it. A session is at
 * most MAX_DURATION_MINUTES long, so only those starting in [start − that, end) can overlap: one index range.
 */
export async function overlappingSessions(
  db: Db,
  candidate: Candidate,
  timeZone: string,
): Promise<ExistingSession[]> {
  const { start, end } = candidateInstants(candidate, timeZone);
  const earliest = new Date(Date.parse(start) - MAX_DURATION_MINUTES * 60_000).toISOString();
  const rows = await db
    .selectFrom('sessions')
    .select([
      'id',
      'start_at',
      'end_at',
      'status',
      'service_id',
      'specialist_id',
      'room_id',
      'series_id',
      'group_id',
      'mother_guardian_id',
    ])
    .where('start_at', '>=', earliest)
    .where('start_at', '<', end)
    .where('end_at', '>', start)
    .where('status', '=', 'scheduled')
    .where((eb) => {
      const either = [eb('specialist_id', '=', candidate.specialistId)];
      if (candidate.roomId !== null) either.push(eb('room_id', '=', candidate.roomId));
      if (candidate.motherGuardianId !== null)
        either.push(eb('mother_guardian_id', '=', candidate.motherGuardianId));
      if (candidate.beneficiaryIds.length > 0)
        either.push(
          eb(
            'id',
            'in',
            eb
              .selectFrom('session_beneficiaries')
              .select('session_id')
              .where('beneficiary_id', 'in', candidate.beneficiaryIds),
          ),
        );
      return eb.or(either);
    })
    .execute();
  const people = await beneficiariesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    start: row.start_at,
    end: row.end_at,
    status: 'scheduled',
    serviceId: row.service_id,
    specialistId: row.specialist_id,
    roomId: row.room_id,
    groupId: row.group_id,
    seriesId: row.series_id,
    beneficiaryIds: people.get(row.id) ?? [],
    motherGuardianId: row.mother_guardian_id,
  }));
}

export async function beneficiariesOf(db: Db, sessionIds: number[]): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>();
  if (sessionIds.length === 0) return result;
  const rows = await db
    .selectFrom('session_beneficiaries')
    .select(['session_id', 'beneficiary_id'])
    .where('session_id', 'in', sessionIds)
    .execute();
  for (const row of rows)
    result.set(row.session_id, [...(result.get(row.session_id) ?? []), row.beneficiary_id]);
  return result;
}
