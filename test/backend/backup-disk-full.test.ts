import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE } from '../../electron/backend';
import { catalogues } from '../../shared/i18n';
import { bundleChild } from '../support/child-bundle';
import { CRASH_PLAN_FILE, seriesInput, type CrashPlan } from '../support/crash-plan';
import { testDir } from './backend-fixture';
import { call, openCentre } from './schedule-fixture';

// Up to 300 bookings against a database that may not grow: bounded at 60 s (a few seconds on an idle machine).
describe('a full disk', { timeout: 60_000 }, () => {
  it('fails the write with STORAGE_FULL, rolls it back, and the app opens afterwards', async () => {
    const dataDir = testDir();
    const centre = await openCentre(dataDir);
    const plan: CrashPlan = {
      now: '2026-05-29T06:00:00Z',
      serviceId: centre.speech,
      lanes: [{ beneficiaryId: centre.child, specialistId: centre.specialist, roomId: centre.room }],
      marks: [],
    };
    const raw = centre.backend.raw;
    // The database may not grow by more than a few pages: SQLite answers SQLITE_FULL as on a full disk.
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.pragma(`max_page_count = ${pages + 3}`);
    const count = () =>
      raw
        .prepare(
          'select (select count(*) from series) as series, (select count(*) from sessions) as sessions',
        )
        .get();

    let refused: unknown = null;
    let booked = 0;
    for (let i = 0; i < 300 && !refused; i++) {
      const before = count();
      const result = await centre.backend.handle('schedule.book', seriesInput(plan, i));
      if (result.ok) booked++;
      else if (result.error.code === 'STORAGE_FULL') {
        refused = result.error;
        // Rolled back: not one of the series' sessions stayed.
        expect(count()).toEqual(before);
      } else expect(result.error.code).toBe('CONFLICT');
    }
    expect(refused).toMatchObject({ code: 'STORAGE_FULL' });
    expect(booked).toBeGreaterThan(0);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    // What the person reads, in their language.
    expect(catalogues['uz-Latn'].errors.STORAGE_FULL).toMatch(/joy qolmadi/);
    expect(catalogues.ru.errors.STORAGE_FULL).toMatch(/закончилось место/);
    const kept = count();
    await centre.backend.close();

    // Space again (a new connection has no limit): the app opens on the same data and writes.
    const reopened = await createBackend({ dataDir, clock: () => new Date(plan.now) });
    expect((await call(reopened, 'backup.health', {})).database).toEqual({ status: 'ok' });
    expect(
      reopened.raw
        .prepare(
          'select (select count(*) from series) as series, (select count(*) from sessions) as sessions',
        )
        .get(),
    ).toEqual(kept);
    await call(reopened, 'schedule.book', seriesInput(plan, 400));
    await reopened.close();
  });
});

interface Step {
  step: string;
  value: unknown;
}

