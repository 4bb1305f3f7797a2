import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BACKUP_INTERVAL_CHOICES,
  DEFAULT_BACKUP_SETTINGS,
  type BackupSettings,
} from '../../../shared/domain/backup';
import { writeFileAtomic } from './files';

/** Beside the database, not in it: the backup folder must be known even when the database cannot be read. */
export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
export const DEFAULT_BACKUP_FOLDER = 'backups';

export function readBackupSettings(dataDir: string): BackupSettings {
  try {
    const parsed = JSON.parse(
      readFileSync(join(dataDir, BACKUP_SETTINGS_FILE), 'utf8'),
    ) as Partial<BackupSettings>;
    return {
      folder: typeof parsed.folder === 'string' && parsed.folder !== '' ? parsed.folder : null,
      intervalHours: (BACKUP_INTERVAL_CHOICES as readonly unknown[]).includes(parsed.intervalHours)
        ? (parsed.intervalHours as number)
        : DEFAULT_BACKUP_SETTINGS.intervalHours,
    };
  } catch {
    // Missing or unreadable: the defaults, so that backups keep being taken whatever happened to this file.
    return { ...DEFAULT_BACKUP_SETTINGS };
  }
}

export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  writeFileAtomic(join(dataDir, BACKUP_SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`);
}

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, DEFAULT_BACKUP_FOLDER);
}

export function backupFolderOf(dataDir: string, settings: BackupSettings): string {
  return settings.folder ?? defaultBackupFolder(dataDir);
}
