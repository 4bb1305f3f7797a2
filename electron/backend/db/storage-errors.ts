import { AppError } from '../errors';
import type { Db } from './connection';

/** Databases opened in the refuse-writes mode: a write through them is refused before it begins. */
const refusingWrites = new WeakSet<Db>();

export function refuseWrites(db: Db): void {
  refusingWrites.add(db);
}

export function refusesWrites(db: Db): boolean {
  return refusingWrites.has(db);
}

export function readOnlyError(): AppError {
  return new AppError(
    'READ_ONLY',
    'The database was found damaged when the app opened it; nothing is written until a backup is restored',
  );
}

/**
 * SQLite's storage failures as the expected errors a person can act on: a full disk, a damaged file, a file
 * the app may not write. Anything else is left as it is.
 */
export function storageFailure(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const message = error instanceof Error ? error.message : code;
  if (code.startsWith('SQLITE_FULL')) return new AppError('STORAGE_FULL', `The disk is full: ${message}`);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
    return new AppError('DATABASE_DAMAGED', `The database file is damaged: ${message}`);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyError();
  return null;
}
