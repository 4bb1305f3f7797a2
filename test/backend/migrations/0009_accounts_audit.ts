import { sql } from 'kysely';
import { expect } from 'vitest';
import { type UpgradeCase } from './upgrade-case';

export const upgrade0009: UpgradeCase = {
  before: async (db) => {
    await sql`insert into staff (id, family_name, given_name, patronymic, roles, position, active, search_text,
      created_at, updated_at) values (7, 'Karimova', 'Dilnoza', '', '["therapist"]', 'Logoped', 1, 'karimova',
      '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`.execute(db);
  },
  after: async (db) => {
    // No account yet: the next start asks for the administrator. Staff are kept and can be linked.
    expect(await db.selectFrom('accounts').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('staff').select('id').execute()).toEqual([{ id: 7 }]);
    await sql`insert into accounts (id, username, username_key, display_name, password_hash, password_salt,
      password_params, staff_id, password_changed_at, created_at, updated_at)
      values ('a1', 'Dilnoza', 'dilnoza', 'D', 'h', 's', '{}', 7, 'x', 'x', 'x')`.execute(db);
    await expect(
      sql`insert into accounts (id, username, username_key, display_name, password_hash, password_salt,
        password_params, password_changed_at, created_at, updated_at)
        values ('a2', 'DILNOZA', 'dilnoza', 'D', 'h', 's', '{}', 'x', 'x', 'x')`.execute(db),
    ).rejects.toThrow(/UNIQUE/);
    await expect(sql`insert into account_roles values ('a1', 'root')`.execute(db)).rejects.toThrow(/CHECK/);
    expect(await db.selectFrom('audit_context').selectAll().execute()).toEqual([{ id: 1, call_id: null }]);
    // The log is append-only from its first row.
    await sql`insert into audit_calls (at, kind, action) values ('2026-01-01T00:00:00Z', 'change', 'x')`.execute(
      db,
    );
    await expect(sql`update audit_calls set action = 'y'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_calls`.execute(db)).rejects.toThrow(/append-only/);
  },
};
