import type { Registry } from '../registry';
import { readSettings, writeSettings } from './repository';

export function registerSettings(registry: Registry): void {
  registry.register('settings.get', {
    write: false,
    run: (_input, { db }) => readSettings(db),
  });
  registry.register('settings.update', {
    write: true,
    run: async (input, { db, now }) => {
      await writeSettings(db, input, now);
      return readSettings(db);
    },
  });
}
