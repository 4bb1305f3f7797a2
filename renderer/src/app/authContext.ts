import { createContext, use } from 'react';
import type { AuthStatus } from '../../../shared/contract/auth';
import { callerMay, type Access, type Permission } from '../../../shared/contract/permissions';

export type SignedIn = Extract<AuthStatus, { state: 'signedIn' }>;

export interface AuthState {
  /** The session the app runs in; the gate renders the app only while signed in (or locked over it). */
  session: SignedIn;
  locked: boolean;
  /** Takes a status a channel answered with (sign-in, unlock, password change) as the new truth. */
  apply(status: AuthStatus): void;
  lock(): Promise<void>;
  signOut(): Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState | null {
  return use(AuthContext);
}

/**
 * Whether the signed-in account may use what needs `access`, so the UI hides what the backend would refuse.
 * Without a gate above (a component rendered alone in a unit test) everything shows: the backend still decides.
 */
export function useCan(access: Access): boolean {
  const auth = use(AuthContext);
  if (!auth) return true;
  const { session } = auth;
  const permissions = new Set<Permission>(session.permissions);
  return callerMay({ userId: session.account?.id ?? 'operator', permissions }, access);
}
