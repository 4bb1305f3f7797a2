import { addDays } from '../../../shared/domain/calendar';
import { fullName } from '../../../shared/domain/people';
import { zonedInstant } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';

/** The sessions of a date range and their people, as attendance reads them. */

export interface SessionScope {
  groupId?: number | undefined;
  serviceId?: number | undefined;
  specialistId?: number | undefined;
}

/** Sessions starting on the dates from..to (inclusive, in the centre's zone), by start; cancelled ones too. */
export async function sessionsBetween(
  db: Db,
  from: string,
  to: string,
  timeZone: string,
  scope: SessionScope = {},
) {
  let query = db
    .selectFrom('sessions as s')
    .innerJoin('services as sv', 'sv.id', 's.service_id')
    .innerJoin('staff as st', 'st.id', 's.specialist_id')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .leftJoin('groups as g', 'g.id', 's.group_id')
    .select([
      's.id',
      's.date',
      's.start_time',
      's.minutes',
      's.service_id',
      'sv.code as service_code',
      's.specialist_id',
      'st.family_name as specialist_family_name',
      'st.given_name as specialist_given_name',
      'r.name as room_name',
      's.group_id',
      'g.name as group_name',
      's.status',
      's.cancel_reason',
      's.cancel_note',
    ])
    .where('s.start_at', '>=', zonedInstant(from, '00:00', timeZone))
    .where('s.start_at', '<', zonedInstant(addDays(to, 1), '00:00', timeZone));
  if (scope.groupId !== undefined) query = query.where('s.group_id', '=', scope.groupId);
  if (scope.serviceId !== undefined) query = query.where('s.service_id', '=', scope.serviceId);
  if (scope.specialistId !== undefined) query = query.where('s.specialist_id', '=', scope.specialistId);
  return query.orderBy('s.start_at').orderBy('s.id').execute();
}

export type SessionRead = Awaited<ReturnType<typeof sessionsBetween>>[number];

export interface SessionPerson {
  sessionId: number;
  beneficiaryId: number;
  familyName: string;
  givenName: string;
  patronymic: string;
  name: string;
}

/** The people of these sessions, by family and given name. */
export async function peopleOfSessions(db: Db, sessionIds: readonly number[]): Promise<SessionPerson[]> {
  const people: SessionPerson[] = [];
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db
      .selectFrom('session_beneficiaries as sb')
      .innerJoin('beneficiaries as b', 'b.id', 'sb.beneficiary_id')
      .select(['sb.session_id', 'b.id', 'b.family_name', 'b.given_name', 'b.patronymic'])
      .where('sb.session_id', 'in', sessionIds.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      const name = { familyName: row.family_name, givenName: row.given_name, patronymic: row.patronymic };
      people.push({ sessionId: row.session_id, beneficiaryId: row.id, ...name, name: fullName(name) });
    }
  }
  return people.sort(
    (a, b) =>
      a.familyName.localeCompare(b.familyName) ||
      a.givenName.localeCompare(b.givenName) ||
      a.beneficiaryId - b.beneficiaryId,
  );
}
