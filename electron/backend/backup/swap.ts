import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freshName, syncFile } from './files';

const SIDECARS = ['-wal', '-shm'] as const;

/**
 * Moves a damaged database and its -wal/-shm aside under a new, timestamped name: kept for a technician, never
 * overwritten. Returns the new name of the database file.
 */
export function setAside(file: string, now: Date): string {
  const folder = dirname(file);
  const name = freshName(folder, 'imkon-damaged', now, '.sqlite');
  for (const suffix of ['', ...SIDECARS]) {
    if (existsSync(file + suffix)) renameSync(file + suffix, join(folder, name + suffix));
  }
  return name;
}

/**
 * Puts a backup in the database's place while no connection is open. The copy is made beside the target and
 * flushed first, so the rename is the only moment of change; a -wal or -shm left from the old file is removed
 * first, since SQLite would otherwise replay the old file's log onto the restored one.
 */
export function putInPlace(backupPath: string, file: string): void {
  const incoming = `${file}.restoring`;
  copyFileSync(backupPath, incoming);
  syncFile(incoming);
  for (const suffix of SIDECARS) rmSync(file + suffix, { force: true });
  renameSync(incoming, file);
}
