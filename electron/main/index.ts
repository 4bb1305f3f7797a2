import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { createBackend, type Backend } from '../backend';
import { DatabaseTooNewError } from '../backend/errors';
import { isLanguage, DEFAULT_LANGUAGE, type Language } from '../../shared/domain/languages';
import { createI18n } from '../../shared/i18n';
import { wireFiles } from './files';
import { wireIpc } from './ipc';
import { dataDirFor, paths } from './paths';
import { isAllowedRequest } from './security';
import { createMainWindow } from './window';

let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

/** Before the database is open the centre's language is unknown: follow the system's, if we speak it. */
function systemLanguage(): Language {
  const locale = app.getLocale();
  if (/^uz-Cyrl/i.test(locale)) return 'uz-Cyrl';
  const base = locale.split('-')[0];
  if (base === 'uz') return 'uz-Latn';
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}

function lockDownSession(): void {
  session.defaultSession.webRequest.onBeforeRequest((details, respond) => {
    respond({ cancel: !isAllowedRequest(details.url, paths.rendererRootUrl) });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
}

async function start(): Promise<void> {
  lockDownSession();
  if (process.platform !== 'darwin') Menu.setApplicationMenu(null);
  const i18n = createI18n(systemLanguage());
  try {
    // Calls come from whoever signs in; the renderer cannot name a caller of its own.
    backend = await createBackend({ dataDir: dataDirFor(app.getPath('userData')), caller: 'session' });
  } catch (error) {
    const message =
      error instanceof DatabaseTooNewError
        ? i18n.t('startup.databaseTooNew')
        : i18n.t('startup.failed', { detail: error instanceof Error ? error.message : String(error) });
    dialog.showErrorBox(i18n.t('startup.failedTitle'), message);
    app.exit(1);
    return;
  }
  wireIpc(backend);
  wireFiles(() => mainWindow);
  mainWindow = createMainWindow(i18n.t('app.name'));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void backend?.close();
  });
  void app.whenReady().then(start);
}
