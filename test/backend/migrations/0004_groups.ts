import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase, insertSpecialist } from './upgrade-case';

export const upgrade0004: UpgradeCase = {
  before: async (db) => {
    await insertSpecialist(db);
    await sql`insert into sessions (id, service_id, specialist_id, date, start_time, minutes, start_at,
      end_at, status, created_at, updated_at)
      values (11, 1, 3, '2026-03-16', '10:00', 45, '2026-03-16T05:00:00.000Z', '2026-03-16T05:45:00.000Z',
      'scheduled', '2026-01-01', '2026-01-01')`.execute(db);
    await sql`insert into booking_overrides (id, session_id, clash_kinds, reason, created_at)
      values (5, 11, '["outside_working_hours"]', 'Agreed with the family', '2026-01-01')`.execute(db);
  },
  after: async (db) => {
    // Booked sessions stay individual sessions; their overrides keep their reason.
    expect(
      await db.selectFrom('sessions').select(['id', 'group_id', 'group_original_date']).execute(),
    ).toEqual([{ id: 11, group_id: null, group_original_date: null }]);
    expect(
      await db.selectFrom('booking_overrides').select(['id', 'reason', 'group_id', 'enrolment_id']).execute(),
    ).toEqual([{ id: 5, reason: 'Agreed with the family', group_id: null, enrolment_id: null }]);
    expect(await db.selectFrom('groups').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('group_enrolments').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('waiting_list').select('id').execute()).toEqual([]);
  },
};
