import type { ChannelDef } from './channel';

/** Importing referred people from CSV or XLSX files. */
export const importChannels = {} satisfies Record<string, ChannelDef>;
