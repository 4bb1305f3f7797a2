import type { Registry } from '../registry';
import { AppError } from '../errors';
import { hashPassword } from './password';
import {
  accountRowById,
  insertAccount,
  listAccounts,
  lockMinutes,
  otherActiveAdministrators,
  readAccount,
  rolesOf,
  setPassword,
  updateAccount,
} from './repository';
import type { Session } from './session';
import { clearFailures } from './throttle';

function refused(field: string, key: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fields: { [field]: { key } } });
}

/** The administrator's accounts screen: list, create, change roles and staff link, disable, reset passwords. */
export function registerAccounts(registry: Registry, session: Session): void {
  registry.register('accounts.list', {
    write: false,
    run: async (_input, { db, now }) => ({
      accounts: await listAccounts(db, now),
      lockAfterMinutes: await lockMinutes(db),
    }),
  });

  registry.register('accounts.create', {
    write: true,
    async run(input, { db, now }) {
      const password = await hashPassword(input.password);
      // A password someone else chose is changed by its owner at the first sign-in.
      const id = await insertAccount(db, { ...input, password, mustChangePassword: true }, now);
      return readAccount(db, id, now);
    },
  });

  registry.register('accounts.update', {
    write: true,
    async run(input, { db, caller, now }) {
      const row = await accountRowById(db, input.id);
      if (!row) throw new AppError('NOT_FOUND', `No account ${input.id}`);
      if (input.id === caller.userId && !input.active) {
        throw refused('active', 'auth.validation.notYourself', 'You cannot disable your own account');
      }
      const wasAdmin = row.active === 1 && (await rolesOf(db, input.id)).includes('administrator');
      const staysAdmin = input.active && input.roles.includes('administrator');
      if (wasAdmin && !staysAdmin && (await otherActiveAdministrators(db, input.id)) === 0) {
        throw refused('roles', 'auth.validation.lastAdministrator', 'The last administrator must stay one');
      }
      await updateAccount(db, input.id, input, now);
      session.invalidate();
      return readAccount(db, input.id, now);
    },
  });

  registry.register('accounts.resetPassword', {
    write: true,
    async run(input, { db, now }) {
      const row = await accountRowById(db, input.id);
      if (!row) throw new AppError('NOT_FOUND', `No account ${input.id}`);
      const password = await hashPassword(input.password);
      await setPassword(db, input.id, password, true, now);
      await clearFailures(db, row.username_key);
      return readAccount(db, input.id, now);
    },
  });
}
