import {
  closeSync,
  copyFileSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE, type Backend } from '../../electron/backend';
import { DatabaseTooNewError } from '../../electron/backend/errors';
import { testDir } from './backend-fixture';
import { serviceIdOf } from './places-fixture';
import { centreWithBackup, hashes, hashOf, NOW } from './damaged-fixture';
import { call } from './schedule-fixture';

async function openDamaged(dataDir: string): Promise<Backend> {
  return createBackend({ dataDir, clock: () => NOW });
}

/** What every damaged file must give: the problem named, writes refused, the newest backup offered. */
async function expectRefusingWrites(backend: Backend, problem: string, backupName: string) {
  const health = await call(backend, 'backup.health', {});
  expect(health.database).toMatchObject({ status: 'damaged', problem });
  expect(health.newestBackup?.name).toBe(backupName);
  expect(health.backups.map((b) => b.name)).toEqual([backupName]);
  const write = await backend.handle('settings.update', {
    name: 'Markaz',
    address: '',
    timeZone: 'Asia/Tashkent',
    workingDays: [1, 2, 3, 4, 5],
    dayStart: '08:00',
    dayEnd: '17:00',
    defaultLanguage: 'uz-Latn',
  });
  expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  const backupNow = await backend.handle('backup.now', {});
  expect(backupNow).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
}

/** Restoring from the damaged state keeps the damaged file aside, byte for byte, and brings the backup's data. */
async function expectRestoreKeepsItAside(
  backend: Backend,
  dataDir: string,
  backupName: string,
  damagedHash: string,
) {
  // Whoever is at the computer: with the accounts in the damaged file, nobody can sign in.
  const nobody = { userId: null, permissions: new Set<never>() };
  expect(await backend.handle('backup.restore', { name: backupName }, nobody)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  const outcome = await call(backend, 'backup.restoreDamaged', { name: backupName }, nobody);
  expect(outcome.safetyBackup).toBeNull();
  expect(outcome.keptAside).toMatch(/^imkon-damaged-.*\.sqlite$/);
  expect(hashOf(join(dataDir, outcome.keptAside!))).toBe(damagedHash);
  expect((await call(backend, 'backup.health', {})).database).toEqual({ status: 'ok' });
  const again = await backend.handle('backup.restoreDamaged', { name: backupName }, nobody);
  expect(again).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await backend.db.selectFrom('sessions').select('date').execute()).toEqual([{ date: '2026-03-16' }]);
}

// Each case opens and restores a small centre a few times: well under the 30 s bound per test.
describe('damaged database files', { timeout: 30_000 }, () => {
  it('a truncated file: corrupt, nothing overwritten, restorable', async () => {
    const { dataDir, file, backupName } = await centreWithBackup();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = hashes(file);
    const backend = await openDamaged(dataDir);
    await expectRefusingWrites(backend, 'corrupt', backupName);
    expect(hashes(file)).toEqual(before);
    await expectRestoreKeepsItAside(backend, dataDir, backupName, before.db!);
    await backend.close();
  });

  it('flipped bytes in a page: corrupt, nothing overwritten, restorable', async () => {
    const { dataDir, file, backupName } = await centreWithBackup();
    const raw = new BetterSqlite3(file, { readonly: true });
    const { rootpage } = raw.prepare("select rootpage from sqlite_master where name = 'sessions'").get() as {
      rootpage: number;
    };
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    // The b-tree page header of the sessions table: its page type and cell pointers become nonsense.
    const fd = openSync(file, 'r+');
    const page = Buffer.alloc(16);
    readSync(fd, page, 0, 16, (rootpage - 1) * pageSize);
    for (let i = 0; i < 16; i++) page[i] = page[i]! ^ 0xa5;
    writeSync(fd, page, 0, 16, (rootpage - 1) * pageSize);
    closeSync(fd);
    const before = hashes(file);
    const backend = await openDamaged(dataDir);
    await expectRefusingWrites(backend, 'corrupt', backupName);
    expect(hashOf(file)).toBe(before.db);
    await expectRestoreKeepsItAside(backend, dataDir, backupName, before.db!);
    await backend.close();
  });

  it('a missing -wal after writes not yet checkpointed: named, nothing overwritten, restorable', async () => {
    const { dataDir, file, backupName } = await centreWithBackup();
    const live = await createBackend({ dataDir, clock: () => NOW });
    live.raw.pragma('wal_checkpoint(TRUNCATE)');
    await call(live, 'schedule.book', { ...(await bookingOn(live)), date: '2026-03-18' });
    // The state a killed app leaves, minus its log: copy the files while it runs, leaving the -wal out.
    const crashed = testDir();
    copyFileSync(file, join(crashed, DATABASE_FILE));
    copyFileSync(`${file}-shm`, join(crashed, `${DATABASE_FILE}-shm`));
    await live.close();
    writeFileSync(
      join(crashed, 'backup-settings.json'),
      JSON.stringify({ folder: join(dataDir, 'backups'), intervalHours: 4 }),
    );
    const target = join(crashed, DATABASE_FILE);
    const before = { db: hashOf(target), shm: hashOf(`${target}-shm`) };
    const backend = await openDamaged(crashed);
    await expectRefusingWrites(backend, 'walMissing', backupName);
    expect({ db: hashOf(target), shm: hashOf(`${target}-shm`) }).toEqual(before);
    expect(hashOf(`${target}-wal`)).toBeNull();
    await expectRestoreKeepsItAside(backend, crashed, backupName, before.db!);
    await backend.close();
  });

  it('a file that is not a database: named, nothing overwritten, restorable', async () => {
    const { dataDir, file, backupName } = await centreWithBackup();
    writeFileSync(file, 'Hisobot, 2026-yil noyabr\n'.repeat(400));
    const before = hashes(file);
    const backend = await openDamaged(dataDir);
    await expectRefusingWrites(backend, 'notADatabase', backupName);
    expect(hashes(file)).toEqual(before);
    await expectRestoreKeepsItAside(backend, dataDir, backupName, before.db!);
    await backend.close();
  });

  it('a database from a newer version of the app: refused with its own error, nothing written', async () => {
    const { dataDir, file } = await centreWithBackup();
    const raw = new BetterSqlite3(file);
    raw
      .prepare("insert into imkon_migration (name, timestamp) values ('9999_from_the_future', ?)")
      .run(new Date().toISOString());
    raw.close();
    const before = hashes(file);
    const error = await createBackend({ dataDir, clock: () => NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).unknownMigrations).toEqual(['9999_from_the_future']);
    expect(hashes(file)).toEqual(before);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });
});

/** The first booking's people and places, read back from a reopened backend. */
async function bookingOn(backend: Backend) {
  const first = async (table: 'staff' | 'rooms' | 'beneficiaries') =>
    (await backend.db.selectFrom(table).select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  return {
    serviceId: await serviceIdOf(backend, 'speech_therapy'),
    specialistId: await first('staff'),
    roomId: await first('rooms'),
    beneficiaryId: await first('beneficiaries'),
    date: '2026-03-16',
    startTime: '10:00',
    minutes: 45,
  };
}
