// Makes sure this machine has what `npm run test:e2e` needs: a Chromium for Playwright, and pdftotext
// (poppler-utils) for the checks on generated PDFs. Installs what is missing with apt-get when it can.
// `--pdf-only` checks pdftotext alone: the unit and backend tests read PDFs back but open no browser.
import { spawnSync } from 'node:child_process';
import { findChromium, findCommand } from './test-tools.cjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && findCommand('apt-get') !== null;
let aptUpdated = false;

function run(command, args, env = process.env) {
  console.log(`  $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  return result.status === 0;
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    console.log('Updating the apt package lists…');
    if (!run('apt-get', ['update'], env)) return false;
    aptUpdated = true;
  }
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  return run('apt-get', ['install', '-y', ...packages], env);
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

const pdfOnly = process.argv.includes('--pdf-only');
let chromium = pdfOnly ? null : findChromium();
const needPdfTools = findCommand('pdftotext') === null;

if (pdfOnly) {
  // nothing to check for the browser
} else if (!chromium) {
  console.log(
    'No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, Playwright’s own).',
  );
  if (canApt) {
    aptInstall(needPdfTools ? ['chromium', 'poppler-utils'] : ['chromium']);
    chromium = findChromium();
  }
  if (!chromium) {
    console.log(
      canApt ? 'apt-get did not give a Chromium; trying Playwright’s download.' : 'Not root with apt-get.',
    );
    console.log('Downloading Playwright’s Chromium…');
    run('npx', ['playwright', 'install', 'chromium']);
    chromium = findChromium();
  }
  if (!chromium) {
    fail(
      'No Chromium for the end-to-end tests, and none could be installed.\n' +
        '  Install one (Debian/Ubuntu as root: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  console.log(`✓ Installed Chromium: ${chromium.path}`);
} else {
  console.log(
    `✓ Chromium: ${chromium.path} (${chromium.source === 'system' ? 'system package' : chromium.source})`,
  );
}

if (findCommand('pdftotext') === null) {
  console.log('pdftotext (poppler-utils) is missing; the PDF checks need it.');
  if (!canApt || !aptInstall(['poppler-utils']) || findCommand('pdftotext') === null) {
    fail(
      'pdftotext could not be installed.\n' +
        '  Install poppler: apt-get install poppler-utils (Debian/Ubuntu), brew install poppler (macOS), ' +
        'or put pdftotext on the PATH.',
    );
  }
  console.log(`✓ Installed pdftotext: ${findCommand('pdftotext')}`);
} else {
  console.log(`✓ pdftotext: ${findCommand('pdftotext')}`);
}
