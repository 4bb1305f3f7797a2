import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/contract/auth';
import { invoke } from '../../api';
import { AuthContext, type AuthState, type SignedIn } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import type { AppErrorData } from '../../../../shared/contract';
import { AuthCard } from './AuthCard';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LockOverlay } from './LockOverlay';
import { SetupScreen } from './SetupScreen';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './useIdleLock';

/**
 * Nothing of the app renders before someone signs in. When the screen locks, the app stays mounted under the
 * lock (inert, hidden from assistive technology), so a half-filled form is still there after unlocking.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [session, setSession] = useState<SignedIn | null>(null);
  const [failure, setFailure] = useState<AppErrorData | null>(null);

  const apply = useCallback((next: AuthStatus) => {
    setStatus(next);
    if (next.state === 'signedIn') setSession(next);
    if (next.state === 'signedOut' || next.state === 'setup') setSession(null);
  }, []);

  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void invoke('auth.status', {}).then((result) => {
      if (!current) return;
      if (result.ok) apply(result.value);
      else setFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, [apply, attempt]);

  const lock = useCallback(async () => {
    const result = await invoke('auth.lock', {});
    if (result.ok) apply(result.value);
  }, [apply]);

  const signOut = useCallback(async () => {
    const result = await invoke('auth.signOut', {});
    if (result.ok) apply(result.value);
  }, [apply]);

  const locked = status?.state === 'locked';
  const signedInAccount = session?.account ?? null;
  useIdleLock(session?.lockAfterMinutes ?? 0, signedInAccount !== null && !locked, () => void lock());

  const state = useMemo<AuthState | null>(
    () => (session ? { session, locked, apply, lock, signOut } : null),
    [session, locked, apply, lock, signOut],
  );

  if (failure) {
    const retry = () => {
      setFailure(null);
      setAttempt((n) => n + 1);
    };
    return <ErrorAlert error={failure} onRetry={retry} />;
  }
  if (!status) return <Loading />;
  if (status.state === 'setup') return <SetupScreen onStatus={apply} />;
  if (status.state === 'signedOut') return <SignInScreen onStatus={apply} />;
  if (status.state === 'signedIn' && status.mustChangePassword) {
    return (
      <AuthCard title={t('auth.password.title')} intro={t('auth.password.mustChange')}>
        <ChangePasswordForm onDone={apply} onCancel={() => void signOut()} />
      </AuthCard>
    );
  }
  return (
    <>
      {state && (
        <AuthContext value={state}>
          <div inert={locked} aria-hidden={locked || undefined}>
            {children}
          </div>
        </AuthContext>
      )}
      {status.state === 'locked' && (
        <LockOverlay account={status.account} onStatus={apply} onSignOut={() => void signOut()} />
      )}
    </>
  );
}
