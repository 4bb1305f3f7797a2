import type { ChannelDef } from './channel';

/** Staff, services, rooms and closures. */
export const placesChannels = {} satisfies Record<string, ChannelDef>;
