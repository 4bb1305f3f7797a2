import type { LastNote, NoteSession } from '../../../shared/contract/notes';
import type { Mark } from '../../../shared/domain/attendance';
import { isDeliveredMark } from '../../../shared/domain/notes';
import { peopleOfSessions } from '../attendance/sessions-read';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { HandlerContext } from '../registry';
import { assertServes, readableOf } from './access';
import { goalsOn } from './goals';
import { notesOfSessions, ratingsOf } from './note-store';

export async function sessionFacts(db: Db, sessionId: number) {
  const session = await db
    .selectFrom('sessions as s')
    .innerJoin('staff as st', 'st.id', 's.specialist_id')
    .leftJoin('groups as g', 'g.id', 's.group_id')
    .select([
      's.id',
      's.date',
      's.start_time',
      's.start_at',
      's.minutes',
      's.service_id',
      's.specialist_id',
      'st.family_name',
      'st.given_name',
      'g.name as group_name',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!session) throw new AppError('NOT_FOUND', `No session ${sessionId}`);
  return session;
}

export async function markOf(db: Db, sessionId: number, beneficiaryId: number): Promise<Mark | null> {
  const row = await db
    .selectFrom('attendance_marks')
    .select('mark')
    .where('session_id', '=', sessionId)
    .where('beneficiary_id', '=', beneficiaryId)
    .executeTakeFirst();
  return (row?.mark as Mark | undefined) ?? null;
}

export async function forSession(sessionId: number, { db, caller }: HandlerContext): Promise<NoteSession> {
  const session = await sessionFacts(db, sessionId);
  const everyone = await peopleOfSessions(db, [sessionId]);
  const readable = await readableOf(
    db,
    caller,
    everyone.map((p) => p.beneficiaryId),
  );
  const people = everyone.filter((p) => readable.has(p.beneficiaryId));
  const notes = await notesOfSessions(db, [sessionId]);
  const marks = await db
    .selectFrom('attendance_marks')
    .select(['beneficiary_id', 'mark'])
    .where('session_id', '=', sessionId)
    .execute();
  return {
    sessionId,
    date: session.date,
    startTime: session.start_time,
    minutes: session.minutes,
    serviceId: session.service_id,
    specialistId: session.specialist_id,
    specialistName: `${session.family_name} ${session.given_name}`.trim(),
    groupName: session.group_name,
    people: await Promise.all(
      people.map(async (person) => {
        const mark = (marks.find((m) => m.beneficiary_id === person.beneficiaryId)?.mark ??
          null) as Mark | null;
        return {
          beneficiaryId: person.beneficiaryId,
          name: person.name,
          mark,
          delivered: isDeliveredMark(mark),
          note: notes.find((n) => n.beneficiaryId === person.beneficiaryId) ?? null,
          goals: await goalsOn(db, person.beneficiaryId, session.date),
        };
      }),
    ),
  };
}

/** The person's latest note in the same service before this session, to start the new one from. */
export async function lastFor(
  input: { sessionId: number; beneficiaryId: number },
  { db, caller }: HandlerContext,
): Promise<LastNote | null> {
  await assertServes(db, caller, input.beneficiaryId);
  const session = await sessionFacts(db, input.sessionId);
  const row = await db
    .selectFrom('progress_notes as n')
    .innerJoin('sessions as s', 's.id', 'n.session_id')
    .select(['n.id', 'n.session_id', 's.date', 'n.what_was_done', 'n.observations'])
    .where('n.beneficiary_id', '=', input.beneficiaryId)
    .where('s.service_id', '=', session.service_id)
    .where('s.start_at', '<', session.start_at)
    .orderBy('s.start_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    sessionId: row.session_id,
    date: row.date,
    whatWasDone: row.what_was_done,
    observations: row.observations,
    ratings: (await ratingsOf(db, [row.id])).get(row.id) ?? [],
  };
}
