import { BrowserWindow } from 'electron';
import { paths } from './paths';
import { guardNavigation, secureWebPreferences } from './security';

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
  guardNavigation(window.webContents, paths.rendererIndexUrl);

  void window.loadFile(paths.rendererIndex);
  return window;
}
