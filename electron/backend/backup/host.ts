import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Caller, Result } from '../../../shared/contract';
import type { RestoreOutcome } from '../../../shared/contract/backup';
import type { BackupInfo, BackupReason, BackupSettings, DatabaseState } from '../../../shared/domain/backup';
import { backupsToKeep } from '../../../shared/domain/backup-retention';
import { calendarDateIn } from '../../../shared/domain/scheduling/time-zone';
import { openDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { refuseWrites } from '../db/storage-errors';
import { AppError, DatabaseTooNewError } from '../errors';
import type { Registry } from '../registry';
import { folderWritable, listBackups, manifestPathOf, readBackup } from './files';
import { inspectDatabase } from './inspect';
import { checkDatabaseFile, type FileCheck } from './integrity';
import { backupFolderOf, defaultBackupFolder, readBackupSettings } from './settings-file';
import { putInPlace, setAside } from './swap';
import { takeBackup } from './take';

/** Builds the registry over an opened database; `writable` is false in the refuse-writes mode. */
export type BuildRegistry = (db: Db, writable: boolean, host: DatabaseHost) => Promise<Registry>;

export interface HostOptions {
  dataDir: string;
  file: string;
  clock: () => Date;
  build: BuildRegistry;
}

interface Opened {
  raw: BetterSqlite3.Database;
  db: Db;
  registry: Registry;
  state: DatabaseState;
}

const FALLBACK_TIME_ZONE = 'Asia/Tashkent';
const HOUR_MS = 3_600_000;

function timeZoneOf(raw: BetterSqlite3.Database): string {
  try {
    const row = raw.prepare('select time_zone from centre_settings limit 1').get() as
      { time_zone: string } | undefined;
    return row?.time_zone ?? FALLBACK_TIME_ZONE;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

function holdsData(raw: BetterSqlite3.Database): boolean {
  try {
    const row = raw
      .prepare('select exists(select 1 from beneficiaries) or exists(select 1 from staff) as any_rows')
      .get() as { any_rows: number };
    return row.any_rows === 1;
  } catch {
    return false;
  }
}

/**
 * Owns the database connection for the backend's whole life: checks the file before opening it, opens it in a
 * refuse-writes mode when it is damaged, takes the backups (scheduled, manual, before migrations and
 * restores) and swaps the file on a restore, reopening and re-registering the backend on the new one.
 */
export class DatabaseHost {
  private current!: Opened;
  /** While set, a restore holds the database: new calls wait for it. */
  private gate: Promise<void> | null = null;
  private inflight = 0;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;
  /** Backups being copied: closing waits for them rather than pulling the connection from under them. */
  private readonly running = new Set<Promise<unknown>>();

  private constructor(private readonly options: HostOptions) {}

  static async open(options: HostOptions): Promise<DatabaseHost> {
    const host = new DatabaseHost(options);
    host.current = await host.openFile();
    return host;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }
  get db(): Db {
    return this.current.db;
  }
  get raw(): BetterSqlite3.Database {
    return this.current.raw;
  }
  get state(): DatabaseState {
    return this.current.state;
  }

  async handle(channel: unknown, input: unknown, caller: Caller): Promise<Result<unknown>> {
    while (this.gate) await this.gate;
    this.inflight++;
    try {
      return await this.current.registry.handle(channel, input, caller);
    } finally {
      this.inflight--;
    }
  }

  settings(): BackupSettings {
    return readBackupSettings(this.dataDir);
  }

  folder(): string {
    return backupFolderOf(this.dataDir, this.settings());
  }

  folderAvailable(): boolean {
    return folderWritable(this.folder());
  }

  /** Verified backups newest first: the chosen folder's, and any the app had to leave in the default one. */
  list(): BackupInfo[] {
    const folders = [...new Set([this.folder(), defaultBackupFolder(this.dataDir)])];
    return folders
      .flatMap((folder) => listBackups(folder))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  nextDueAt(): Date | null {
    if (this.current.state.status !== 'ok') return null;
    const newest = this.list()[0];
    const interval = this.settings().intervalHours * HOUR_MS;
    return newest ? new Date(Date.parse(newest.createdAt) + interval) : this.options.clock();
  }

  async backupNow(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    if (this.current.state.status !== 'ok') {
      throw new AppError('READ_ONLY', 'A damaged database is not backed up: restore a backup instead');
    }
    const running = takeBackup(this.current.raw, this.folder(), reason, this.options.clock());
    this.running.add(running);
    try {
      const info = await running;
      this.prune(this.folder(), timeZoneOf(this.current.raw));
      return info;
    } finally {
      this.running.delete(running);
    }
  }

  /** The automatic backup: taken when the newest one is older than the interval and there is data to keep. */
  async scheduledBackupIfDue(): Promise<BackupInfo | null> {
    if (this.closed || this.gate || this.current.state.status !== 'ok') return null;
    const due = this.nextDueAt();
    if (!due || due > this.options.clock() || !holdsData(this.current.raw)) return null;
    return this.backupNow('scheduled');
  }

  /** Checks soon after start (so opening is not slowed), then every few minutes while the app runs. */
  startSchedule(firstCheckMs = 30_000, checkEveryMs = 10 * 60_000): void {
    const tick = () => {
      this.scheduledBackupIfDue().catch((error: unknown) => console.error('Scheduled backup failed', error));
    };
    this.timers.push(setTimeout(tick, firstCheckMs).unref(), setInterval(tick, checkEveryMs).unref());
  }

  async restore(name: string): Promise<RestoreOutcome> {
    const located = this.locate(name);
    if (!located) throw new AppError('NOT_FOUND', `No verified backup named ${name}`);
    const { info: found, path: source } = located;
    let checked;
    try {
      checked = inspectDatabase(source);
    } catch (error) {
      throw new AppError('BACKUP_FAILED', `The backup cannot be read: ${String(error)}`, {
        reason: 'damaged',
      });
    }
    if (checked.quickCheck !== 'ok') {
      throw new AppError('BACKUP_FAILED', `The backup failed its check: ${checked.quickCheck}`, {
        reason: 'damaged',
      });
    }
    const known = new Set(MIGRATIONS.map(([migration]) => migration));
    if (checked.migrations.some((migration) => !known.has(migration))) {
      throw new AppError('BACKUP_FAILED', 'The backup was made by a newer version of the app', {
        reason: 'tooNew',
      });
    }
    return this.exclusive(async () => {
      const damaged = this.current.state.status !== 'ok';
      const safety = damaged ? null : await this.safetyBackup(this.current.raw, 'pre-restore');
      await this.current.db.destroy();
      const keptAside = damaged ? setAside(this.options.file, this.options.clock()) : null;
      try {
        putInPlace(source, this.options.file);
        this.current = await this.openFile();
      } catch (error) {
        this.current = await this.openDamaged({
          kind: 'damaged',
          problem: 'unreadable',
          detail: String(error),
        });
        throw new AppError('BACKUP_FAILED', `The restored database could not be opened: ${String(error)}`, {
          reason: 'reopen',
        });
      }
      return { restored: found, safetyBackup: safety?.name ?? null, keptAside };
    });
  }

  private locate(name: string): { info: BackupInfo; path: string } | null {
    for (const folder of new Set([this.folder(), defaultBackupFolder(this.dataDir)])) {
      const info = readBackup(folder, name);
      if (info) return { info, path: join(folder, name) };
    }
    return null;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await Promise.allSettled([...this.running]);
    await this.current.db.destroy();
  }

  /** Runs `work` once every other call has finished, holding new ones until it is done. */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    let release = () => {};
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      // The restore itself arrives through handle(), so one call is always in flight: its own.
      while (this.inflight > 1) await new Promise((resolve) => setTimeout(resolve, 5));
      return await work();
    } finally {
      this.gate = null;
      release();
    }
  }

  private async openFile(): Promise<Opened> {
    const known = MIGRATIONS.map(([name]) => name);
    const check = checkDatabaseFile(this.options.file, known);
    if (check.kind === 'tooNew') throw new DatabaseTooNewError(check.unknownMigrations, this.options.file);
    if (check.kind === 'damaged') return this.openDamaged(check);
    const { raw, db } = openDatabase(this.options.file);
    try {
      const applied = check.kind === 'ok' ? check.migrations : [];
      const pending = known.filter((name) => !applied.includes(name));
      if (applied.length > 0 && pending.length > 0) await this.safetyBackup(raw, 'pre-migration');
      await migrate(db, this.options.file);
      const registry = await this.options.build(db, true, this);
      return { raw, db, registry, state: { status: 'ok' } };
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }

  /**
   * The refuse-writes mode: the damaged file is left exactly as found (not even opened for reading, since a
   * read can rebuild its -shm and a close can checkpoint), and the channels answer from an empty in-memory
   * database that refuses every write.
   */
  private async openDamaged(check: Extract<FileCheck, { kind: 'damaged' }>): Promise<Opened> {
    const { raw, db } = openDatabase(':memory:');
    await migrate(db, ':memory:');
    refuseWrites(db);
    const registry = await this.options.build(db, false, this);
    const foundAt = this.options.clock().toISOString();
    return {
      raw,
      db,
      registry,
      state: { status: 'damaged', problem: check.problem, detail: check.detail, foundAt },
    };
  }

  /** A backup that must exist before a risky step: in the chosen folder, else in the data folder's own. */
  private async safetyBackup(raw: BetterSqlite3.Database, reason: BackupReason): Promise<BackupInfo> {
    const now = this.options.clock();
    const zone = timeZoneOf(raw);
    try {
      const info = await takeBackup(raw, this.folder(), reason, now);
      this.prune(this.folder(), zone);
      return info;
    } catch (error) {
      const fallback = defaultBackupFolder(this.dataDir);
      if (fallback === this.folder()) throw error;
      const info = await takeBackup(raw, fallback, reason, now);
      this.prune(fallback, zone);
      return info;
    }
  }

  private prune(folder: string, timeZone: string): void {
    const backups = listBackups(folder);
    const day = (instant: string) => calendarDateIn(new Date(instant), timeZone);
    const keep = backupsToKeep(
      backups.map((b) => ({ name: b.name, day: day(b.createdAt), createdAt: b.createdAt })),
      calendarDateIn(this.options.clock(), timeZone),
    );
    for (const backup of backups) {
      if (keep.has(backup.name)) continue;
      const path = join(folder, backup.name);
      rmSync(path, { force: true });
      rmSync(manifestPathOf(path), { force: true });
    }
  }
}
