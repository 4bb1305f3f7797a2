import { PERMISSIONS, ROLES, type Permission, type Role } from '../contract/permissions';

/** What every account may see whatever its role: the app's health and the centre's own settings. */
const EVERYONE: readonly Permission[] = ['system.read', 'settings.read', 'centre.read'];

/**
 * Which permissions each role grants. Progress notes hold health data: only specialists (for the people they
 * serve, a rule the notes feature applies with caller.staffId) and managers read them; reception books and marks
 * attendance without them. Administrators run the system, not the casework: accounts, settings, backups, data.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  receptionist: [
    ...EVERYONE,
    'people.read',
    'people.write',
    'schedule.read',
    'schedule.write',
    'attendance.read',
    'attendance.write',
    // Prescriptions say what to book. Goals, baselines, reviews and a programme's notes are casework: the
    // programmes read channels leave them out for a caller without notes.read (electron/backend/programmes).
    'programmes.read',
  ],
  specialist: [
    ...EVERYONE,
    'people.read',
    'schedule.read',
    'attendance.read',
    'attendance.write',
    'programmes.read',
    'programmes.write',
    'notes.read',
    'notes.write',
  ],
  manager: [
    ...EVERYONE,
    'people.read',
    'people.write',
    'people.import',
    'centre.write',
    'schedule.read',
    'schedule.write',
    'schedule.override',
    'attendance.read',
    'attendance.write',
    'programmes.read',
    'programmes.write',
    'notes.read',
    'audit.read',
    'data.export',
  ],
  administrator: [
    ...EVERYONE,
    'settings.write',
    'centre.write',
    'accounts.manage',
    'backup.manage',
    'data.export',
    'data.import',
  ],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Everything the roles together grant, in the contract's order. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const granted = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
  return new Set(PERMISSIONS.filter((permission) => granted.has(permission)));
}
