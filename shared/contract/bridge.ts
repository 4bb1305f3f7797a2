import type { Result } from './errors';

/** The one IPC channel between preload and main; the contract channel travels as its first argument. */
export const IPC_INVOKE = 'imkon:invoke';
/** Saving a file the app made (a PDF, a spreadsheet) where the person chooses. */
export const IPC_SAVE_FILE = 'imkon:save-file';
/** Showing a PDF to print it. */
export const IPC_OPEN_PDF = 'imkon:open-pdf';
/** Choosing a folder (where backups go) with the system's folder dialog. */
export const IPC_CHOOSE_FOLDER = 'imkon:choose-folder';
/** Saving several files the app made into one folder the person chooses once. */
export const IPC_SAVE_FILES_TO_FOLDER = 'imkon:save-files-to-folder';

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

/** The folder dialog, with its title in the interface's language. */
export interface ChooseFolderRequest {
  title: string;
}

export type ChooseFolderOutcome = { chosen: true; path: string } | { chosen: false };

/** Several files for one folder: each keeps its name, or gets " (2)", " (3)" when the folder has it already. */
export interface SaveFilesToFolderRequest {
  /** The folder dialog's title. */
  title: string;
  files: { fileName: string; bytes: string }[];
}

/** Where each file went, in the order given (names may differ from those asked for). */
export type SaveFilesToFolderOutcome = { saved: true; folder: string; paths: string[] } | { saved: false };

/**
 * What the preload exposes as `window.imkon`, and what the e2e harness and web preview imitate. Only the
 * desktop app has the file methods; in a browser the renderer downloads the file or opens it in a tab instead.
 */
export interface ImkonBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  saveFile?(request: SaveFileRequest): Promise<SaveFileOutcome>;
  openPdf?(request: OpenPdfRequest): Promise<void>;
  chooseFolder?(request: ChooseFolderRequest): Promise<ChooseFolderOutcome>;
  saveFilesToFolder?(request: SaveFilesToFolderRequest): Promise<SaveFilesToFolderOutcome>;
}
