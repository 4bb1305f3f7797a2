import type { WebPreferences } from 'electron';

/** The window's isolation settings; a unit test fails if any of them is loosened. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Only the app's own page, loaded from disk, may talk to the backend or be navigated to. */
export function isAppUrl(url: string, appIndexUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appIndexUrl);
    return target.protocol === 'file:' && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** Anything that is not the app's own files is not loaded at all: no remote content. */
export function isAllowedRequest(url: string, rendererRootUrl: string): boolean {
  return url.startsWith(rendererRootUrl) || url.startsWith('devtools://');
}

/** The part of a frame the IPC check reads. */
export interface SenderFrame {
  url: string;
}

/** An IPC call is trusted only from the window's main frame showing the app's own page (no iframe, no other page). */
export function isTrustedSender(
  frame: SenderFrame | null,
  mainFrame: SenderFrame | null,
  appIndexUrl: string,
): boolean {
  return frame !== null && frame === mainFrame && isAppUrl(frame.url, appIndexUrl);
}

/** The part of webContents the navigation guard uses, so a test can hand it a stand-in. */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
}

/** No new windows at all; navigation only within the app's own page; no webviews. */
export function guardNavigation(contents: GuardedContents, appIndexUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appIndexUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
