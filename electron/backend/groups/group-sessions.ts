import type { SessionClashes } from '../../../shared/contract/schedule';
import {
  applyExceptions,
  expandSeries,
  rosterOn,
  type Decision,
  type Enrolment,
} from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { decide } from '../schedule/book';
import type { ClashLoader } from '../schedule/clash-context';
import { candidateOf } from '../schedule/checks';
import { insertSession, type SessionRow, type Written } from '../schedule/session-store';
import type { StoredGroup } from './group-store';

/**
 * A group's sessions: one session row per date its timetable gives, with group_id set and no series. Its people
 * are the roster on its date, so a roster change rewrites the people of later sessions only.
 */

/**
 * Whether a group session was moved or cancelled on its own (or skipped or moved by a decision on a closure):
 * such a session keeps its change when the group's timetable is rewritten.
 */
export function isDetached(row: Pick<SessionRow, 'group_detached'>): boolean {
  return row.group_detached === 1;
}

/**
 * Writes the sessions the timetable gives from `from` on (all of them when null). Sessions already there from
 * `from` on are replaced, except detached ones; sessions before `from` are history and stay.
 */
export async function writeTimetable(
  db: Db,
  group: StoredGroup,
  from: string | null,
  decisions: Decision[],
  roster: readonly Enrolment[],
  timeZone: string,
  now: Date,
): Promise<Written[]> {
  if (from !== null) {
    const rows = await db
      .selectFrom('sessions')
      .selectAll()
      .where('group_id', '=', group.id)
      .where('date', '>=', from)
      .execute();
    const stale = rows.filter((row) => !isDetached(row)).map((row) => row.id);
    if (stale.length > 0) await db.deleteFrom('sessions').where('id', 'in', stale).execute();
  }
  const kept = await db
    .selectFrom('sessions')
    .select('group_original_date')
    .where('group_id', '=', group.id)
    .execute();
  const taken = new Set(kept.map((row) => row.group_original_date));
  const plan = decide({ rule: group.rule, exceptions: [] }, decisions);
  const wanted = applyExceptions(expandSeries(plan.rule), plan.exceptions).filter(
    (o) => !taken.has(o.originalDate) && (from === null || (o.originalDate >= from && o.date >= from)),
  );
  const written: Written[] = [];
  for (const occurrence of wanted) {
    const fields = {
      seriesId: null,
      originalDate: null,
      serviceId: group.serviceId,
      specialistId: group.teacherId,
      roomId: group.roomId,
      motherGuardianId: null,
      date: occurrence.date,
      startTime: occurrence.startTime,
      minutes: occurrence.durationMinutes,
      cancelled: occurrence.cancelled,
      notes: '',
    };
    const id = await insertSession(db, fields, rosterOn(roster, occurrence.date), timeZone, now);
    await db
      .updateTable('sessions')
      .set({
        group_id: group.id,
        group_original_date: occurrence.originalDate,
        group_detached: occurrence.cancelled || occurrence.moved ? 1 : 0,
      })
      .where('id', '=', id)
      .execute();
    written.push({ id, occurrence, fields });
  }
  return written;
}

/**
 * The clashes of written group sessions with the teacher's, the room's and the enrolled people's other sessions,
 * and the teacher's hours. Age band and eligibility belong to each enrolment and are checked there; closures and
 * leave were decided on (a kept session is not asked about again).
 */
export async function timetableClashes(
  loader: ClashLoader,
  written: readonly Written[],
  roster: readonly Enrolment[],
): Promise<SessionClashes[]> {
  const result: SessionClashes[] = [];
  for (const { id, occurrence, fields } of written) {
    if (fields.cancelled) continue;
    const people = rosterOn(roster, fields.date);
    const clashes = (await loader.clashes(candidateOf(id, fields, people))).filter(
      (clash) =>
        clash.kind !== 'outside_age_band' &&
        clash.kind !== 'not_eligible' &&
        !(occurrence.kept && (clash.kind === 'closed_day' || clash.kind === 'on_leave')),
    );
    result.push({
      originalDate: occurrence.originalDate,
      date: fields.date,
      startTime: fields.startTime,
      clashes,
    });
  }
  return result;
}

/**
 * Makes the people of the group's sessions dated in [from, to] exactly the roster on each one's date, cancelled
 * sessions included (they record who would have come). Earlier sessions keep who was enrolled then.
 */
export async function syncRosterPeople(
  db: Db,
  groupId: number,
  roster: readonly Enrolment[],
  from: string,
  to: string | null = null,
): Promise<void> {
  let query = db
    .selectFrom('sessions')
    .select(['id', 'date'])
    .where('group_id', '=', groupId)
    .where('date', '>=', from);
  if (to !== null) query = query.where('date', '<=', to);
  const sessions = await query.execute();
  if (sessions.length === 0) return;
  const ids = sessions.map((s) => s.id);
  await db.deleteFrom('session_beneficiaries').where('session_id', 'in', ids).execute();
  const rows = sessions.flatMap((s) =>
    rosterOn(roster, s.date).map((beneficiaryId) => ({ session_id: s.id, beneficiary_id: beneficiaryId })),
  );
  // SQLite limits the variables of one statement; a term of a full group stays well inside it per chunk.
  for (let i = 0; i < rows.length; i += 400)
    await db
      .insertInto('session_beneficiaries')
      .values(rows.slice(i, i + 400))
      .execute();
}
