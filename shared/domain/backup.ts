/** Why a backup was taken: shown in the list, and the restore's own safety copy is told apart from the others. */
export const BACKUP_REASONS = ['scheduled', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** What a person recognises in a backup: how many people, sessions and attendance marks it holds. */
export interface BackupSummary {
  people: number;
  sessions: number;
  marks: number;
}

/** One verified backup, as its manifest beside the file describes it. */
export interface BackupInfo {
  /** The backup's file name inside the backup folder: its identity in the contract. */
  name: string;
  /** ISO instant the backup was taken. */
  createdAt: string;
  reason: BackupReason;
  appVersion: string;
  /** Migrations applied to the copied database. */
  schemaVersion: number;
  migrations: string[];
  /** Bytes on disk. */
  size: number;
  summary: BackupSummary;
  /** Rows per table, checked when the backup was verified. */
  tables: Record<string, number>;
}

/**
 * How the database looked when the app opened it. Anything but `ok` puts the backend in a refuse-writes mode
 * until a backup is restored.
 */
export const DATABASE_PROBLEMS = ['corrupt', 'notADatabase', 'walMissing', 'unreadable'] as const;
export type DatabaseProblem = (typeof DATABASE_PROBLEMS)[number];

export type DatabaseState =
  | { status: 'ok' }
  | {
      status: 'damaged';
      problem: DatabaseProblem;
      /** SQLite's own words, for the technician; people read the catalogue's message for `problem`. */
      detail: string;
      /** ISO instant the damage was found. */
      foundAt: string;
    };

/** The administrator's backup choices, kept in a small JSON file readable even when the database is not. */
export interface BackupSettings {
  /** Absolute folder for backups; null: the `backups` folder inside the data folder. */
  folder: string | null;
  /** Hours between automatic backups while the app runs. */
  intervalHours: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, intervalHours: 4 };
export const BACKUP_INTERVAL_CHOICES = [1, 2, 4, 8, 12, 24] as const;
