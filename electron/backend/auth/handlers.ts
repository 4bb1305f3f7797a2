import type { Registry } from '../registry';
import { AppError } from '../errors';

// Placeholder while the accounts feature lands (minutes): keeps createBackend complete for everyone's tests.
export function registerAuth(registry: Registry): void {
  const todo = {
    write: false,
    run: async () => {
      throw new AppError('INTERNAL', 'not yet');
    },
  };
  for (const c of [
    'auth.status',
    'auth.setup',
    'auth.signIn',
    'auth.signOut',
    'auth.lock',
    'auth.unlock',
    'auth.changePassword',
    'auth.setLockMinutes',
    'accounts.list',
    'accounts.create',
    'accounts.update',
    'accounts.resetPassword',
  ] as const)
    registry.register(c, todo as never);
}
