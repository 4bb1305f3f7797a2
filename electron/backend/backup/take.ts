import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../../shared/domain/backup';
import { AppError } from '../errors';
import { APP_VERSION } from '../version';
import { backupName, manifestPathOf, syncFile, writeFileAtomic } from './files';
import { inspectDatabase, migrationsOf } from './inspect';

/** Pages per step while the app keeps working between steps: about 4 MB with the default page size. */
const PAGES_PER_STEP = 1000;
const ALL_REMAINING = 0x7fffffff;

/**
 * How many pages each step copies. A commit through another connection restarts SQLite's copy from the start,
 * so one restart is enough: the rest is copied in one step, which holds the read lock only for that step.
 */
function stepSize(): (progress: { totalPages: number; remainingPages: number }) => number {
  let remaining = Infinity;
  let restarted = false;
  return (progress) => {
    if (progress.remainingPages > remaining) restarted = true;
    remaining = progress.remainingPages;
    return restarted ? ALL_REMAINING : PAGES_PER_STEP;
  };
}

function backupFailed(reason: string, message: string): AppError {
  return new AppError('BACKUP_FAILED', message, { reason });
}

/**
 * Copies the open database with SQLite's online backup API (pages copied while the app keeps working, never a
 * raw copy of a live file), then verifies the copy before it counts: quick_check, the same migrations as the
 * source, and rows per table written to a manifest beside it. Until verified the copy has a `.partial` name,
 * so a crash or a full disk can never leave something that looks like a good backup.
 */
export async function takeBackup(
  raw: BetterSqlite3.Database,
  folder: string,
  reason: BackupReason,
  now: Date,
): Promise<BackupInfo> {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw backupFailed('folder', `Cannot create the backup folder ${folder}: ${String(error)}`);
  }
  const name = backupName(folder, now, reason);
  const path = join(folder, name);
  const partial = `${path}.partial`;
  try {
    const expected = migrationsOf(raw);
    await raw.backup(partial, { progress: stepSize() });
    // One self-contained file: a backup carried on a USB drive must not depend on a -wal beside it.
    const copy = new BetterSqlite3(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    syncFile(partial);
    const inspection = inspectDatabase(partial);
    if (inspection.quickCheck !== 'ok') {
      throw backupFailed('verify', `The backup failed its check: ${inspection.quickCheck}`);
    }
    if (inspection.migrations.join('\n') !== expected.join('\n')) {
      throw backupFailed('verify', 'The backup does not have the schema version of the database it copies');
    }
    const info: BackupInfo = {
      name,
      createdAt: now.toISOString(),
      reason,
      appVersion: APP_VERSION,
      schemaVersion: inspection.migrations.length,
      migrations: inspection.migrations,
      size: statSync(partial).size,
      summary: inspection.summary,
      tables: inspection.tables,
    };
    const { name: _name, size: _size, ...manifest } = info;
    writeFileAtomic(manifestPathOf(path), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(partial, path);
    return info;
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    rmSync(manifestPathOf(path), { force: true });
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOSPC' || code === 'SQLITE_FULL')
      throw new AppError('STORAGE_FULL', `No space for the backup in ${folder}`, { reason: 'full' });
    throw backupFailed('write', `The backup could not be written to ${folder}: ${String(error)}`);
  }
}
