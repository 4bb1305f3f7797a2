/**
 * Row types as SQLite returns them: integers for booleans, TEXT for dates and JSON. Each feature's tables live in
 * their own file; the database is the union of them.
 */
import type { CentreTables } from './centre';
import type { PlacesTables } from './places';
import type { PeopleTables } from './people';
import type { ScheduleTables } from './schedule';
import type { GroupsTables } from './groups';
import type { AttendanceTables } from './attendance';
import type { ProgrammesTables } from './programmes';
import type { NotesTables } from './notes';
import type { AccountsTables } from './accounts';
import type { AuditTables } from './audit';

export type * from './centre';
export type * from './places';
export type * from './people';
export type * from './schedule';
export type * from './groups';
export type * from './attendance';
export type * from './programmes';
export type * from './notes';
export type * from './accounts';
export type * from './audit';

export interface Database
  extends
    CentreTables,
    PlacesTables,
    PeopleTables,
    ScheduleTables,
    GroupsTables,
    AttendanceTables,
    ProgrammesTables,
    NotesTables,
    AccountsTables,
    AuditTables {}
