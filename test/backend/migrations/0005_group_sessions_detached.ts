import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase, insertSpecialist } from './upgrade-case';

export const upgrade0005: UpgradeCase = {
  before: async (db) => {
    await insertSpecialist(db);
    await sql`insert into groups (id, name, service_id, teacher_id, capacity, rrule, duration_minutes,
      created_at, updated_at)
      values (2, 'Suzish', 9, 3, 6, 'DTSTART:20260317T100000
RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TU;COUNT=2', 45, '2026-01-01', '2026-01-01')`.execute(db);
    await sql`insert into sessions (id, group_id, group_original_date, service_id, specialist_id, date,
      start_time, minutes, start_at, end_at, status, created_at, updated_at)
      values (11, 2, '2026-03-17', 9, 3, '2026-03-17', '10:00', 45, '2026-03-17T05:00:00.000Z',
      '2026-03-17T05:45:00.000Z', 'scheduled', '2026-01-01', '2026-01-01')`.execute(db);
  },
  after: async (db) => {
    // A group session written before the flag existed follows its group's timetable.
    expect(await db.selectFrom('sessions').select(['id', 'group_id', 'group_detached']).execute()).toEqual([
      { id: 11, group_id: 2, group_detached: 0 },
    ]);
  },
};
