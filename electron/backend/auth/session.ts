import type { AuthStatus } from '../../../shared/contract/auth';
import { PERMISSIONS, type Caller } from '../../../shared/contract/permissions';
import { permissionsOf } from '../../../shared/domain/roles';
import type { Db } from '../db/connection';
import { accountRowById, countAccounts, lockMinutes, rolesOf } from './repository';

/** Signed out, or locked: may call the public channels and nothing else. */
export const NOBODY: Caller = { userId: null, staffId: null, roles: [], permissions: new Set() };

/**
 * The one desktop session: who is signed in and whether the screen is locked. With a fixed caller (tests, the
 * command line, the demo) there is no signing in at all and every call acts as that caller.
 */
export class Session {
  private accountId: string | null = null;
  private locked = false;
  private cached: Caller | null = null;

  constructor(private readonly fixed: Caller | null) {}

  get isFixed(): boolean {
    return this.fixed !== null;
  }

  get signedInAs(): string | null {
    return this.accountId;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** Who the next call comes from. Roles are read once per sign-in and after any change to accounts. */
  async caller(db: Db): Promise<Caller> {
    if (this.fixed) return this.fixed;
    if (this.accountId === null || this.locked) return NOBODY;
    if (this.cached) return this.cached;
    const row = await accountRowById(db, this.accountId);
    if (!row || row.active !== 1) {
      // Disabled or removed while signed in: the next call finds the door shut.
      this.signOut();
      return NOBODY;
    }
    const roles = await rolesOf(db, row.id);
    this.cached = { userId: row.id, staffId: row.staff_id, roles, permissions: permissionsOf(roles) };
    return this.cached;
  }

  signIn(accountId: string): void {
    this.accountId = accountId;
    this.locked = false;
    this.cached = null;
  }

  signOut(): void {
    this.accountId = null;
    this.locked = false;
    this.cached = null;
  }

  lock(): void {
    if (this.accountId !== null) this.locked = true;
  }

  unlock(): void {
    this.locked = false;
  }

  /** After accounts change: roles, staff link or the account's being active are read again. */
  invalidate(): void {
    this.cached = null;
  }

  async status(db: Db): Promise<AuthStatus> {
    if (this.fixed) {
      return {
        state: 'signedIn',
        account: null,
        permissions: PERMISSIONS.filter((p) => this.fixed?.permissions.has(p)),
        mustChangePassword: false,
        lockAfterMinutes: 0,
      };
    }
    if (this.accountId === null)
      return (await countAccounts(db)) === 0 ? { state: 'setup' } : { state: 'signedOut' };
    const row = await accountRowById(db, this.accountId);
    if (!row || row.active !== 1) {
      this.signOut();
      return { state: 'signedOut' };
    }
    const roles = await rolesOf(db, row.id);
    const account = {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      staffId: row.staff_id,
      roles,
    };
    if (this.locked) return { state: 'locked', account };
    const granted = permissionsOf(roles);
    return {
      state: 'signedIn',
      account,
      permissions: PERMISSIONS.filter((p) => granted.has(p)),
      mustChangePassword: row.must_change_password === 1,
      lockAfterMinutes: await lockMinutes(db),
    };
  }
}
