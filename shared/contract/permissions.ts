/**
 * What a channel needs from its caller. Accounts and roles grant these; the backend registry refuses a call
 * whose caller lacks the channel's permission.
 */
export const PERMISSIONS = [
  'system.read',
  'settings.read',
  'settings.write',
  /** Beneficiaries, their guardians and referrals. */
  'people.read',
  'people.write',
  'people.import',
  /** Staff, services, rooms and closures. */
  'centre.read',
  'centre.write',
  /** Sessions and series: the calendar, bookings, moves and cancellations. */
  'schedule.read',
  'schedule.write',
  /** Setting soft clashes aside with a recorded reason (a manager's right). */
  'schedule.override',
  /** Attendance marks, planned absences, make-up credits and the monthly register. */
  'attendance.read',
  'attendance.write',
  /** Individual programmes: goals, prescriptions, reviews. */
  'programmes.read',
  'programmes.write',
  /** Session progress notes: health data only specialists and managers read. */
  'notes.read',
  'notes.write',
  /** Accounts and roles (an administrator's right). */
  'accounts.manage',
  /** Reading the audit log. */
  'audit.read',
  /** Backups, restore and the database's integrity. */
  'backup.manage',
  /** Spreadsheet and full exports, the full import, archiving. */
  'data.export',
  'data.import',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a person may hold; several at once. Which permissions each grants: shared/domain/roles.ts. */
export const ROLES = ['receptionist', 'specialist', 'manager', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** A channel anyone may call, signed out or locked: the sign-in screen's own channels. */
export const PUBLIC = 'public';
/** A channel any signed-in, unlocked account may call whatever its roles: its own password, locking. */
export const SIGNED_IN = 'signedIn';
/** What a channel declares it needs: a permission, or one of the two markers above — never nothing. */
export type Access = Permission | typeof PUBLIC | typeof SIGNED_IN;

export interface Caller {
  /** The signed-in account's id, or null for the local operator (tests, command line, demo) and the signed out. */
  userId: string | null;
  /** The staff member this account is, when linked: a specialist's notes are limited to the people they serve. */
  staffId?: number | null;
  roles?: readonly Role[];
  permissions: ReadonlySet<Permission>;
}

/** Whether a caller may call a channel declaring `access`. */
export function callerMay(caller: Caller, access: Access): boolean {
  if (access === PUBLIC) return true;
  if (access === SIGNED_IN) return caller.userId !== null;
  return caller.permissions.has(access);
}
