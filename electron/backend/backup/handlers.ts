import { AppError } from '../errors';
import type { Registry } from '../registry';
import { folderWritable } from './files';
import type { DatabaseHost } from './host';
import { writeBackupSettings } from './settings-file';

/**
 * None of these is a `write` in the registry's sense: they do not write through the transaction but copy,
 * check and swap database files, which must happen outside any transaction.
 */
export function registerBackup(registry: Registry, host: DatabaseHost): void {
  registry.register('backup.health', {
    write: false,
    run: async () => {
      const damaged = host.state.status !== 'ok';
      const backups = host.list();
      return { database: host.state, newestBackup: backups[0] ?? null, backups: damaged ? backups : [] };
    },
  });

  registry.register('backup.restoreDamaged', {
    write: false,
    run: ({ name }) => {
      if (host.state.status === 'ok') {
        throw new AppError(
          'FORBIDDEN',
          'The database is healthy: restoring needs the backup.manage permission',
        );
      }
      return host.restore(name);
    },
  });

  registry.register('backup.status', {
    write: false,
    run: async () => ({
      database: host.state,
      settings: host.settings(),
      folder: host.folder(),
      folderAvailable: host.folderAvailable(),
      lastBackup: host.list()[0] ?? null,
      nextDueAt: host.nextDueAt()?.toISOString() ?? null,
    }),
  });

  registry.register('backup.list', {
    write: false,
    run: async () => ({
      folder: host.folder(),
      folderAvailable: host.folderAvailable(),
      backups: host.list(),
    }),
  });

  registry.register('backup.now', {
    write: false,
    run: () => host.backupNow('manual'),
  });

  registry.register('backup.restore', {
    write: false,
    run: ({ name }) => host.restore(name),
  });

  registry.register('backup.updateSettings', {
    write: false,
    run: async (settings) => {
      if (settings.folder !== null && !folderWritable(settings.folder)) {
        throw new AppError('VALIDATION', `Cannot write to ${settings.folder}`, {
          fields: { folder: { key: 'backup.validation.folderNotWritable' } },
        });
      }
      writeBackupSettings(host.dataDir, settings);
      return host.settings();
    },
  });
}
