import type { ChannelDef } from './channel';

/** Session progress notes: drafts, signing, amendments and templates. */
export const notesChannels = {} satisfies Record<string, ChannelDef>;
