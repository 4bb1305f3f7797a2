import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { DatabaseTooNewError } from '../errors';
import type { Db } from './connection';
import { MIGRATIONS } from './migrations';

export const MIGRATION_TABLE = 'imkon_migration';
const LOCK_TABLE = 'imkon_migration_lock';

/** Names of the migrations already applied to this database, in order. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`.execute(db);
  if (!exists.rows[0]?.n) return [];
  const rows = await sql<{
    name: string;
  }>`select name from ${sql.table(MIGRATION_TABLE)} order by timestamp, name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Brings the database up to this version of the app. A database that has migrations this version does not know
 * was written by a newer app: it is refused before anything is written to it.
 */
export async function migrate(
  db: Db,
  path: string,
  migrations = MIGRATIONS,
): Promise<{ applied: string[]; version: number }> {
  const known = new Set(migrations.map(([name]) => name));
  const unknown = (await appliedMigrations(db)).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown, path);

  const migrator = new Migrator({
    db,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: LOCK_TABLE,
    provider: { getMigrations: async () => Object.fromEntries(migrations) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    version: (await appliedMigrations(db)).length,
  };
}
