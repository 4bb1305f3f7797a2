import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase, insertChild, insertSpecialist } from './upgrade-case';

export const upgrade0007: UpgradeCase = {
  before: async (db) => {
    await insertSpecialist(db);
    await insertChild(db);
    await sql`insert into series (id, service_id, specialist_id, beneficiary_id, rrule, duration_minutes,
      created_at, updated_at)
      values (8, 5, 3, 4, 'DTSTART:20260316T100000
RRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO;COUNT=2', 30, '2026-01-01', '2026-01-01')`.execute(db);
  },
  after: async (db) => {
    // People and series are kept; the programme tables start empty.
    expect(await db.selectFrom('series').select(['id', 'beneficiary_id']).execute()).toEqual([
      { id: 8, beneficiary_id: 4 },
    ]);
    for (const table of ['programmes', 'programme_goals', 'prescriptions', 'programme_reviews'] as const) {
      expect(await db.selectFrom(table).select('id').execute(), table).toEqual([]);
    }
    // A programme for the kept person, a goal with its scale, a prescription linked to the kept series.
    await sql`insert into programmes (id, beneficiary_id, start_date, review_date, end_date, status,
      created_at, updated_at)
      values (1, 4, '2026-03-01', '2026-05-31', '2026-08-31', 'draft', '2026-03-01', '2026-03-01')`.execute(
      db,
    );
    await sql`insert into programme_goals (id, programme_id, position, goal, domain, created_at, updated_at)
      values (2, 1, 0, 'Ikki soʻzli gap tuzadi', 'communication', '2026-03-01', '2026-03-01')`.execute(db);
    await sql`insert into goal_levels (goal_id, level, description) values (2, -2, 'Gapirmaydi'),
      (2, 0, 'Ikki soʻzli gap'), (2, 2, 'Uch soʻzli gap')`.execute(db);
    await sql`insert into prescriptions (id, programme_id, service_id, sessions_per_week, weeks, minutes,
      created_at, updated_at) values (3, 1, 5, 2, 12, 30, '2026-03-01', '2026-03-01')`.execute(db);
    await sql`insert into prescription_series (prescription_id, series_id, created_at)
      values (3, 8, '2026-03-01')`.execute(db);
    expect(await db.selectFrom('programmes').select(['status', 'notes', 'approved_by']).execute()).toEqual([
      { status: 'draft', notes: '', approved_by: null },
    ]);
    // The checks hold: no unknown status, no review after the end, no level beyond +2.
    await expect(sql`update programmes set status = 'open'`.execute(db)).rejects.toThrow();
    await expect(sql`update programmes set review_date = '2026-09-30'`.execute(db)).rejects.toThrow();
    await expect(
      sql`insert into goal_levels (goal_id, level, description) values (2, 3, 'Too far')`.execute(db),
    ).rejects.toThrow();
    // Deleting the programme takes its goals, scales and prescriptions, and leaves the series.
    await sql`delete from programmes where id = 1`.execute(db);
    expect(await db.selectFrom('goal_levels').select('goal_id').execute()).toEqual([]);
    expect(await db.selectFrom('prescription_series').select('series_id').execute()).toEqual([]);
    expect(await db.selectFrom('series').select('id').execute()).toEqual([{ id: 8 }]);
  },
};
