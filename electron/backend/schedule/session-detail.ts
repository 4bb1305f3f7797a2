import type { SessionDetails, SessionSeriesSummary } from '../../../shared/contract/schedule';
import {
  applyExceptions,
  expandSeries,
  type CancelReason,
  type ScheduledOccurrence,
} from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { centreToday } from '../people/today';
import { getService } from '../places';
import { readSeries } from './series-store';
import { readSession, type SessionRow } from './session-store';

/** One session for its details: the names of everyone in it and, for a series, what the series is. */
export async function sessionDetails(db: Db, id: number, now: Date): Promise<SessionDetails> {
  const row = await readSession(db, id);
  const service = await getService(db, row.service_id);
  const specialist = await db
    .selectFrom('staff')
    .select(['family_name', 'given_name', 'patronymic'])
    .where('id', '=', row.specialist_id)
    .executeTakeFirst();
  if (!specialist) throw new AppError('NOT_FOUND', `No staff ${row.specialist_id}`);
  const room =
    row.room_id === null
      ? undefined
      : await db.selectFrom('rooms').select(['id', 'name']).where('id', '=', row.room_id).executeTakeFirst();
  const people = await db
    .selectFrom('session_beneficiaries as sb')
    .innerJoin('beneficiaries as b', 'b.id', 'sb.beneficiary_id')
    .select(['b.id', 'b.family_name', 'b.given_name', 'b.patronymic'])
    .where('sb.session_id', '=', id)
    .orderBy('b.family_name')
    .orderBy('b.given_name')
    .execute();
  const mother =
    row.mother_guardian_id === null
      ? undefined
      : await db
          .selectFrom('guardians')
          .select(['id', 'family_name', 'given_name', 'patronymic', 'phone'])
          .where('id', '=', row.mother_guardian_id)
          .executeTakeFirst();
  return {
    id: row.id,
    seriesId: row.series_id,
    date: row.date,
    startTime: row.start_time,
    minutes: row.minutes,
    start: row.start_at,
    end: row.end_at,
    service: { id: service.id, names: service.names, colour: service.colour },
    specialist: { id: row.specialist_id, name: fullName(specialist) },
    room: room ? { id: room.id, name: room.name } : null,
    beneficiaries: people.map((person) => ({ id: person.id, name: fullName(person) })),
    mother: mother ? { id: mother.id, name: fullName(mother), phone: mother.phone } : null,
    status: row.status === 'cancelled' ? 'cancelled' : 'scheduled',
    cancelReason: row.status === 'cancelled' ? (row.cancel_reason as CancelReason | null) : null,
    cancelNote: row.status === 'cancelled' ? row.cancel_note : '',
    notes: row.notes,
    series: await seriesSummary(db, row, now),
  };
}

async function seriesSummary(db: Db, row: SessionRow, now: Date): Promise<SessionSeriesSummary | null> {
  if (row.series_id === null || row.original_date === null) return null;
  const series = await readSeries(db, row.series_id);
  const occurrences = applyExceptions(expandSeries(series.rule), series.exceptions);
  const own: ScheduledOccurrence | undefined = occurrences.find((o) => o.originalDate === row.original_date);
  const today = await centreToday(db, now);
  const scheduled = occurrences.filter((o) => o.status === 'scheduled');
  const { cancelled_at: cancelledAt } = await db
    .selectFrom('series')
    .select('cancelled_at')
    .where('id', '=', series.id)
    .executeTakeFirstOrThrow();
  return {
    rule: series.rule,
    originalDate: row.original_date,
    moved: own?.moved ?? false,
    changed: own ? Object.keys(own.changes).length > 0 : false,
    scheduledCount: scheduled.length,
    remainingCount: scheduled.filter((o) => o.date >= today).length,
    cancelledAt,
  };
}

function fullName(person: { family_name: string; given_name: string; patronymic: string }): string {
  return [person.family_name, person.given_name, person.patronymic].filter((part) => part !== '').join(' ');
}
