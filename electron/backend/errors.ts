import type { ErrorCode, ErrorDetails } from '../../shared/contract';

/** An expected failure: the registry turns it into `{ ok: false, error }` with its code and details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Opening a database written by a newer version of the app. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly unknownMigrations: string[],
    readonly path: string,
  ) {
    super(
      `The database at ${path} was written by a newer version of Imkon ` +
        `(it has changes this version does not know: ${unknownMigrations.join(', ')}). ` +
        'Install the newer version of the app; this one will not open the file, so that nothing in it is damaged.',
    );
    this.name = 'DatabaseTooNewError';
  }
}
