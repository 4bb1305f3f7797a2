import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { PERMISSIONS, ROLES, type Caller, type Result } from '../../shared/contract';
import type { Db } from './db/connection';
import { DatabaseHost } from './backup/host';
import { Registry } from './registry';
import { installAuditTriggers } from './audit/triggers';
import { Session } from './auth/session';
import { registerAttendance } from './attendance/handlers';
import { registerAttendanceSummary } from './attendance/summary';
import { registerDocuments } from './documents/handlers';
import { registerGroups } from './groups/handlers';
import { registerImport } from './import/handlers';
import { registerPeople } from './people/handlers';
import { registerPlaces } from './places/handlers';
import { ensureHolidays } from './places';
import { registerSchedule } from './schedule/handlers';
import { registerSettings } from './settings/handlers';
import { registerSystem } from './system/handlers';
import { registerWaiting } from './waiting/handlers';
import { registerProgrammes } from './programmes/handlers';
import { registerNotes } from './notes/handlers';
import { registerAuth } from './auth/handlers';
import { registerAudit } from './audit/handlers';
import { registerBackup } from './backup/handlers';
import { registerDataExport } from './data-export/handlers';

export const DATABASE_FILE = 'imkon.sqlite';

export interface BackendOptions {
  dataDir: string;
  /** The backend's clock; tests pin it. */
  clock?: () => Date;
  log?: (message: string, error: unknown) => void;
  /**
   * Who a call comes from when handle() is not told: 'session' is whoever signs in (the app, the web preview,
   * the e2e harness); otherwise this fixed caller, by default the local operator with every permission (tests,
   * the command line, demo seeding, benchmarks).
   */
  caller?: Caller | 'session';
}

export interface Backend {
  handle(channel: unknown, input: unknown, caller?: Caller): Promise<Result<unknown>>;
  readonly db: Db;
  readonly raw: BetterSqlite3.Database;
  readonly dataDir: string;
  /** The database's keeper: backups, restore, the damaged-file mode. */
  readonly host: DatabaseHost;
  /** Who is signed in. In-process only (tests, the e2e harness): the renderer reaches nothing but handle(). */
  readonly session: Session;
  close(): Promise<void>;
}

/** The caller of tests, the command line and demo seeding: no account, every role and permission. */
export const LOCAL_OPERATOR: Caller = {
  userId: null,
  staffId: null,
  roles: [...ROLES],
  permissions: new Set(PERMISSIONS),
};

export async function createBackend(options: BackendOptions): Promise<Backend> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? (() => new Date());
  const session = new Session(options.caller === 'session' ? null : (options.caller ?? LOCAL_OPERATOR));
  const host = await DatabaseHost.open({
    dataDir: options.dataDir,
    file: join(options.dataDir, DATABASE_FILE),
    clock,
    build: (db, writable, opened) => buildRegistry(db, writable, opened, options, clock, session),
  });
  host.startSchedule();
  return {
    handle: async (channel, input, caller) =>
      host.handle(channel, input, caller ?? (await session.caller(host.db))),
    get db() {
      return host.db;
    },
    get raw() {
      return host.raw;
    },
    host,
    session,
    dataDir: options.dataDir,
    close: () => host.close(),
  };
}

/**
 * Every handler over one opened database. A restore runs this again on the restored file; a damaged database
 * gets it with `writable` false and nothing is written at start.
 */
async function buildRegistry(
  db: Db,
  writable: boolean,
  host: DatabaseHost,
  options: BackendOptions,
  clock: () => Date,
  session: Session,
): Promise<Registry> {
  if (writable) {
    // Every table, those of later migrations included, logs its row changes (electron/backend/audit).
    await installAuditTriggers(db);
    await ensureHolidays(db, clock());
  }
  // A restored database may not hold the signed-in account: read it afresh.
  session.invalidate();
  const registry = new Registry({
    db,
    clock,
    log: options.log ?? ((message, error) => console.error(message, error)),
  });
  registerSystem(registry, options.dataDir);
  registerSettings(registry);
  registerPlaces(registry);
  registerPeople(registry);
  registerImport(registry);
  registerSchedule(registry);
  registerGroups(registry);
  registerWaiting(registry);
  registerAttendance(registry);
  registerAttendanceSummary(registry);
  registerDocuments(registry);
  registerProgrammes(registry);
  registerNotes(registry);
  registerAuth(registry, session);
  registerAudit(registry);
  registerBackup(registry, host);
  registerDataExport(registry, session);
  const missing = registry.missing();
  if (missing.length > 0) throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  return registry;
}
