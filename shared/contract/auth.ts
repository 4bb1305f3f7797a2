import { z } from 'zod';
import { channel, returns, type ChannelDef } from './channel';
import { PUBLIC, ROLES, SIGNED_IN, type Permission, type Role } from './permissions';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
/** How long an unattended screen stays open before it asks for the password again, by default. */
export const DEFAULT_LOCK_MINUTES = 10;

const username = z
  .string()
  .trim()
  .min(3, 'auth.validation.usernameShort')
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'auth.validation.usernameChars');
const displayName = z.string().trim().min(1).max(200);
/** A password being chosen: long enough; any characters, never trimmed. */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN, { message: 'auth.validation.passwordShort' })
  .max(PASSWORD_MAX);
/** A password being checked: whatever was typed. */
const typedPassword = z.string().min(1).max(PASSWORD_MAX);
const roles = z
  .array(z.enum(ROLES))
  .min(1, 'auth.validation.rolesRequired')
  .transform((list) => ROLES.filter((role) => list.includes(role)));
const accountId = z.string().min(1).max(64);

export const setupSchema = z.strictObject({ username, displayName, password: newPassword });
export const signInSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: typedPassword,
});
export const changePasswordSchema = z
  .strictObject({ current: typedPassword, next: newPassword })
  .refine((input) => input.current !== input.next, {
    message: 'auth.validation.passwordUnchanged',
    path: ['next'],
  });
export const accountCreateSchema = z.strictObject({
  username,
  displayName,
  password: newPassword,
  roles,
  staffId: z.number().int().positive().nullable(),
});
export const accountUpdateSchema = z.strictObject({
  id: accountId,
  displayName,
  roles,
  staffId: z.number().int().positive().nullable(),
  active: z.boolean(),
});
export const resetPasswordSchema = z.strictObject({ id: accountId, password: newPassword });
export const lockMinutesSchema = z.strictObject({ minutes: z.number().int().min(1).max(240) });

export interface AccountSummary {
  id: string;
  username: string;
  displayName: string;
  staffId: number | null;
  roles: Role[];
}

export interface Account extends AccountSummary {
  active: boolean;
  mustChangePassword: boolean;
  /** Until when sign-in is refused after repeated wrong passwords (ISO), if it is. */
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Where the one desktop session stands. `account` is null when the backend acts as the local operator (tests,
 * command line, screenshots) rather than for someone who signed in.
 */
export type AuthStatus =
  | { state: 'setup' }
  | { state: 'signedOut' }
  | { state: 'locked'; account: AccountSummary }
  | {
      state: 'signedIn';
      account: AccountSummary | null;
      permissions: Permission[];
      mustChangePassword: boolean;
      /** Minutes without input after which the screen locks; 0: never (the local operator). */
      lockAfterMinutes: number;
    };

/** Accounts and sign-in: the signed-in user, passwords, roles and the idle lock. */
export const authChannels = {
  'auth.status': channel({ input: z.strictObject({}), output: returns<AuthStatus>(), permission: PUBLIC }),
  /** Only while no account exists: the first start creates the administrator, signed in at once. */
  'auth.setup': channel({ input: setupSchema, output: returns<AuthStatus>(), permission: PUBLIC }),
  'auth.signIn': channel({ input: signInSchema, output: returns<AuthStatus>(), permission: PUBLIC }),
  /** Public so the lock screen can hand the computer to someone else. */
  'auth.signOut': channel({ input: z.strictObject({}), output: returns<AuthStatus>(), permission: PUBLIC }),
  'auth.lock': channel({ input: z.strictObject({}), output: returns<AuthStatus>(), permission: SIGNED_IN }),
  /** The locked session's own password; throttled like sign-in. */
  'auth.unlock': channel({
    input: z.strictObject({ password: typedPassword }),
    output: returns<AuthStatus>(),
    permission: PUBLIC,
  }),
  'auth.changePassword': channel({
    input: changePasswordSchema,
    output: returns<AuthStatus>(),
    permission: SIGNED_IN,
  }),
  'auth.setLockMinutes': channel({
    input: lockMinutesSchema,
    output: returns<{ minutes: number }>(),
    permission: 'settings.write',
  }),
  'accounts.list': channel({
    input: z.strictObject({}),
    output: returns<{ accounts: Account[]; lockAfterMinutes: number }>(),
    permission: 'accounts.manage',
  }),
  'accounts.create': channel({
    input: accountCreateSchema,
    output: returns<Account>(),
    permission: 'accounts.manage',
  }),
  'accounts.update': channel({
    input: accountUpdateSchema,
    output: returns<Account>(),
    permission: 'accounts.manage',
  }),
  /** Sets a temporary password the person must change at their next sign-in; also lifts a sign-in lockout. */
  'accounts.resetPassword': channel({
    input: resetPasswordSchema,
    output: returns<Account>(),
    permission: 'accounts.manage',
  }),
} satisfies Record<string, ChannelDef>;
