import type { ChannelDef } from './channel';

/** Beneficiaries, guardians and referrals. */
export const peopleChannels = {} satisfies Record<string, ChannelDef>;
