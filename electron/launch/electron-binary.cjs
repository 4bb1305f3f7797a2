// Where the Electron runtime is, if it has been downloaded: shared by the start script and the Electron smoke
// test. Plain CommonJS with no dependencies; it never triggers a download (requiring 'electron' would).
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function electronDir() {
  return dirname(require.resolve('electron/package.json'));
}

/** The runtime's executable, or null when it has not been downloaded. */
function installedElectronBinary() {
  const dir = electronDir();
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

module.exports = { electronDir, installedElectronBinary };
