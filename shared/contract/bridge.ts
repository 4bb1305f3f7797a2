import type { Result } from './errors';

/** The one IPC channel between preload and main; the contract channel travels as its first argument. */
export const IPC_INVOKE = 'imkon:invoke';
/** Saving a file the app made (a PDF, a spreadsheet) where the person chooses. */
export const IPC_SAVE_FILE = 'imkon:save-file';
/** Showing a PDF to print it. */
export const IPC_OPEN_PDF = 'imkon:open-pdf';

/** A file the app made, with what the save dialog says in the interface's language. */
export interface SaveFileRequest {
  /** Suggested name, ASCII, with its extension. */
  fileName: string;
  /** The file's bytes, base64 (as documents and exports come from the backend). */
  bytes: string;
  /** The dialog's title. */
  title: string;
  /** What the file type filter is called ("PDF document"). */
  typeName: string;
}

export type SaveFileOutcome = { saved: true; path: string } | { saved: false };

/** A PDF to show in a window of its own, whose viewer prints it. */
export interface OpenPdfRequest {
  fileName: string;
  bytes: string;
  /** The window's title. */
  title: string;
}

/**
 * What the preload exposes as `window.imkon`, and what the e2e harness and web preview imitate. Only the
 * desktop app has the file methods; in a browser the renderer downloads the file or opens it in a tab instead.
 */
export interface ImkonBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  saveFile?(request: SaveFileRequest): Promise<SaveFileOutcome>;
  openPdf?(request: OpenPdfRequest): Promise<void>;
}
