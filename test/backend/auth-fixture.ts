import type { Backend } from '../../electron/backend';
import { LOCAL_OPERATOR } from '../../electron/backend';
import {
  ROLES,
  type Caller,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type Result,
  type Role,
} from '../../shared/contract';

export const EVERY_ROLE: Role[] = [...ROLES];
import { expectOk, openTestBackend } from './backend-fixture';

export const ADMIN = { username: 'Dilnoza', displayName: 'Dilnoza Karimova', password: 'tog‘dagi-olma-42' };

/**
 * A backend whose calls come from whoever signs in, like the app's, with its first administrator set up and
 * signed in; `roles` widens what that person holds (the setup alone makes an administrator only).
 */
export async function openSessionBackend(clock?: () => Date, roles?: Role[]): Promise<Backend> {
  const backend = await openTestBackend({ caller: 'session', ...(clock && { clock }) });
  const status = expectOk(await ask(backend, 'auth.setup', ADMIN));
  if (roles && status.state === 'signedIn' && status.account) {
    const change = {
      id: status.account.id,
      displayName: ADMIN.displayName,
      roles,
      staffId: null,
      active: true,
    };
    expectOk(await ask(backend, 'accounts.update', change));
  }
  return backend;
}

/** Creates an account as the local operator (not through the session) and gives its id. */
export async function addAccount(
  backend: Backend,
  username: string,
  roles: Role[],
  password = 'vaqtinchalik-parol',
  staffId: number | null = null,
): Promise<string> {
  const account = expectOk(
    await ask(
      backend,
      'accounts.create',
      { username, displayName: username, password, roles, staffId },
      LOCAL_OPERATOR,
    ),
  );
  return account.id;
}

/** One call with the channel's own output type. */
export async function ask<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
  caller?: Caller,
): Promise<Result<ChannelOutput<C>>> {
  return (await backend.handle(channel, input, caller)) as Result<ChannelOutput<C>>;
}
