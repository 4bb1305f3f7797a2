import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/backend';
import { call, openCentre, booking, NOW } from './schedule-fixture';
import { testDir } from './backend-fixture';

export { NOW };

/** The SHA-256 of a file, or null when it is not there: "nothing overwritten" is these staying equal. */
export function hashOf(path: string): string | null {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}

export function hashes(file: string): Record<string, string | null> {
  return { db: hashOf(file), wal: hashOf(`${file}-wal`) };
}

/**
 * A centre with two bookings and a verified backup taken after the first one, closed cleanly: its data folder
 * and database file, ready to be damaged.
 */
export async function centreWithBackup(): Promise<{ dataDir: string; file: string; backupName: string }> {
  const dataDir = testDir();
  const centre = await openCentre(dataDir);
  await call(centre.backend, 'schedule.book', booking(centre));
  const backup = await call(centre.backend, 'backup.now', {});
  await call(centre.backend, 'schedule.book', booking(centre, { date: '2026-03-17' }));
  await centre.backend.close();
  return { dataDir, file: join(dataDir, DATABASE_FILE), backupName: backup.name };
}
