import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES, type Permission } from '../../shared/contract/permissions';
import { isRole, permissionsOf, ROLE_PERMISSIONS } from '../../shared/domain/roles';

const may = (role: (typeof ROLES)[number], permission: Permission) => permissionsOf([role]).has(permission);

describe('roles and what they grant', () => {
  it('lets reception book and mark attendance but never read progress notes', () => {
    for (const p of ['schedule.write', 'attendance.write', 'people.write'] as const) {
      expect(may('receptionist', p)).toBe(true);
    }
    expect(may('receptionist', 'notes.read')).toBe(false);
    expect(may('receptionist', 'notes.write')).toBe(false);
    expect(may('receptionist', 'audit.read')).toBe(false);
    expect(may('receptionist', 'schedule.override')).toBe(false);
  });

  it('lets specialists read and write notes and mark attendance', () => {
    for (const p of ['notes.read', 'notes.write', 'attendance.write', 'programmes.write'] as const) {
      expect(may('specialist', p)).toBe(true);
    }
    expect(may('specialist', 'accounts.manage')).toBe(false);
  });

  it('lets managers read everything readable, override soft clashes and read the audit log', () => {
    const reads = PERMISSIONS.filter((p) => p.endsWith('.read'));
    for (const p of reads) expect(may('manager', p)).toBe(true);
    expect(may('manager', 'schedule.override')).toBe(true);
    expect(may('manager', 'data.export')).toBe(true);
    expect(may('manager', 'accounts.manage')).toBe(false);
  });

  it('lets administrators manage accounts, settings and backups but not read notes', () => {
    for (const p of ['accounts.manage', 'settings.write', 'backup.manage'] as const) {
      expect(may('administrator', p)).toBe(true);
    }
    expect(may('administrator', 'notes.read')).toBe(false);
  });

  it('adds up the roles of a person holding several', () => {
    const both = permissionsOf(['receptionist', 'administrator']);
    expect(both.has('schedule.write')).toBe(true);
    expect(both.has('accounts.manage')).toBe(true);
    expect(both.has('notes.read')).toBe(false);
    expect(permissionsOf([]).size).toBe(0);
    expect(permissionsOf([...ROLES])).toEqual(new Set(PERMISSIONS));
  });

  it('grants only permissions the contract knows, and recognises role names', () => {
    for (const role of ROLES) {
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    }
    expect(isRole('manager')).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});
