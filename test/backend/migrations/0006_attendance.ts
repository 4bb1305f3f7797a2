import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase, insertChild, insertSpecialist } from './upgrade-case';

export const upgrade0006: UpgradeCase = {
  before: async (db) => {
    await insertSpecialist(db);
    await insertChild(db);
    await sql`insert into sessions (id, service_id, specialist_id, date, start_time, minutes, start_at,
      end_at, status, cancel_reason, created_at, updated_at)
      values (11, 5, 3, '2026-03-16', '10:00', 45, '2026-03-16T05:00:00.000Z', '2026-03-16T05:45:00.000Z',
      'cancelled', 'centre', '2026-01-01', '2026-01-01')`.execute(db);
    await sql`insert into session_beneficiaries (session_id, beneficiary_id) values (11, 4)`.execute(db);
  },
  after: async (db) => {
    // Sessions are kept as they were; attendance starts empty, and a centre cancelled before the upgrade owes
    // no credit (credits are granted when the cancellation is made).
    expect(await db.selectFrom('sessions').select(['id', 'status', 'cancel_reason']).execute()).toEqual([
      { id: 11, status: 'cancelled', cancel_reason: 'centre' },
    ]);
    expect(await db.selectFrom('attendance_marks').select('session_id').execute()).toEqual([]);
    expect(await db.selectFrom('attendance_changes').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('planned_absences').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('makeup_credits').select('id').execute()).toEqual([]);
    // The tables take a mark, a planned absence and a credit for the kept session and person; no other mark.
    await sql`insert into attendance_marks (session_id, beneficiary_id, mark, marked_at)
      values (11, 4, 'cancelled_by_centre', '2026-03-16')`.execute(db);
    await sql`insert into planned_absences (beneficiary_id, start_date, end_date, reason, created_at)
      values (4, '2026-03-20', '2026-03-27', 'Sanatoriy', '2026-03-16')`.execute(db);
    await sql`insert into makeup_credits (beneficiary_id, service_id, source_session_id, created_at)
      values (4, 5, 11, '2026-03-16')`.execute(db);
    expect(await db.selectFrom('attendance_marks').select(['mark', 'reason']).execute()).toEqual([
      { mark: 'cancelled_by_centre', reason: '' },
    ]);
    await expect(
      sql`update attendance_marks set mark = 'absent' where session_id = 11`.execute(db),
    ).rejects.toThrow();
    await expect(
      sql`insert into planned_absences (beneficiary_id, start_date, end_date, reason, created_at)
        values (4, '2026-03-27', '2026-03-20', 'Backwards', '2026-03-16')`.execute(db),
    ).rejects.toThrow();
  },
};
