import type { Registry } from '../../registry';
import { createService, listServices, updateService } from './repository';

export function registerServices(registry: Registry): void {
  registry.register('services.list', {
    write: false,
    run: (input, { db }) => listServices(db, input),
  });
  registry.register('services.create', {
    write: true,
    run: (input, { db, now }) => createService(db, input, now),
  });
  registry.register('services.update', {
    write: true,
    run: (input, { db, now }) => updateService(db, input, now),
  });
}
