import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_centre_settings';
import * as m0002 from './0002_people_and_places';
import * as m0003 from './0003_sessions';
import * as m0004 from './0004_groups';
import * as m0005 from './0005_group_sessions_detached';
import * as m0006 from './0006_attendance';
import * as m0007 from './0007_programmes';
import * as m0008 from './0008_progress_notes';
import * as m0009 from './0009_accounts_audit';
import * as m0010 from './0010_archive';

/**
 * Every migration in order. A static list, not a directory scan: the bundled app has no migrations folder.
 * Append only; a landed migration is never edited, renamed or removed.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_centre_settings', m0001],
  ['0002_people_and_places', m0002],
  ['0003_sessions', m0003],
  ['0004_groups', m0004],
  ['0005_group_sessions_detached', m0005],
  ['0006_attendance', m0006],
  ['0007_programmes', m0007],
  ['0008_progress_notes', m0008],
  ['0009_accounts_audit', m0009],
  ['0010_archive', m0010],
];
