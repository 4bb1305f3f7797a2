import type { ChannelDef } from './channel';

/** Backups: taking, verifying, listing and restoring them, and the database’s integrity. */
export const backupChannels = {} satisfies Record<string, ChannelDef>;
