import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase, insertSpecialist } from './upgrade-case';

export const upgrade0003: UpgradeCase = {
  before: async (db) => {
    await sql`insert into rooms (id, name, kind, capacity, created_at, updated_at)
      values (7, 'Logoped xonasi', 'therapy', 1, '2026-01-01', '2026-01-01')`.execute(db);
    await insertSpecialist(db);
  },
  after: async (db) => {
    // People and places are kept; the new tables start empty and take a series with its sessions.
    expect(await db.selectFrom('rooms').select(['id', 'name']).execute()).toEqual([
      { id: 7, name: 'Logoped xonasi' },
    ]);
    expect(await db.selectFrom('sessions').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('series').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('booking_overrides').select('id').execute()).toEqual([]);
    const indexes = await sql<{ name: string }>`select name from sqlite_master
      where type = 'index' and tbl_name = 'sessions' and name like 'sessions_by_%' order by name`.execute(db);
    // 0004 adds the group indexes; this migration's own are all there.
    expect(indexes.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'sessions_by_mother',
        'sessions_by_room',
        'sessions_by_series_date',
        'sessions_by_specialist',
        'sessions_by_start',
      ]),
    );
  },
};
