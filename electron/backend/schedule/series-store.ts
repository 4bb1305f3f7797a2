import {
  fromRRuleString,
  toRRuleString,
  type OccurrenceException,
  type Series,
  type SeriesPlan,
} from '../../../shared/domain/scheduling';
import type { CancelReason } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';

/** Series rows and their exceptions, to and from the domain's Series. */

export type StoredSeries = Omit<Series, 'groupId' | 'beneficiaryId'> & { beneficiaryId: number };

export async function readSeries(db: Db, id: number): Promise<StoredSeries> {
  const row = await db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No series ${id}`);
  const rule = fromRRuleString(row.rrule, row.duration_minutes);
  if (!rule) throw new Error(`Series ${id} has a rule this version cannot read: ${row.rrule}`);
  const exceptions = await db
    .selectFrom('series_exceptions')
    .selectAll()
    .where('series_id', '=', id)
    .orderBy('original_date')
    .execute();
  return {
    id: row.id,
    serviceId: row.service_id,
    specialistId: row.specialist_id,
    roomId: row.room_id,
    beneficiaryId: row.beneficiary_id,
    motherGuardianId: row.mother_guardian_id,
    notes: row.notes,
    rule,
    exceptions: exceptions.map((e): OccurrenceException => ({
      originalDate: e.original_date,
      cancelled:
        e.cancelled_reason === null
          ? null
          : { reason: e.cancelled_reason as CancelReason, note: e.cancelled_note },
      moved:
        e.moved_date === null || e.moved_time === null || e.moved_minutes === null
          ? null
          : { date: e.moved_date, startTime: e.moved_time, durationMinutes: e.moved_minutes },
      changes: {
        ...(e.room_id === null ? {} : { roomId: e.room_id }),
        ...(e.specialist_id === null ? {} : { specialistId: e.specialist_id }),
        ...(e.notes === null ? {} : { notes: e.notes }),
      },
      kept: e.kept_note === null ? null : { note: e.kept_note },
    })),
  };
}

type SeriesFields = Omit<StoredSeries, 'id' | 'exceptions'>;

function seriesColumns(series: SeriesFields) {
  return {
    service_id: series.serviceId,
    specialist_id: series.specialistId,
    room_id: series.roomId,
    beneficiary_id: series.beneficiaryId,
    mother_guardian_id: series.motherGuardianId,
    rrule: toRRuleString(series.rule),
    duration_minutes: series.rule.durationMinutes,
    notes: series.notes,
  };
}

export async function insertSeries(db: Db, series: SeriesFields, now: Date): Promise<number> {
  const stamp = now.toISOString();
  const row = await db
    .insertInto('series')
    .values({ ...seriesColumns(series), created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSeries(db: Db, series: StoredSeries, now: Date): Promise<void> {
  await db
    .updateTable('series')
    .set({ ...seriesColumns(series), updated_at: now.toISOString() })
    .where('id', '=', series.id)
    .execute();
}

/** Makes the stored exceptions of a series exactly the plan's. */
export async function writeExceptions(db: Db, seriesId: number, plan: SeriesPlan): Promise<void> {
  await db.deleteFrom('series_exceptions').where('series_id', '=', seriesId).execute();
  if (plan.exceptions.length === 0) return;
  await db
    .insertInto('series_exceptions')
    .values(
      plan.exceptions.map((e) => ({
        series_id: seriesId,
        original_date: e.originalDate,
        cancelled_reason: e.cancelled?.reason ?? null,
        cancelled_note: e.cancelled?.note ?? '',
        moved_date: e.moved?.date ?? null,
        moved_time: e.moved?.startTime ?? null,
        moved_minutes: e.moved?.durationMinutes ?? null,
        room_id: e.changes.roomId ?? null,
        specialist_id: e.changes.specialistId ?? null,
        notes: e.changes.notes ?? null,
        kept_note: e.kept?.note ?? null,
      })),
    )
    .execute();
}
