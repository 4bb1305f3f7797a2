import type { ChannelDef } from './channel';
import { closuresChannels } from './places/closures';
import { roomsChannels } from './places/rooms';
import { servicesChannels } from './places/services';
import { staffChannels } from './places/staff';

/** Staff, services, rooms and closures. */
export const placesChannels = {
  ...servicesChannels,
  ...roomsChannels,
  ...staffChannels,
  ...closuresChannels,
} satisfies Record<string, ChannelDef>;
