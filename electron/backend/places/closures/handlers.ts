import type { Registry } from '../../registry';
import { closuresBetween, createClosure, deleteClosure, updateClosure } from './repository';

export function registerClosures(registry: Registry): void {
  registry.register('closures.list', {
    write: false,
    run: (input, { db }) => closuresBetween(db, input.from, input.to),
  });
  registry.register('closures.create', {
    write: true,
    run: (input, { db, now }) => createClosure(db, input, now),
  });
  registry.register('closures.update', {
    write: true,
    run: (input, { db, now }) => updateClosure(db, input, now),
  });
  registry.register('closures.delete', {
    write: true,
    run: (input, { db, now }) => deleteClosure(db, input.id, now),
  });
}
