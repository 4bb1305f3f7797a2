import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { DATABASE_FILE } from '..';
import { openDatabaseReadOnly } from '../db/connection';
import { appliedMigrations, MIGRATION_TABLE } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';

export interface DatabaseInfo {
  file: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  tables: Record<string, number>;
}

/** Reads the database without changing it: schema version and the row count of every table of ours. */
export async function readDatabaseInfo(dataDir: string): Promise<DatabaseInfo | null> {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) return null;
  const { db } = openDatabaseReadOnly(file);
  try {
    const names = await sql<{ name: string }>`
      select name from sqlite_master
      where type = 'table' and name not like 'sqlite_%' and name not like ${MIGRATION_TABLE + '%'}
      order by name`.execute(db);
    const tables: Record<string, number> = {};
    for (const { name } of names.rows) {
      const count = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
      tables[name] = count.rows[0]?.n ?? 0;
    }
    return {
      file,
      schemaVersion: (await appliedMigrations(db)).length,
      latestSchemaVersion: MIGRATIONS.length,
      tables,
    };
  } finally {
    await db.destroy();
  }
}
