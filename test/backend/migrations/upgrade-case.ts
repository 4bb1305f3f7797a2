import { sql } from 'kysely';
import type { Db } from '../../../electron/backend/db/connection';

/**
 * One migration's upgrade test: data written at the schema just before it (the runner builds that database), and
 * what must still be true after upgrading to the latest schema.
 */
export interface UpgradeCase {
  before: (db: Db) => Promise<void>;
  after: (db: Db) => Promise<void>;
}

/** The specialist most cases book with (the staff table exists from 0002 on). */
export async function insertSpecialist(db: Db): Promise<void> {
  await sql`insert into staff (id, family_name, given_name, roles, created_at, updated_at)
    values (3, 'Karimova', 'Dilnoza', '["specialist"]', '2026-01-01', '2026-01-01')`.execute(db);
}

/** The child most cases book for. */
export async function insertChild(db: Db): Promise<void> {
  await sql`insert into beneficiaries (id, family_name, given_name, birth_date, sex, created_at, updated_at)
    values (4, 'Aliyev', 'Jasur', '2020-05-01', 'male', '2026-01-01', '2026-01-01')`.execute(db);
}
