import type { ChannelDef } from './channel';

/** Accounts and sign-in: the signed-in user, passwords, roles and the idle lock. */
export const authChannels = {} satisfies Record<string, ChannelDef>;
