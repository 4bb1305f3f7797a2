import type { MarkChange, MarkSnapshot, MarkView } from '../../../shared/contract/attendance';
import type { Mark } from '../../../shared/domain/attendance';
import type { Db } from '../db/connection';
import type { AttendanceMarksTable } from '../db/schema';

/** Attendance marks and their corrections: one row per person per session, and a row per correction. */

export function markView(row: AttendanceMarksTable): MarkView {
  return {
    mark: row.mark as Mark,
    arrivedAt: row.arrived_at,
    departedAt: row.departed_at,
    reason: row.reason,
    note: row.note,
    markedAt: row.marked_at,
    markedBy: row.marked_by,
  };
}

function snapshot(view: MarkSnapshot): MarkSnapshot {
  return {
    mark: view.mark,
    arrivedAt: view.arrivedAt,
    departedAt: view.departedAt,
    reason: view.reason,
    note: view.note,
  };
}

function sameMark(a: MarkSnapshot, b: MarkSnapshot): boolean {
  return JSON.stringify(snapshot(a)) === JSON.stringify(snapshot(b));
}

export async function readMark(db: Db, sessionId: number, beneficiaryId: number): Promise<MarkView | null> {
  const row = await db
    .selectFrom('attendance_marks')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('beneficiary_id', '=', beneficiaryId)
    .executeTakeFirst();
  return row ? markView(row) : null;
}

/** The marks of these sessions, keyed "sessionId|beneficiaryId". */
export async function marksOfSessions(db: Db, sessionIds: readonly number[]): Promise<Map<string, MarkView>> {
  const marks = new Map<string, MarkView>();
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db
      .selectFrom('attendance_marks')
      .selectAll()
      .where('session_id', 'in', sessionIds.slice(i, i + 500))
      .execute();
    for (const row of rows) marks.set(`${row.session_id}|${row.beneficiary_id}`, markView(row));
  }
  return marks;
}

export interface MarkWrite {
  sessionId: number;
  beneficiaryId: number;
  fields: MarkSnapshot;
  by: string | null;
  now: Date;
}

/**
 * Records a mark. Replacing a different one records the correction with the mark before and after; sending the
 * same mark again changes nothing, so a double click leaves no trace. Returns the mark before, if any.
 */
export async function writeMark(
  db: Db,
  write: MarkWrite,
): Promise<{ before: MarkView | null; view: MarkView }> {
  const before = await readMark(db, write.sessionId, write.beneficiaryId);
  if (before && sameMark(before, write.fields)) return { before, view: before };
  const at = write.now.toISOString();
  const row: AttendanceMarksTable = {
    session_id: write.sessionId,
    beneficiary_id: write.beneficiaryId,
    mark: write.fields.mark,
    arrived_at: write.fields.arrivedAt,
    departed_at: write.fields.departedAt,
    reason: write.fields.reason,
    note: write.fields.note,
    marked_at: at,
    marked_by: write.by,
  };
  await db
    .insertInto('attendance_marks')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['session_id', 'beneficiary_id']).doUpdateSet({
        mark: row.mark,
        arrived_at: row.arrived_at,
        departed_at: row.departed_at,
        reason: row.reason,
        note: row.note,
        marked_at: row.marked_at,
        marked_by: row.marked_by,
      }),
    )
    .execute();
  if (before)
    await db
      .insertInto('attendance_changes')
      .values({
        session_id: write.sessionId,
        beneficiary_id: write.beneficiaryId,
        changed_at: at,
        changed_by: write.by,
        before_json: JSON.stringify(snapshot(before)),
        after_json: JSON.stringify(write.fields),
      })
      .execute();
  return { before, view: markView(row) };
}

export async function markChanges(db: Db, sessionId: number, beneficiaryId: number): Promise<MarkChange[]> {
  const rows = await db
    .selectFrom('attendance_changes')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('beneficiary_id', '=', beneficiaryId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as MarkSnapshot),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as MarkSnapshot),
  }));
}
