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

export interface Caller {
  /** The signed-in account, or null for the local operator before accounts exist. */
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}
