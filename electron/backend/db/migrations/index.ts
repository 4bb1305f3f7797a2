import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_centre_settings';

/**
 * Every migration in order. A static list, not a directory scan: the bundled app has no migrations folder.
 * Append only; a landed migration is never edited, renamed or removed.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_centre_settings', m0001],
];
