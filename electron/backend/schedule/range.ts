import type { ParsedInput } from '../../../shared/contract';
import type { CalendarSession } from '../../../shared/contract/schedule';
import { addDays } from '../../../shared/domain/calendar';
import { zonedInstant, type CancelReason } from '../../../shared/domain/scheduling';
import type { Db } from '../db/connection';
import { readSettings } from '../settings/repository';

/**
 * The sessions of a date range for the calendar: one indexed range over start instants, joined to the names the
 * calendar shows, and the people of those sessions in a second query.
 */
export async function sessionsInRange(
  db: Db,
  input: ParsedInput<'schedule.range'>,
): Promise<CalendarSession[]> {
  const { timeZone } = await readSettings(db);
  const from = zonedInstant(input.from, '00:00', timeZone);
  const to = zonedInstant(addDays(input.to, 1), '00:00', timeZone);
  let query = db
    .selectFrom('sessions as s')
    .innerJoin('staff as st', 'st.id', 's.specialist_id')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .leftJoin('groups as g', 'g.id', 's.group_id')
    .select([
      's.group_id',
      'g.name as group_name',
      's.id',
      's.series_id',
      's.date',
      's.start_time',
      's.minutes',
      's.start_at',
      's.end_at',
      's.service_id',
      's.specialist_id',
      'st.family_name',
      'st.given_name',
      's.room_id',
      'r.name as room_name',
      's.mother_guardian_id',
      's.status',
      's.cancel_reason',
      's.notes',
    ])
    .where('s.start_at', '>=', from)
    .where('s.start_at', '<', to);
  if (!input.includeCancelled) query = query.where('s.status', '=', 'scheduled');
  if (input.specialistId !== undefined) query = query.where('s.specialist_id', '=', input.specialistId);
  if (input.roomId !== undefined) query = query.where('s.room_id', '=', input.roomId);
  if (input.serviceId !== undefined) query = query.where('s.service_id', '=', input.serviceId);
  if (input.groupId !== undefined) query = query.where('s.group_id', '=', input.groupId);
  const beneficiaryId = input.beneficiaryId;
  if (beneficiaryId !== undefined)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('session_beneficiaries as sb')
          .select('sb.session_id')
          .whereRef('sb.session_id', '=', 's.id')
          .where('sb.beneficiary_id', '=', beneficiaryId),
      ),
    );
  const rows = await query.orderBy('s.start_at').orderBy('s.id').execute();
  const people = new Map<number, { id: number; name: string }[]>();
  if (rows.length > 0) {
    const names = await db
      .selectFrom('session_beneficiaries as sb')
      .innerJoin('sessions as s', 's.id', 'sb.session_id')
      .innerJoin('beneficiaries as b', 'b.id', 'sb.beneficiary_id')
      .select(['sb.session_id', 'b.id', 'b.family_name', 'b.given_name'])
      .where('s.start_at', '>=', from)
      .where('s.start_at', '<', to)
      .execute();
    for (const n of names)
      people.set(n.session_id, [
        ...(people.get(n.session_id) ?? []),
        { id: n.id, name: `${n.family_name} ${n.given_name}` },
      ]);
  }
  return rows.map((row) => ({
    id: row.id,
    seriesId: row.series_id,
    groupId: row.group_id,
    groupName: row.group_name,
    date: row.date,
    startTime: row.start_time,
    minutes: row.minutes,
    start: row.start_at,
    end: row.end_at,
    serviceId: row.service_id,
    specialistId: row.specialist_id,
    specialistName: `${row.family_name} ${row.given_name.slice(0, 1)}.`,
    roomId: row.room_id,
    roomName: row.room_name,
    beneficiaries: people.get(row.id) ?? [],
    motherGuardianId: row.mother_guardian_id,
    status: row.status === 'cancelled' ? 'cancelled' : 'scheduled',
    cancelReason: row.cancel_reason as CancelReason | null,
    notes: row.notes,
  }));
}
