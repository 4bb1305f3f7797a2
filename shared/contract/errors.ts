/** Stable error codes: the UI and the tests rely on these, never on message texts. */
export const ERROR_CODES = [
  'VALIDATION',
  'CONFLICT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CLOSED_DAY',
  'CAPACITY',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
  /** The disk (or the database's size limit) is full: the write was rolled back. */
  'STORAGE_FULL',
  /** The database was found damaged at start: nothing is written until a backup is restored. */
  'READ_ONLY',
  /** SQLite reported the file damaged while working. */
  'DATABASE_DAMAGED',
  /** A backup could not be taken, verified or restored; details.reason says which step. */
  'BACKUP_FAILED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one input field: a message key of the catalogues and its parameters. */
export interface FieldIssue {
  key: string;
  params?: Record<string, string | number>;
}

export interface ErrorDetails {
  /** Field path ("name", "workingDays.0") to the first issue found for it; "_form" for the input as a whole. */
  fields?: Record<string, FieldIssue>;
  [extra: string]: unknown;
}

export interface AppErrorData {
  code: ErrorCode;
  /** Developer-facing text for logs; the UI shows the catalogue's message for `code`. */
  message: string;
  details?: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const FORM_FIELD = '_form';
