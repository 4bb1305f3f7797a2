import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataDirFor } from '../../electron/main/paths';
import { isAllowedRequest, isAppUrl, secureWebPreferences } from '../../electron/main/security';

const root = pathToFileURL('/opt/imkon/out/renderer').href + '/';
const index = root + 'index.html';

describe('Electron window security', () => {
  it('keeps the renderer isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/opt/imkon/out/preload/index.js')).toMatchObject({
      preload: '/opt/imkon/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('treats only the app page itself as the app, whatever its hash route', () => {
    expect(isAppUrl(index, index)).toBe(true);
    expect(isAppUrl(index + '#/settings', index)).toBe(true);
    expect(isAppUrl('https://example.org/', index)).toBe(false);
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, index)).toBe(false);
    expect(isAppUrl(root + 'other.html', index)).toBe(false);
    expect(isAppUrl('not a url', index)).toBe(false);
  });

  it('loads nothing but the app files', () => {
    expect(isAllowedRequest(root + 'assets/index.js', root)).toBe(true);
    expect(isAllowedRequest('https://cdn.example.org/x.js', root)).toBe(false);
    expect(isAllowedRequest(pathToFileURL('/home/user/secret.txt').href, root)).toBe(false);
  });

  it('keeps the centre data in the user data folder unless told otherwise', () => {
    expect(dataDirFor('/home/u/.config/Imkon', {})).toBe(join('/home/u/.config/Imkon', 'data'));
    expect(dataDirFor('/home/u/.config/Imkon', { IMKON_DATA_DIR: '/srv/imkon' })).toBe('/srv/imkon');
  });
});
