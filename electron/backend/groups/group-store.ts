import {
  fromRRuleString,
  toRRuleString,
  type Enrolment,
  type SeriesRule,
} from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';

/** Group rows and their enrolments, to and from what the group rules work with. */

export interface StoredGroup {
  id: number;
  name: string;
  serviceId: number;
  teacherId: number;
  roomId: number | null;
  capacity: number;
  minAgeMonths: number | null;
  maxAgeMonths: number | null;
  rule: SeriesRule;
  notes: string;
  active: boolean;
}

export type GroupFields = Omit<StoredGroup, 'id'>;

export interface StoredEnrolment extends Enrolment {
  id: number;
}

export async function readGroup(db: Db, id: number): Promise<StoredGroup> {
  const row = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No group ${id}`);
  const rule = fromRRuleString(row.rrule, row.duration_minutes);
  if (!rule) throw new Error(`Group ${id} has a rule this version cannot read: ${row.rrule}`);
  return {
    id: row.id,
    name: row.name,
    serviceId: row.service_id,
    teacherId: row.teacher_id,
    roomId: row.room_id,
    capacity: row.capacity,
    minAgeMonths: row.min_age_months,
    maxAgeMonths: row.max_age_months,
    rule,
    notes: row.notes,
    active: row.active === 1,
  };
}

function groupColumns(group: GroupFields) {
  return {
    name: group.name,
    service_id: group.serviceId,
    teacher_id: group.teacherId,
    room_id: group.roomId,
    capacity: group.capacity,
    min_age_months: group.minAgeMonths,
    max_age_months: group.maxAgeMonths,
    rrule: toRRuleString(group.rule),
    duration_minutes: group.rule.durationMinutes,
    notes: group.notes,
    active: group.active ? 1 : 0,
  };
}

export async function insertGroup(db: Db, group: GroupFields, now: Date): Promise<number> {
  const stamp = now.toISOString();
  const row = await db
    .insertInto('groups')
    .values({ ...groupColumns(group), created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateGroupRow(db: Db, group: StoredGroup, now: Date): Promise<void> {
  await db
    .updateTable('groups')
    .set({ ...groupColumns(group), updated_at: now.toISOString() })
    .where('id', '=', group.id)
    .execute();
}

/** Every enrolment of a group, current and past, in start order. */
export async function readRoster(db: Db, groupId: number): Promise<StoredEnrolment[]> {
  const rows = await db
    .selectFrom('group_enrolments as e')
    .innerJoin('beneficiaries as b', 'b.id', 'e.beneficiary_id')
    .select(['e.id', 'e.beneficiary_id', 'e.start_date', 'e.end_date'])
    .where('e.group_id', '=', groupId)
    // An enrolment an archived person left open holds no place and puts them on no session written from now on;
    // the rows stay, so a restore brings the place back.
    .where('b.archived_at', 'is', null)
    .orderBy('e.start_date')
    .orderBy('e.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    startDate: row.start_date,
    endDate: row.end_date,
  }));
}

/** The group's own age band when it has one, else its service's. */
export function ageBandOf(
  group: Pick<StoredGroup, 'minAgeMonths' | 'maxAgeMonths'>,
  service: { minAgeMonths: number | null; maxAgeMonths: number | null },
): { minAgeMonths: number | null; maxAgeMonths: number | null } {
  const own = group.minAgeMonths !== null || group.maxAgeMonths !== null;
  const band = own ? group : service;
  return { minAgeMonths: band.minAgeMonths, maxAgeMonths: band.maxAgeMonths };
}
