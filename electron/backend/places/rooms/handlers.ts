import type { Registry } from '../../registry';
import { createRoom, listRooms, updateRoom } from './repository';

export function registerRooms(registry: Registry): void {
  registry.register('rooms.list', {
    write: false,
    run: (input, { db }) => listRooms(db, input),
  });
  registry.register('rooms.create', {
    write: true,
    run: (input, { db, now }) => createRoom(db, input, now),
  });
  registry.register('rooms.update', {
    write: true,
    run: (input, { db, now }) => updateRoom(db, input, now),
  });
}
