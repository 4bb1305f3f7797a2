import { sql } from 'kysely';
import {
  RETENTION_YEARS,
  type ArchivePerson,
  type RetentionPolicy,
} from '../../../shared/contract/data-export';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { syncRosterPeople } from '../groups/group-sessions';
import { readRoster } from '../groups/group-store';

export async function readPolicy(db: Db): Promise<RetentionPolicy> {
  const row = await db
    .selectFrom('retention_policy')
    .select('years_after_discharge')
    .where('id', '=', 1)
    .executeTakeFirst();
  return { yearsAfterDischarge: row?.years_after_discharge ?? RETENTION_YEARS.default };
}

export async function writePolicy(db: Db, policy: RetentionPolicy, now: Date): Promise<void> {
  const row = { years_after_discharge: policy.yearsAfterDischarge, updated_at: now.toISOString() };
  await db
    .insertInto('retention_policy')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

/** The last discharge date that is old enough on `today`: the same day `years` years earlier. */
export function latestArchivableDischarge(today: string, years: number): string {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  // 29 February minus a year becomes 28 February, never 1 March.
  const day = Math.min(d, new Date(Date.UTC(y - years, m, 0)).getUTCDate());
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const PERSON = [
  'id',
  'family_name',
  'given_name',
  'patronymic',
  'birth_date',
  'discharge_date',
  'discharge_reason',
  'archived_at',
] as const;

type PersonRow = {
  id: number;
  family_name: string;
  given_name: string;
  patronymic: string;
  birth_date: string;
  discharge_date: string | null;
  discharge_reason: string;
  archived_at: string | null;
};

function toPerson(row: PersonRow): ArchivePerson {
  return {
    id: row.id,
    familyName: row.family_name,
    givenName: row.given_name,
    patronymic: row.patronymic,
    birthDate: row.birth_date,
    dischargeDate: row.discharge_date ?? '',
    dischargeReason: row.discharge_reason,
    archivedAt: row.archived_at,
  };
}

/**
 * Archiving hides and deletes nothing, so it must leave nothing planned behind: someone with a session from today
 * on (their own or a group's, not cancelled) would still be expected on the Today board. They become candidates
 * once those sessions are cancelled or they have left the group.
 */
function candidatesQuery(db: Db, today: string, years: number) {
  return db
    .selectFrom('beneficiaries')
    .where('status', '=', 'discharged')
    .where('archived_at', 'is', null)
    .where('discharge_date', 'is not', null)
    .where('discharge_date', '<=', latestArchivableDischarge(today, years))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('session_beneficiaries as sb')
            .innerJoin('sessions as s', 's.id', 'sb.session_id')
            .select('sb.session_id')
            .whereRef('sb.beneficiary_id', '=', 'beneficiaries.id')
            .where('s.date', '>=', today)
            .where('s.status', '!=', 'cancelled'),
        ),
      ),
    );
}

export async function listCandidates(db: Db, today: string): Promise<ArchivePerson[]> {
  const { yearsAfterDischarge } = await readPolicy(db);
  const rows = await candidatesQuery(db, today, yearsAfterDischarge)
    .select(PERSON)
    .orderBy('discharge_date')
    .orderBy('search_text')
    .execute();
  return rows.map(toPerson);
}

/** All or none: a person who is not (or no longer) a candidate refuses the whole batch. */
export async function archivePeople(
  db: Db,
  ids: readonly number[],
  today: string,
  now: Date,
  userId: string | null,
): Promise<number> {
  const { yearsAfterDischarge } = await readPolicy(db);
  const found = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await candidatesQuery(db, today, yearsAfterDischarge)
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) found.add(row.id);
  }
  const refused = ids.filter((id) => !found.has(id));
  if (refused.length > 0) {
    throw new AppError('VALIDATION', `Not due for the archive: ${refused.join(', ')}`, {
      fields: { ids: { key: 'dataExport.validation.notArchivable' } },
      refused,
    });
  }
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable('beneficiaries')
      .set({ archived_at: now.toISOString(), archived_by: userId })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
  return ids.length;
}

export async function listArchived(db: Db): Promise<ArchivePerson[]> {
  const rows = await db
    .selectFrom('beneficiaries')
    .select(PERSON)
    .where('archived_at', 'is not', null)
    .orderBy('archived_at', 'desc')
    .orderBy('search_text')
    .execute();
  return rows.map(toPerson);
}

export async function restorePerson(db: Db, id: number, today: string): Promise<ArchivePerson> {
  const result = await db
    .updateTable('beneficiaries')
    .set({ archived_at: null, archived_by: null })
    .where('id', '=', id)
    .where('archived_at', 'is not', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', `No archived person ${id}`);
  // A group place left open while archived counts again: the person is back on the group's coming sessions.
  const groups = await db
    .selectFrom('group_enrolments')
    .select('group_id')
    .distinct()
    .where('beneficiary_id', '=', id)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
    .execute();
  for (const { group_id: groupId } of groups)
    await syncRosterPeople(db, groupId, await readRoster(db, groupId), today);
  const row = await db
    .selectFrom('beneficiaries')
    .select(PERSON)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

/** Whether a person's records are archived: hidden from lists, reachable only by those who manage the archive. */
export async function isArchived(db: Db, id: number): Promise<boolean> {
  const { rows } = await sql<{
    a: string | null;
  }>`select archived_at as a from beneficiaries where id = ${id}`.execute(db);
  return rows[0]?.a != null;
}
