import type { Registry } from '../registry';
import { enrol, leave } from './enrol';
import { getGroup, listGroups } from './read';
import { createGroup, updateGroup } from './write';

/** Group writes check the teacher, the room and the people inside the registry's immediate transaction. */
export function registerGroups(registry: Registry): void {
  registry.register('groups.list', { write: false, run: (input, { db, now }) => listGroups(db, input, now) });
  registry.register('groups.get', { write: false, run: (input, { db, now }) => getGroup(db, input.id, now) });
  registry.register('groups.create', { write: true, run: createGroup });
  registry.register('groups.update', { write: true, run: updateGroup });
  registry.register('groups.enrol', { write: true, run: enrol });
  registry.register('groups.leave', { write: true, run: leave });
}
