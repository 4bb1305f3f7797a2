import {
  closeSync,
  constants,
  accessSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../shared/domain/backup';

const BACKUP_FILE = /^imkon-[0-9A-Za-z-]+\.sqlite$/;

export function manifestPathOf(backupPath: string): string {
  return backupPath.replace(/\.sqlite$/, '.json');
}

/** 2026-11-22T02:10:05.123Z → 2026-11-22T02-10-05-123Z: sortable, and legal in a Windows file name. */
export function fileStamp(instant: Date): string {
  return instant.toISOString().replaceAll(':', '-').replace('.', '-');
}

/** A name no file in `folder` has yet: a pinned or coarse clock must never make one backup replace another. */
export function freshName(folder: string, prefix: string, instant: Date, suffix: string): string {
  const base = `${prefix}-${fileStamp(instant)}`;
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}${suffix}`;
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.partial`))) return name;
  }
}

export function backupName(folder: string, instant: Date, reason: BackupReason): string {
  return freshName(folder, 'imkon', instant, `-${reason}.sqlite`);
}

/** Flushes a file to the disk, so a power cut after "backup taken" cannot leave it half on the platters. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a small file whole or not at all: to a temporary name, flushed, then renamed over the old one. */
export function writeFileAtomic(path: string, text: string): void {
  const temp = `${path}.tmp`;
  writeFileSync(temp, text);
  syncFile(temp);
  renameSync(temp, path);
}

export function folderWritable(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isManifest(value: unknown): value is Omit<BackupInfo, 'name' | 'size'> {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.createdAt === 'string' &&
    typeof m.appVersion === 'string' &&
    typeof m.schemaVersion === 'number' &&
    Array.isArray(m.migrations) &&
    (BACKUP_REASONS as readonly unknown[]).includes(m.reason) &&
    typeof m.summary === 'object' &&
    typeof m.tables === 'object'
  );
}

/** A backup's description from its manifest; null when it has none or it cannot be read. */
export function readBackup(folder: string, name: string): BackupInfo | null {
  const path = join(folder, name);
  try {
    const manifest: unknown = JSON.parse(readFileSync(manifestPathOf(path), 'utf8'));
    if (!isManifest(manifest)) return null;
    return {
      name,
      createdAt: manifest.createdAt,
      reason: manifest.reason,
      appVersion: manifest.appVersion,
      schemaVersion: manifest.schemaVersion,
      migrations: manifest.migrations,
      size: statSync(path).size,
      summary: manifest.summary,
      tables: manifest.tables,
    };
  } catch {
    return null;
  }
}

/** The verified backups in a folder, newest first; a missing or unreadable folder holds none. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => BACKUP_FILE.test(name));
  } catch {
    return [];
  }
  return names
    .map((name) => readBackup(folder, name))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1,
    );
}
