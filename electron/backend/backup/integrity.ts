import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { endianness } from 'node:os';
import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseProblem } from '../../../shared/domain/backup';
import { migrationsOf, quickCheck } from './inspect';

export type FileCheck =
  | { kind: 'missing' }
  | { kind: 'ok'; migrations: string[] }
  | { kind: 'damaged'; problem: DatabaseProblem; detail: string }
  | { kind: 'tooNew'; unknownMigrations: string[] };

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readStart(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the WAL index (-shm) says the write-ahead log held committed pages not yet copied into the database,
 * while the log itself is gone: then recent confirmed writes are missing. Read before SQLite opens anything,
 * because opening rebuilds the index and the evidence with it.
 */
function walWentMissing(file: string): boolean {
  if (existsSync(`${file}-wal`) || !existsSync(`${file}-shm`)) return false;
  const shm = readStart(`${file}-shm`, 136);
  if (shm.length < 136 || shm[12] !== 1) return false;
  // The index is in the machine's own byte order: mxFrame at 16, nBackfill at 96.
  const read = (offset: number) =>
    endianness() === 'LE' ? shm.readUInt32LE(offset) : shm.readUInt32BE(offset);
  return read(16) > read(96);
}

function sqliteProblem(error: unknown): DatabaseProblem {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_NOTADB')) return 'notADatabase';
  if (code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  return 'unreadable';
}

/**
 * Looks at the database file before the app opens it for writing, touching nothing: the header, a lost
 * write-ahead log, a file shorter than its header says, then a read-only quick_check and the migrations
 * applied (a newer app's database is refused, not opened).
 */
export function checkDatabaseFile(file: string, knownMigrations: readonly string[]): FileCheck {
  if (!existsSync(file)) return { kind: 'missing' };
  const size = statSync(file).size;
  if (size === 0 && !existsSync(`${file}-wal`)) return { kind: 'missing' };
  const header = readStart(file, 100);
  if (header.length < 100 || !header.subarray(0, 16).equals(HEADER)) {
    return {
      kind: 'damaged',
      problem: 'notADatabase',
      detail: 'The file does not start with a SQLite header',
    };
  }
  if (walWentMissing(file)) {
    return {
      kind: 'damaged',
      problem: 'walMissing',
      detail: 'The write-ahead log (-wal) is missing while its index says it held committed changes',
    };
  }
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  // The page count in the header is only current when the two counters agree, and a -wal may hold the rest.
  const headerCurrent = header.readUInt32BE(24) === header.readUInt32BE(92);
  const walBeside = existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
  if (!walBeside && headerCurrent && pages > 0 && size < pages * pageSize) {
    return {
      kind: 'damaged',
      problem: 'corrupt',
      detail: `The file is ${size} bytes, shorter than the ${pages} pages of ${pageSize} bytes its header records`,
    };
  }
  // A read-only connection to a WAL database creates an empty -wal and an -shm if there were none; they are
  // removed again so that looking leaves the folder as it was found.
  const sidecarsBefore = { wal: existsSync(`${file}-wal`), shm: existsSync(`${file}-shm`) };
  let raw: BetterSqlite3.Database | undefined;
  try {
    raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = quickCheck(raw);
    if (check !== 'ok') return { kind: 'damaged', problem: 'corrupt', detail: check };
    const migrations = migrationsOf(raw);
    const known = new Set(knownMigrations);
    const unknownMigrations = migrations.filter((name) => !known.has(name));
    if (unknownMigrations.length > 0) return { kind: 'tooNew', unknownMigrations };
    return { kind: 'ok', migrations };
  } catch (error) {
    return {
      kind: 'damaged',
      problem: sqliteProblem(error),
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    raw?.close();
    if (!sidecarsBefore.wal && existsSync(`${file}-wal`) && statSync(`${file}-wal`).size === 0) {
      rmSync(`${file}-wal`);
      if (!sidecarsBefore.shm) rmSync(`${file}-shm`, { force: true });
    }
  }
}
