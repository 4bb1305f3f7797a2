import type { NoteRating, ProgressNote } from '../../../shared/contract/notes';
import { isGasLevel, type NoteStatus } from '../../../shared/domain/notes';
import type { Db } from '../db/connection';

/** Progress notes as stored: one per person per session, with its ratings and amendments. */

function staffName(family: string | null, given: string | null): string | null {
  return family === null ? null : [family, given].filter(Boolean).join(' ');
}

export async function ratingsOf(db: Db, noteIds: readonly number[]): Promise<Map<number, NoteRating[]>> {
  const byNote = new Map<number, NoteRating[]>();
  if (noteIds.length === 0) return byNote;
  const rows = await db
    .selectFrom('progress_note_ratings as r')
    .innerJoin('programme_goals as g', 'g.id', 'r.goal_id')
    .select(['r.note_id', 'r.goal_id', 'r.level'])
    .where('r.note_id', 'in', noteIds)
    .orderBy('g.programme_id')
    .orderBy('g.position')
    .orderBy('g.id')
    .execute();
  for (const row of rows) {
    if (!isGasLevel(row.level)) continue;
    byNote.set(row.note_id, [...(byNote.get(row.note_id) ?? []), { goalId: row.goal_id, level: row.level }]);
  }
  return byNote;
}

function noteQuery(db: Db) {
  return db
    .selectFrom('progress_notes as n')
    .leftJoin('staff as a', 'a.id', 'n.author_staff_id')
    .leftJoin('staff as s', 's.id', 'n.signed_staff_id')
    .select([
      'n.id',
      'n.session_id',
      'n.beneficiary_id',
      'n.status',
      'n.what_was_done',
      'n.observations',
      'n.created_at',
      'n.updated_at',
      'n.signed_at',
      'a.family_name as author_family',
      'a.given_name as author_given',
      's.family_name as signer_family',
      's.given_name as signer_given',
    ]);
}

/** The notes of these sessions, whole: ratings and amendments included. */
export async function notesOfSessions(db: Db, sessionIds: readonly number[]): Promise<ProgressNote[]> {
  if (sessionIds.length === 0) return [];
  const rows = await noteQuery(db).where('n.session_id', 'in', sessionIds).execute();
  const ids = rows.map((row) => row.id);
  const ratings = await ratingsOf(db, ids);
  const amendments =
    ids.length === 0
      ? []
      : await db
          .selectFrom('progress_note_amendments as m')
          .leftJoin('staff as a', 'a.id', 'm.author_staff_id')
          .select(['m.id', 'm.note_id', 'm.text', 'm.created_at', 'a.family_name', 'a.given_name'])
          .where('m.note_id', 'in', ids)
          .orderBy('m.id')
          .execute();
  return rows.map((row) => ({
    id: row.id,
    sessionId: row.session_id,
    beneficiaryId: row.beneficiary_id,
    status: row.status as NoteStatus,
    whatWasDone: row.what_was_done,
    observations: row.observations,
    ratings: ratings.get(row.id) ?? [],
    authorName: staffName(row.author_family, row.author_given),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    signedByName: staffName(row.signer_family, row.signer_given),
    amendments: amendments
      .filter((m) => m.note_id === row.id)
      .map((m) => ({
        id: m.id,
        text: m.text,
        authorName: staffName(m.family_name, m.given_name),
        createdAt: m.created_at,
      })),
  }));
}

export async function readNote(
  db: Db,
  sessionId: number,
  beneficiaryId: number,
): Promise<ProgressNote | null> {
  const notes = await notesOfSessions(db, [sessionId]);
  return notes.find((note) => note.beneficiaryId === beneficiaryId) ?? null;
}

export async function noteKey(db: Db, noteId: number) {
  return db
    .selectFrom('progress_notes')
    .select(['id', 'session_id', 'beneficiary_id', 'status'])
    .where('id', '=', noteId)
    .executeTakeFirst();
}

export interface NoteWrite {
  sessionId: number;
  beneficiaryId: number;
  whatWasDone: string;
  observations: string;
  ratings: readonly NoteRating[];
}

/** Writes a draft's content and replaces its ratings; the note is created on its first save. */
export async function writeDraft(
  db: Db,
  note: NoteWrite,
  author: { userId: string | null; staffId: number | null },
  now: string,
): Promise<number> {
  const existing = await db
    .selectFrom('progress_notes')
    .select('id')
    .where('session_id', '=', note.sessionId)
    .where('beneficiary_id', '=', note.beneficiaryId)
    .executeTakeFirst();
  let id: number;
  if (existing) {
    id = existing.id;
    await db
      .updateTable('progress_notes')
      .set({ what_was_done: note.whatWasDone, observations: note.observations, updated_at: now })
      .where('id', '=', id)
      .execute();
    await db.deleteFrom('progress_note_ratings').where('note_id', '=', id).execute();
  } else {
    ({ id } = await db
      .insertInto('progress_notes')
      .values({
        session_id: note.sessionId,
        beneficiary_id: note.beneficiaryId,
        status: 'draft',
        what_was_done: note.whatWasDone,
        observations: note.observations,
        author_by: author.userId,
        author_staff_id: author.staffId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  }
  if (note.ratings.length > 0)
    await db
      .insertInto('progress_note_ratings')
      .values(note.ratings.map((r) => ({ note_id: id, goal_id: r.goalId, level: r.level })))
      .execute();
  return id;
}

export async function markSigned(
  db: Db,
  noteId: number,
  signer: { userId: string | null; staffId: number | null },
  now: string,
): Promise<void> {
  await db
    .updateTable('progress_notes')
    .set({
      status: 'signed',
      signed_at: now,
      signed_by: signer.userId,
      signed_staff_id: signer.staffId,
      updated_at: now,
    })
    .where('id', '=', noteId)
    .execute();
}
