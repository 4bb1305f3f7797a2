import type { Backend } from '..';
import type { Role } from '../../../shared/contract';
import { hashPassword } from '../auth/password';
import { insertAccount } from '../auth/repository';

/**
 * One account per role, for the demo centre only: these passwords are printed in the README, so a data folder
 * seeded with them must never hold real people.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{
  username: string;
  displayName: string;
  role: Role;
  password: string;
}> = [
  { username: 'qabul', displayName: 'Qabulxona (demo)', role: 'receptionist', password: 'qabul-demo-2026' },
  {
    username: 'mutaxassis',
    displayName: 'Mutaxassis (demo)',
    role: 'specialist',
    password: 'mutaxassis-demo-2026',
  },
  { username: 'rahbar', displayName: 'Rahbar (demo)', role: 'manager', password: 'rahbar-demo-2026' },
  {
    username: 'admin',
    displayName: 'Administrator (demo)',
    role: 'administrator',
    password: 'admin-demo-2026',
  },
];

/**
 * Written through the repository rather than accounts.create, which would make each person choose a new
 * password at the first sign-in: the demo's passwords stay the documented ones. The specialist is linked to the
 * staff member with the most sessions, so their notes list has people in it.
 */
export async function seedAccounts(backend: Backend): Promise<void> {
  const busiest = await backend.db
    .selectFrom('sessions')
    .select(['specialist_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('specialist_id', 'is not', null)
    .groupBy('specialist_id')
    .orderBy('n', 'desc')
    .executeTakeFirst();
  const now = new Date();
  for (const account of DEMO_ACCOUNTS) {
    const password = await hashPassword(account.password);
    const staffId = account.role === 'specialist' ? (busiest?.specialist_id ?? null) : null;
    await insertAccount(
      backend.db,
      {
        username: account.username,
        displayName: account.displayName,
        roles: [account.role],
        staffId,
        password,
        mustChangePassword: false,
      },
      now,
    );
  }
}
