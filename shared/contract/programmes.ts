import type { ChannelDef } from './channel';

/** Individual programmes: goals with their attainment scales, prescriptions and reviews. */
export const programmesChannels = {} satisfies Record<string, ChannelDef>;
