import { BrowserWindow } from 'electron';
import { paths } from './paths';
import { isAppUrl, secureWebPreferences } from './security';

export function createMainWindow(title: string): BrowserWindow {
  const window = new BrowserWindow({
    title,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(paths.preload),
  });

  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, paths.rendererIndexUrl)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, paths.rendererIndexUrl)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());

  void window.loadFile(paths.rendererIndex);
  return window;
}