/** Runs the child (a bundled script) behind `wrapper`, a command that sets up its limits and execs the rest. */
function runChild(wrapper: string[], script: string, dataDir: string): Promise<Step[]> {
  return new Promise((resolve, reject) => {
    const [command, ...args] = wrapper;
    const child = spawn(command!, [...args, process.execPath, script, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('close', (code) => {
      clearTimeout(guard);
      if (code !== 0) reject(new Error(`The child failed (${code}): ${out} ${err}`));
      else
        resolve(
          out
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as Step),
        );
    });
  });
}

/** A centre whose backups go to `usb`, closed, with the plan the child reads. */
async function preparedCentre(): Promise<{ dataDir: string; usb: string; plan: CrashPlan; size: number }> {
  const dataDir = testDir();
  const usb = testDir();
  const centre = await openCentre(dataDir);
  await call(centre.backend, 'backup.updateSettings', { folder: usb, intervalHours: 24 });
  const plan: CrashPlan = {
    now: '2026-05-29T06:00:00Z',
    serviceId: centre.speech,
    lanes: [{ beneficiaryId: centre.child, specialistId: centre.specialist, roomId: centre.room }],
    marks: [],
  };
  await centre.backend.close();
  writeFileSync(join(dataDir, CRASH_PLAN_FILE), JSON.stringify(plan));
  return { dataDir, usb, plan, size: statSync(join(dataDir, DATABASE_FILE)).size };
}

/** What the child saw after the refused backup: it answered at once, left nothing, and went on working. */
function expectWentOn(steps: Step[], usb: string): unknown {
  const value = (name: string) => steps.find((s) => s.step === name)?.value;
  expect(value('backupMs')).toBeLessThan(30_000);
  // Nothing half-written is left, so nothing can pass for a good backup.
  expect(readdirSync(usb)).toEqual([]);
  expect(value('book')).toMatchObject({ ok: true });
  expect(value('status')).toMatchObject({ ok: true, value: { lastBackup: null } });
  return value('backup');
}

/** Back at full space: the booking made after the failure is there, the database is sound, a backup works. */
async function expectSoundAfter(dataDir: string, usb: string, plan: CrashPlan): Promise<void> {
  const reopened = await createBackend({ dataDir, clock: () => new Date(plan.now) });
  try {
    expect((await call(reopened, 'backup.health', {})).database).toEqual({ status: 'ok' });
    expect(reopened.raw.prepare('select count(*) as n from series').get()).toEqual({ n: 1 });
    const info = await call(reopened, 'backup.now', {});
    expect(readdirSync(usb).sort()).toEqual([info.name, info.name.replace(/\.sqlite$/, '.json')].sort());
  } finally {
    await reopened.close();
  }
}

/**
 * A really full disk needs a small file system: a tmpfs mounted over the backup folder, in a user and mount
 * namespace of the child's own (no root, nothing changes outside it). Linux only, and only where user
 * namespaces are allowed; elsewhere the file size limit below still makes a real write fail.
 */
const namespaces =
  process.platform === 'linux' &&
  spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true'], { timeout: 10_000 }).status === 0;

// Each test starts one child and takes two or three backups of a small centre: bounded at 90 s (a few seconds
// on an idle machine).
describe('a backup that cannot be written', { timeout: 90_000 }, () => {
  it.runIf(namespaces)(
    'on a full disk: answers STORAGE_FULL, leaves no backup file, and the app goes on working',
    async () => {
      const { dataDir, usb, plan, size } = await preparedCentre();
      // A 64 KB disk for a database several times that size.
      expect(size).toBeGreaterThan(4 * 64 * 1024);
      const child = bundleChild('test/support/backup-full-child.ts');
      const mount = 'mount -t tmpfs -o size=64k imkon-full "$0" && exec "$@"';
      let steps: Step[];
      try {
        steps = await runChild(
          ['unshare', '--user', '--map-root-user', '--mount', 'bash', '-c', mount, usb],
          child.file,
          dataDir,
        );
      } finally {
        child.remove();
      }
      expect(expectWentOn(steps, usb)).toMatchObject({
        ok: false,
        error: { code: 'STORAGE_FULL', details: { reason: 'full' } },
      });
      // What the backups page says for that reason.
      expect(catalogues.en.backup.failed.full).toBe('There is no space left for the backup on that disk.');
      await expectSoundAfter(dataDir, usb, plan);
    },
  );

  // The kernel stops any file of the child from growing past a size, as FAT32 does at 4 GB on a USB drive.
  // SQLite reports that as a write error (not a full disk). Needs a POSIX shell, hence not on Windows.
  it.skipIf(process.platform === 'win32')(
    'past a file size limit: answers BACKUP_FAILED, leaves no backup file, and the app goes on working',
    async () => {
      const { dataDir, usb, plan, size } = await preparedCentre();
      // Room for the log of a booking, not for a copy of the database.
      const limitKb = 128;
      expect(size).toBeGreaterThan(2 * limitKb * 1024);
      const child = bundleChild('test/support/backup-full-child.ts');
      let steps: Step[];
      try {
        steps = await runChild(
          ['bash', '-c', `ulimit -f ${limitKb} && exec "$@"`, 'limited'],
          child.file,
          dataDir,
        );
      } finally {
        child.remove();
      }
      expect(expectWentOn(steps, usb)).toMatchObject({
        ok: false,
        error: { code: 'BACKUP_FAILED', details: { reason: 'write' } },
      });
      expect(catalogues.en.backup.failed.write).toBe('The backup could not be written.');
      await expectSoundAfter(dataDir, usb, plan);
    },
  );
});
