import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session, shell, type Session } from 'electron';

/**
 * Printing a PDF: the document opens in a window of its own in Chromium's PDF viewer, where the person sees
 * what will be printed and presses the viewer's Print button (the system's print dialog). Calling
 * webContents.print() on a PDF from code has long been unreliable in Electron — blank pages
 * (electron/electron#30947, fixed only for some versions by #43309), nothing sent to the printer (#26448,
 * #26498) — while the viewer's own button prints correctly. If the viewer cannot show the file, the system's
 * PDF viewer opens it instead, which prints too.
 */

/** Its own in-memory session: the app's session admits only the app's own files, this one only the PDFs. */
const PARTITION = 'imkon-pdf';
const VIEWER_SCHEMES = ['chrome-extension:', 'chrome:', 'devtools:'];

const allowed = new Set<string>();
let locked: Session | null = null;

function printDir(): string {
  return join(app.getPath('temp'), `imkon-print-${process.pid}`);
}

function pdfSession(): Session {
  if (locked) return locked;
  locked = session.fromPartition(PARTITION);
  locked.webRequest.onBeforeRequest((details, respond) => {
    const scheme = new URL(details.url).protocol;
    respond({ cancel: !(allowed.has(details.url) || VIEWER_SCHEMES.includes(scheme)) });
  });
  locked.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  // The printed copies are temporary: gone when the app quits.
  app.once('will-quit', () => rmSync(printDir(), { recursive: true, force: true }));
  return locked;
}

export async function openPdfWindow(
  parent: BrowserWindow | undefined,
  title: string,
  fileName: string,
  bytes: Buffer,
): Promise<void> {
  mkdirSync(printDir(), { recursive: true });
  const file = join(printDir(), `${randomUUID()}-${fileName}`);
  await writeFile(file, bytes);
  const url = pathToFileURL(file).href;
  allowed.add(url);

  const window = new BrowserWindow({
    title,
    width: 1100,
    height: 800,
    autoHideMenuBar: true,
    ...(parent && { parent }),
    webPreferences: {
      session: pdfSession(),
      plugins: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  let handedOver = false;
  window.on('closed', () => {
    allowed.delete(url);
    // The system's viewer may still be reading it; then it goes with the folder when the app quits.
    if (!handedOver) void unlink(file).catch(() => undefined);
  });
  try {
    await window.loadURL(url);
  } catch {
    handedOver = true;
    window.destroy();
    const problem = await shell.openPath(file);
    if (problem) throw new Error(problem);
  }
}
