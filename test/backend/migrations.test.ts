import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE } from '../../electron/backend';
import { openDatabase, type Db } from '../../electron/backend/db/connection';
import { appliedMigrations, migrate, MIGRATION_TABLE } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { DatabaseTooNewError } from '../../electron/backend/errors';
import { testDir } from './backend-fixture';
import { upgradeCases } from './migrations/index';

async function openMigratedTo(file: string, count: number): Promise<Db> {
  const { db } = openDatabase(file);
  await migrate(db, file, MIGRATIONS.slice(0, count));
  return db;
}

describe('migrations', () => {
  it('every migration has an upgrade test, in order', () => {
    expect(Object.keys(upgradeCases)).toEqual(MIGRATIONS.map(([name]) => name));
  });

  // Each case (test/backend/migrations/<name>.ts) writes data at the schema just before its migration and checks
  // what must still be true after upgrading to the latest schema.
  it.each(MIGRATIONS.map(([name], index) => [name, index] as const))(
    'upgrades a database holding data across %s',
    async (name, index) => {
      const file = join(testDir(), 'upgrade.sqlite');
      const db = await openMigratedTo(file, index);
      await upgradeCases[name]!.before(db);
      const result = await migrate(db, file);
      expect(result.version).toBe(MIGRATIONS.length);
      await upgradeCases[name]!.after(db);
      await db.destroy();
    },
  );

  it('does nothing on a database that is already current', async () => {
    const file = join(testDir(), 'current.sqlite');
    const db = await openMigratedTo(file, MIGRATIONS.length);
    expect(await migrate(db, file)).toEqual({ applied: [], version: MIGRATIONS.length });
    await db.destroy();
  });

  it('keeps the data a later migration must carry over, through a synthetic next migration', async () => {
    const file = join(testDir(), 'next.sqlite');
    const db = await openMigratedTo(file, MIGRATIONS.length);
    await db
      .insertInto('centre_settings')
      .values({
        id: 1,
        name: 'Markaz',
        address: '',
        time_zone: 'Asia/Tashkent',
        working_days: '[1]',
        day_start: '08:00',
        day_end: '18:00',
        default_language: 'uz-Latn',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    const next = {
      up: async (k: Kysely<unknown>) => {
        await k.schema.alterTable('centre_settings').addColumn('phone', 'text').execute();
      },
    };
    await migrate(db, file, [...MIGRATIONS, ['9000_test_phone', next]]);
    const row = await sql<{
      name: string;
      phone: string | null;
    }>`select name, phone from centre_settings`.execute(db);
    expect(row.rows).toEqual([{ name: 'Markaz', phone: null }]);
    await db.destroy();
  });

  it('refuses a database written by a newer app, and leaves it untouched', async () => {
    const dataDir = testDir();
    const file = join(dataDir, DATABASE_FILE);
    const db = await openMigratedTo(file, MIGRATIONS.length);
    await sql`insert into ${sql.table(MIGRATION_TABLE)} (name, timestamp) values ('9999_from_the_future', '2030-01-01')`.execute(
      db,
    );
    await db.destroy();

    const error = await createBackend({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).unknownMigrations).toEqual(['9999_from_the_future']);

    const reopened = openDatabase(file).db;
    expect(await appliedMigrations(reopened)).toEqual([
      ...MIGRATIONS.map(([n]) => n),
      '9999_from_the_future',
    ]);
    await reopened.destroy();
  });

  it('refuses a file that is not a database without overwriting it', async () => {
    const dataDir = testDir();
    const file = join(dataDir, DATABASE_FILE);
    const content = 'these are not the records you are looking for'.repeat(100);
    writeFileSync(file, content);
    // The app opens in its refuse-writes mode and says what it found (test/backend/damaged-files.test.ts).
    const backend = await createBackend({ dataDir });
    const health = await backend.handle('backup.health', {});
    expect(health).toMatchObject({
      ok: true,
      value: { database: { status: 'damaged', problem: 'notADatabase' } },
    });
    await backend.close();
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
