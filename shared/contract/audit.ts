import type { ChannelDef } from './channel';

/** The append-only audit log: every change and every opening of a person’s file. */
export const auditChannels = {} satisfies Record<string, ChannelDef>;
