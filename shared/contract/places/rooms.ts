import { z } from 'zod';
import { ROOM_KINDS, type Room } from '../../domain/rooms';
import { channel, returns } from '../channel';
import { optionalText, recordId, requiredText } from './fields';

const roomFields = {
  name: requiredText(100),
  kind: z.enum(ROOM_KINDS),
  capacity: z.number().int().min(1).max(500),
  notes: optionalText(500),
  active: z.boolean(),
};

export const roomInputSchema = z.strictObject(roomFields);
export const roomUpdateSchema = z.strictObject({ id: recordId, ...roomFields });

export const roomsChannels = {
  'rooms.list': channel({
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    output: returns<Room[]>(),
    permission: 'centre.read',
  }),
  /** A room name is unique: a second room of the same name is refused at the name (CONFLICT). */
  'rooms.create': channel({
    input: roomInputSchema,
    output: returns<Room>(),
    permission: 'centre.write',
  }),
  'rooms.update': channel({
    input: roomUpdateSchema,
    output: returns<Room>(),
    permission: 'centre.write',
  }),
};
