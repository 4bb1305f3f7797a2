// Builds the app and opens it in Electron. The Electron runtime is not fetched at install time (its install
// script is not allowed to run), so the first start downloads it; where that is impossible we say so in
// plain words instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { electronDir, installedElectronBinary } = require('./electron-binary.cjs');

let binary = installedElectronBinary();
if (!binary) {
  console.log('Imkon: downloading the Electron runtime (first start only)…');
  const download = spawnSync(process.execPath, [join(electronDir(), 'install.js')], {
    cwd: electronDir(),
    encoding: 'utf8',
  });
  binary = download.status === 0 ? installedElectronBinary() : null;
  if (!binary) {
    const reason =
      `${download.stderr ?? ''}${download.stdout ?? ''}`.split('\n').find((line) => line.trim()) ?? '';
    console.error(
      '\nImkon cannot open its window on this computer: the Electron runtime is not installed and could not be ' +
        'downloaded. It is fetched from the internet on the first "npm start", so connect this PC to the ' +
        'internet and run "npm start" again. Everything else works without it: "npm test" runs every test, and ' +
        '"npm run preview:web" opens the same app in a browser on this computer.' +
        (reason ? ` (The download said: ${reason.trim()})` : '') +
        '\n',
    );
    process.exit(1);
  }
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const built = spawnSync(process.execPath, [electronVite, 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const opened = spawnSync(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(opened.status ?? 0);
