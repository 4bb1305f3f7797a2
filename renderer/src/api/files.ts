import type { TFunction } from 'i18next';

/**
 * Files the app hands to the person: documents and exports arrive from the backend as base64. In the desktop
 * app the main process shows the save dialog and the PDF viewer (window.imkon.saveFile / openPdf); in a browser
 * (the web preview, the e2e harness) a save is a download and printing opens the PDF in a tab, whose viewer
 * prints it.
 */

export interface FileToSave {
  /** Suggested name, ASCII, with its extension (.pdf, .xlsx, .csv). */
  fileName: string;
  base64: string;
  /** The MIME type, for the browser's download. */
  mime: string;
}

/** What became of a save: written where the person chose, the dialog cancelled, or handed to the browser. */
export type SaveResult = 'saved' | 'cancelled' | 'downloaded';

const TYPES = ['pdf', 'xlsx', 'csv'] as const;

function typeName(fileName: string, t: TFunction): string {
  const extension = fileName.split('.').pop()?.toLowerCase();
  const known = TYPES.find((type) => type === extension);
  return known ? t(`reports.files.types.${known}`) : t('reports.files.types.other');
}

function blobUrl(base64: string, mime: string): string {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: mime }));
}

/** Saves a file the app made: the save dialog in the desktop app, a download in a browser. */
export async function saveFile(file: FileToSave, t: TFunction): Promise<SaveResult> {
  const bridge = window.imkon;
  if (bridge?.saveFile) {
    const outcome = await bridge.saveFile({
      fileName: file.fileName,
      bytes: file.base64,
      title: t('reports.files.saveTitle'),
      typeName: typeName(file.fileName, t),
    });
    return outcome.saved ? 'saved' : 'cancelled';
  }
  download(file);
  return 'downloaded';
}

function download(file: FileToSave): void {
  const url = blobUrl(file.base64, file.mime);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether the system's folder dialog is there: only in the desktop app; a browser has none to offer. */
export function canChooseFolder(): boolean {
  return typeof window.imkon?.chooseFolder === 'function';
}

/** The folder the person picked, or null when they cancelled or there is no folder dialog. */
export async function chooseFolder(title: string): Promise<string | null> {
  const bridge = window.imkon;
  if (!bridge?.chooseFolder) return null;
  const outcome = await bridge.chooseFolder({ title });
  return outcome.chosen ? outcome.path : null;
}

/** What became of several files: all written into the folder chosen, the dialog cancelled, or downloaded. */
export type SaveFilesResult =
  | { kind: 'saved'; folder: string; paths: string[] }
  | { kind: 'cancelled' }
  | { kind: 'downloaded'; count: number };

/**
 * Saves several files at once: in the desktop app the person picks a folder once and every file goes there
 * (a name the folder has already gets " (2)", never replaced); in a browser each file is a download.
 */
export async function saveFilesToFolder(files: FileToSave[], t: TFunction): Promise<SaveFilesResult> {
  const bridge = window.imkon;
  if (bridge?.saveFilesToFolder) {
    const outcome = await bridge.saveFilesToFolder({
      title: t('reports.files.saveFolderTitle'),
      files: files.map((file) => ({ fileName: file.fileName, bytes: file.base64 })),
    });
    return outcome.saved
      ? { kind: 'saved', folder: outcome.folder, paths: outcome.paths }
      : { kind: 'cancelled' };
  }
  for (const file of files) download(file);
  return { kind: 'downloaded', count: files.length };
}

/** Where a PDF will be shown for printing: in a browser, a tab opened while the click still counts. */
export interface PrintTarget {
  tab: Window | null;
}

/**
 * Call synchronously in the click handler, before rendering: a browser opens a tab only in direct answer to a
 * click, and a long document renders for longer than that lasts. The tab says it is preparing the document.
 */
export function preparePrint(t: TFunction): PrintTarget {
  if (window.imkon?.openPdf) return { tab: null };
  const tab = window.open('', '_blank');
  if (tab) {
    tab.document.title = t('reports.files.preparing');
    tab.document.body.textContent = t('reports.files.preparing');
  }
  return { tab };
}

/** The document could not be made: the tab opened for it goes away. */
export function cancelPrint(target: PrintTarget): void {
  target.tab?.close();
}

/** Shows the PDF where it prints: the desktop app's PDF window, or the tab (a new one if that was blocked). */
export async function printPdf(
  target: PrintTarget,
  file: { fileName: string; base64: string },
  title: string,
): Promise<void> {
  const bridge = window.imkon;
  if (bridge?.openPdf) {
    await bridge.openPdf({ fileName: file.fileName, bytes: file.base64, title });
    return;
  }
  const url = blobUrl(file.base64, 'application/pdf');
  if (target.tab && !target.tab.closed) target.tab.location.href = url;
  else window.open(url, '_blank');
  // The tab's viewer holds the document once loaded; the URL can go when the person has long finished.
  setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
}
