import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase } from './upgrade-case';

export const upgrade0001: UpgradeCase = {
  // Before the first migration the file is empty: the upgrade must create the table and keep nothing else out.
  before: async (db) => {
    await sql`create table leftover_notes (body text)`.execute(db);
    await sql`insert into leftover_notes values ('kept')`.execute(db);
  },
  after: async (db) => {
    const rows = await sql<{ body: string }>`select body from leftover_notes`.execute(db);
    expect(rows.rows).toEqual([{ body: 'kept' }]);
    const settings = await db.selectFrom('centre_settings').selectAll().execute();
    expect(settings).toEqual([]);
  },
};
