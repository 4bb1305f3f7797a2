import type { Registry } from '../registry';
import { AppError } from '../errors';
import { appendCall, auditedTransaction } from '../audit/record';
import { writeTransaction } from '../db/transaction';
import { hashPassword } from './password';
import { countAccounts, insertAccount, setLockMinutes, setPassword } from './repository';
import type { Session } from './session';
import { confirmPassword, signIn } from './signin';
import { registerAccounts } from './accounts-handlers';

export function registerAuth(registry: Registry, session: Session): void {
  registry.register('auth.status', { write: false, run: (_input, { db }) => session.status(db) });

  registry.register('auth.setup', {
    write: true,
    async run(input, { db, now }) {
      if (session.isFixed) throw new AppError('CONFLICT', 'This backend acts as a fixed caller');
      if ((await countAccounts(db)) > 0) throw new AppError('CONFLICT', 'The administrator already exists');
      const password = await hashPassword(input.password);
      const id = await insertAccount(
        db,
        { ...input, roles: ['administrator'], staffId: null, password, mustChangePassword: false },
        now,
      );
      session.signIn(id);
      return session.status(db);
    },
  });

  registry.register('auth.signIn', {
    write: false,
    async run(input, { db, caller, now }) {
      if (session.isFixed) throw new AppError('CONFLICT', 'This backend acts as a fixed caller');
      const account = await signIn(db, input.username, input.password, caller, now);
      session.signIn(account.id);
      return session.status(db);
    },
  });

  registry.register('auth.signOut', {
    write: false,
    async run(_input, { db, now }) {
      const accountId = session.signedInAs;
      if (accountId !== null) {
        await writeTransaction(db, (trx) =>
          appendCall(trx, {
            caller: { userId: accountId, permissions: new Set() },
            kind: 'access',
            action: 'auth.signOut',
            at: now,
          }),
        );
      }
      session.signOut();
      return session.status(db);
    },
  });

  registry.register('auth.lock', {
    write: false,
    async run(_input, { db, caller, now }) {
      await writeTransaction(db, (trx) =>
        appendCall(trx, { caller, kind: 'access', action: 'auth.lock', at: now }),
      );
      session.lock();
      return session.status(db);
    },
  });

  registry.register('auth.unlock', {
    write: false,
    async run(input, { db, now }) {
      const accountId = session.signedInAs;
      if (accountId === null || !session.isLocked) return session.status(db);
      const caller = { userId: accountId, permissions: new Set<never>() };
      await confirmPassword(db, accountId, input.password, 'password', caller, now, 'auth.unlockFailed');
      await writeTransaction(db, (trx) =>
        appendCall(trx, { caller, kind: 'access', action: 'auth.unlock', at: now }),
      );
      session.unlock();
      return session.status(db);
    },
  });

  registry.register('auth.changePassword', {
    write: false,
    async run(input, { db, caller, now }) {
      const accountId = caller.userId;
      if (accountId === null) throw new AppError('FORBIDDEN', 'Nobody is signed in');
      await confirmPassword(
        db,
        accountId,
        input.current,
        'current',
        caller,
        now,
        'auth.changePasswordFailed',
      );
      const password = await hashPassword(input.next);
      await auditedTransaction(
        db,
        { caller, kind: 'change', action: 'auth.changePassword', at: now },
        (trx) => setPassword(trx, accountId, password, false, now),
      );
      session.invalidate();
      return session.status(db);
    },
  });

  registry.register('auth.setLockMinutes', {
    write: true,
    async run(input, { db }) {
      await setLockMinutes(db, input.minutes);
      return { minutes: input.minutes };
    },
  });

  registerAccounts(registry, session);
}
