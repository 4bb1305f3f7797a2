import type { Registry } from '../registry';
import { appliedMigrations } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { APP_VERSION } from '../version';

export function registerSystem(registry: Registry, dataDir: string): void {
  registry.register('system.health', {
    write: false,
    run: async (_input, { db, now }) => ({
      status: 'ok' as const,
      appVersion: APP_VERSION,
      schemaVersion: (await appliedMigrations(db)).length,
      latestSchemaVersion: MIGRATIONS.length,
      dataDir,
      now: now.toISOString(),
    }),
  });
}
