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
