import { z } from 'zod';
import {
  BACKUP_INTERVAL_CHOICES,
  type BackupInfo,
  type BackupSettings,
  type DatabaseState,
} from '../domain/backup';
import { channel, returns, type ChannelDef } from './channel';
import { PUBLIC } from './permissions';

/** The backup folder and schedule as the administrator sets them; null folder: inside the data folder. */
export const backupSettingsSchema = z.strictObject({
  folder: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    // A relative path would depend on where the app happened to be started from.
    .refine((text) => /^([a-zA-Z]:[\\/]|\\\\|\/)/.test(text), 'backup.validation.folderAbsolute')
    .nullable(),
  intervalHours: z
    .number()
    .int()
    .refine(
      (hours) => (BACKUP_INTERVAL_CHOICES as readonly number[]).includes(hours),
      'validation.invalidChoice',
    ),
});

/** A backup is named by its file name inside the backup folder: no path, nothing to climb out of it with. */
const backupName = z
  .string()
  .max(200)
  .regex(/^imkon-[0-9A-Za-z-]+\.sqlite$/, 'backup.validation.name');

export interface BackupStatus {
  database: DatabaseState;
  settings: BackupSettings;
  /** The folder backups go to now, resolved. */
  folder: string;
  /** False when the folder cannot be written (a USB drive taken out, a disk missing). */
  folderAvailable: boolean;
  lastBackup: BackupInfo | null;
  /** ISO instant the next automatic backup is due, or null while the database cannot be backed up. */
  nextDueAt: string | null;
}

export interface BackupList {
  folder: string;
  folderAvailable: boolean;
  /** Newest first; only verified backups (with their manifest). */
  backups: BackupInfo[];
}

/** What the app shell needs to know at start: whether the data can be used, and what to offer if not. */
export interface DatabaseHealth {
  database: DatabaseState;
  newestBackup: BackupInfo | null;
  /** Every verified backup, only while the database is damaged (the screen that offers them); else empty. */
  backups: BackupInfo[];
}

export interface RestoreOutcome {
  restored: BackupInfo;
  /** The copy of the database as it was before the restore, so the restore can itself be undone. */
  safetyBackup: string | null;
  /** Where a damaged database was moved to, never overwritten; null when it was healthy. */
  keptAside: string | null;
}

/** Backups: taking, verifying, listing and restoring them, and the database’s integrity. */
export const backupChannels = {
  /** Public: a damaged database holds no accounts to sign in with, and the app must still say what happened. */
  'backup.health': channel({
    input: z.strictObject({}),
    output: returns<DatabaseHealth>(),
    permission: PUBLIC,
  }),
  /**
   * Restoring while the database is damaged, for whoever is at the computer: nobody can sign in then. Refused
   * (FORBIDDEN) whenever the database is healthy; the damaged file is kept aside, never overwritten.
   */
  'backup.restoreDamaged': channel({
    input: z.strictObject({ name: backupName }),
    output: returns<RestoreOutcome>(),
    permission: PUBLIC,
  }),
  'backup.status': channel({
    input: z.strictObject({}),
    output: returns<BackupStatus>(),
    permission: 'backup.manage',
  }),
  'backup.list': channel({
    input: z.strictObject({}),
    output: returns<BackupList>(),
    permission: 'backup.manage',
  }),
  'backup.now': channel({
    input: z.strictObject({}),
    output: returns<BackupInfo>(),
    permission: 'backup.manage',
  }),
  'backup.restore': channel({
    input: z.strictObject({ name: backupName }),
    output: returns<RestoreOutcome>(),
    permission: 'backup.manage',
  }),
  'backup.updateSettings': channel({
    input: backupSettingsSchema,
    output: returns<BackupSettings>(),
    permission: 'backup.manage',
  }),
} satisfies Record<string, ChannelDef>;
