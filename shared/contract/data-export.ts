import type { ChannelDef } from './channel';

/** Exports to spreadsheets, the full centre export and its import, and archiving. */
export const dataExportChannels = {} satisfies Record<string, ChannelDef>;
