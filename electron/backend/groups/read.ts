import type { ParsedInput } from '../../../shared/contract';
import type { GroupDetail, GroupSummary, RosterEntry } from '../../../shared/contract/groups';
import { fromRRuleString, rosterOn, type Enrolment } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { centreToday } from '../people/today';
import { readEntries } from '../waiting/store';
import { isDetached } from './group-sessions';

/** The list of groups and one group's page: roster, waiting list, next sessions. */

type ListInput = ParsedInput<'groups.list'>;

async function summaries(
  db: Db,
  today: string,
  filter: ListInput & { id?: number },
): Promise<GroupSummary[]> {
  let query = db
    .selectFrom('groups as g')
    .innerJoin('staff as st', 'st.id', 'g.teacher_id')
    .leftJoin('rooms as r', 'r.id', 'g.room_id')
    .selectAll('g')
    .select(['st.family_name', 'st.given_name', 'r.name as room_name']);
  if (!filter.includeInactive) query = query.where('g.active', '=', 1);
  if (filter.serviceId !== undefined) query = query.where('g.service_id', '=', filter.serviceId);
  if (filter.id !== undefined) query = query.where('g.id', '=', filter.id);
  const rows = await query.orderBy('g.name').orderBy('g.id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  // Archived people (retention) are in no roster or queue: their history stays in their archived file.
  const enrolments = await db
    .selectFrom('group_enrolments as e')
    .innerJoin('beneficiaries as b', 'b.id', 'e.beneficiary_id')
    .select(['e.group_id', 'e.beneficiary_id', 'e.start_date', 'e.end_date'])
    .where('e.group_id', 'in', ids)
    .where('b.archived_at', 'is', null)
    .execute();
  const waiting = await db
    .selectFrom('waiting_list as w')
    .innerJoin('beneficiaries as b', 'b.id', 'w.beneficiary_id')
    .select(['w.group_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('w.group_id', 'in', ids)
    .where('w.status', 'in', ['waiting', 'offered'])
    .where('b.archived_at', 'is', null)
    .groupBy('w.group_id')
    .execute();
  return rows.map((row) => {
    const schedule = fromRRuleString(row.rrule, row.duration_minutes);
    if (!schedule) throw new Error(`Group ${row.id} has a rule this version cannot read: ${row.rrule}`);
    const roster: Enrolment[] = enrolments
      .filter((e) => e.group_id === row.id)
      .map((e) => ({ beneficiaryId: e.beneficiary_id, startDate: e.start_date, endDate: e.end_date }));
    const countedOn = schedule.startDate > today ? schedule.startDate : today;
    const enrolled = rosterOn(roster, countedOn).length;
    return {
      id: row.id,
      name: row.name,
      serviceId: row.service_id,
      teacherId: row.teacher_id,
      teacherName: `${row.family_name} ${row.given_name.slice(0, 1)}.`,
      roomId: row.room_id,
      roomName: row.room_name,
      capacity: row.capacity,
      minAgeMonths: row.min_age_months,
      maxAgeMonths: row.max_age_months,
      schedule,
      notes: row.notes,
      active: row.active === 1,
      enrolled,
      free: Math.max(0, row.capacity - enrolled),
      waiting: Number(waiting.find((w) => w.group_id === row.id)?.count ?? 0),
      countedOn,
    };
  });
}

export async function listGroups(db: Db, input: ListInput, now: Date): Promise<GroupSummary[]> {
  return summaries(db, await centreToday(db, now), input);
}

export async function getGroup(db: Db, id: number, now: Date): Promise<GroupDetail> {
  const today = await centreToday(db, now);
  const [summary] = await summaries(db, today, { id, includeInactive: true });
  if (!summary) throw new AppError('NOT_FOUND', `No group ${id}`);
  const people = await db
    .selectFrom('group_enrolments as e')
    .innerJoin('beneficiaries as b', 'b.id', 'e.beneficiary_id')
    .select(['e.id', 'e.beneficiary_id', 'e.start_date', 'e.end_date'])
    .select(['b.family_name', 'b.given_name', 'b.patronymic', 'b.birth_date'])
    .where('e.group_id', '=', id)
    .where('b.archived_at', 'is', null)
    .orderBy('e.start_date')
    .orderBy('b.family_name')
    .orderBy('b.given_name')
    .execute();
  const roster = people.map((p): RosterEntry => ({
    enrolmentId: p.id,
    beneficiaryId: p.beneficiary_id,
    name: [p.family_name, p.given_name, p.patronymic].filter(Boolean).join(' '),
    birthDate: p.birth_date,
    startDate: p.start_date,
    endDate: p.end_date,
  }));
  const sessions = await db
    .selectFrom('sessions as s')
    .selectAll('s')
    .select((eb) =>
      eb
        .selectFrom('session_beneficiaries as sb')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('sb.session_id', '=', 's.id')
        .as('enrolled'),
    )
    .where('s.group_id', '=', id)
    .where('s.date', '>=', today)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .limit(20)
    .execute();
  return {
    ...summary,
    roster,
    waitingList: await readEntries(db, { groupId: id }),
    upcoming: sessions.map((s) => ({
      id: s.id,
      date: s.date,
      startTime: s.start_time,
      minutes: s.minutes,
      status: s.status === 'cancelled' ? 'cancelled' : 'scheduled',
      detached: isDetached(s),
      enrolled: Number(s.enrolled ?? 0),
    })),
  };
}
