import {
  addMinutesToInstant,
  applyExceptions,
  expandSeries,
  planSeriesSync,
  zonedInstant,
  type CancelReason,
  type Cancellation,
  type ScheduledOccurrence,
  type StoredOccurrence,
} from '../../../shared/domain/scheduling';
import type { Selectable } from 'kysely';
import type { Db } from '../db/connection';
import type { SessionsTable } from '../db/schema';
import { AppError } from '../errors';
import type { StoredSeries } from './series-store';

/** Session rows: one per session, so that the calendar and the conflict checks are plain index lookups. */

export type SessionRow = Selectable<SessionsTable>;

/** What a written session holds, before its instants are worked out in the centre's zone. */
export interface SessionFields {
  seriesId: number | null;
  originalDate: string | null;
  serviceId: number;
  specialistId: number;
  roomId: number | null;
  motherGuardianId: number | null;
  date: string;
  startTime: string;
  minutes: number;
  cancelled: Cancellation | null;
  notes: string;
}

export async function readSession(db: Db, id: number): Promise<SessionRow> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No session ${id}`);
  return row;
}

function columns(fields: SessionFields, timeZone: string, now: Date) {
  const start = zonedInstant(fields.date, fields.startTime, timeZone);
  return {
    series_id: fields.seriesId,
    original_date: fields.originalDate,
    service_id: fields.serviceId,
    specialist_id: fields.specialistId,
    room_id: fields.roomId,
    mother_guardian_id: fields.motherGuardianId,
    date: fields.date,
    start_time: fields.startTime,
    minutes: fields.minutes,
    start_at: start,
    end_at: addMinutesToInstant(start, fields.minutes),
    status: fields.cancelled ? 'cancelled' : 'scheduled',
    cancel_reason: fields.cancelled?.reason ?? null,
    cancel_note: fields.cancelled?.note ?? '',
    notes: fields.notes,
    updated_at: now.toISOString(),
  };
}

export async function insertSession(
  db: Db,
  fields: SessionFields,
  beneficiaryIds: number[],
  timeZone: string,
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('sessions')
    .values({ ...columns(fields, timeZone, now), created_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (beneficiaryIds.length > 0)
    await db
      .insertInto('session_beneficiaries')
      .values(beneficiaryIds.map((beneficiaryId) => ({ session_id: row.id, beneficiary_id: beneficiaryId })))
      .execute();
  return row.id;
}

export async function updateSession(
  db: Db,
  id: number,
  fields: SessionFields,
  timeZone: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set(columns(fields, timeZone, now))
    .where('id', '=', id)
    .execute();
}

export function rowCancellation(row: Pick<SessionRow, 'status' | 'cancel_reason' | 'cancel_note'>) {
  return row.status === 'cancelled' && row.cancel_reason !== null
    ? { reason: row.cancel_reason as CancelReason, note: row.cancel_note }
    : null;
}

/** A session of a series as the series and its exception for that date make it. */
export function occurrenceFields(series: StoredSeries, occurrence: ScheduledOccurrence): SessionFields {
  return {
    seriesId: series.id,
    originalDate: occurrence.originalDate,
    serviceId: series.serviceId,
    specialistId: occurrence.changes.specialistId ?? series.specialistId,
    roomId: occurrence.changes.roomId ?? series.roomId,
    motherGuardianId: series.motherGuardianId,
    date: occurrence.date,
    startTime: occurrence.startTime,
    minutes: occurrence.durationMinutes,
    cancelled: occurrence.cancelled,
    notes: occurrence.changes.notes ?? series.notes,
  };
}

/** A session row written anew by a series sync, with what it was written from. */
export interface Written {
  id: number;
  occurrence: ScheduledOccurrence;
  fields: SessionFields;
}

/**
 * Brings the session rows of a series in line with its rule and exceptions. Rows dated before `keepBefore`
 * are history and stay as they are. Returns the rows inserted or changed.
 */
export async function syncSeriesRows(
  db: Db,
  series: StoredSeries,
  keepBefore: string | null,
  timeZone: string,
  now: Date,
): Promise<Written[]> {
  const rows = await db.selectFrom('sessions').selectAll().where('series_id', '=', series.id).execute();
  // A row's differences from its series are what the sync compares with the exceptions' changes.
  const stored = rows.map((row): StoredOccurrence => ({
    id: row.id,
    originalDate: row.original_date ?? row.date,
    date: row.date,
    startTime: row.start_time,
    durationMinutes: row.minutes,
    status: row.status === 'cancelled' ? 'cancelled' : 'scheduled',
    cancelled: rowCancellation(row),
    changes: {
      ...(row.room_id !== series.roomId && row.room_id !== null ? { roomId: row.room_id } : {}),
      ...(row.specialist_id !== series.specialistId ? { specialistId: row.specialist_id } : {}),
      ...(row.notes !== series.notes ? { notes: row.notes } : {}),
    },
  }));
  const desired = applyExceptions(expandSeries(series.rule), series.exceptions);
  const plan = planSeriesSync(stored, desired, keepBefore);
  if (plan.delete.length > 0) await db.deleteFrom('sessions').where('id', 'in', plan.delete).execute();
  const written: Written[] = [];
  for (const { id, occurrence } of plan.update) {
    const fields = occurrenceFields(series, occurrence);
    await updateSession(db, id, fields, timeZone, now);
    written.push({ id, occurrence, fields });
  }
  for (const occurrence of plan.insert) {
    const fields = occurrenceFields(series, occurrence);
    const id = await insertSession(db, fields, [series.beneficiaryId], timeZone, now);
    written.push({ id, occurrence, fields });
  }
  return written.sort((a, b) =>
    (a.fields.date + a.fields.startTime).localeCompare(b.fields.date + b.fields.startTime),
  );
}
