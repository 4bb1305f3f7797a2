// Finds the tools the end-to-end tests need. Shared by test/tools/ensure-test-tools.mjs and playwright.config.ts;
// plain Node with no dependencies, so it runs before `npm install` has anything to offer.
// CommonJS on purpose: Playwright compiles the config's imports to CommonJS, where import.meta does not exist.
'use strict';
const { accessSync, constants, existsSync } = require('node:fs');
const { delimiter, join } = require('node:path');

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's own Chromium, if `npx playwright install chromium` has put it on this machine. */
function playwrightChromium() {
  try {
    const path = require('playwright-core').chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The first Chromium found: $CHROMIUM_PATH, then Debian's /usr/bin/chromium (or chromium-browser), then
 * Playwright's own download. Returns `{ path, source }`, or null when there is none.
 */
function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    console.warn(
      `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file; looking further.`,
    );
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (isExecutable(path)) return { path, source: 'system' };
  }
  const own = playwrightChromium();
  return own ? { path: own, source: 'playwright' } : null;
}

/** The full path of a command on the PATH, or null. */
function findCommand(name, env = process.env) {
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const file = join(dir, name + extension);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

module.exports = { findChromium, findCommand };
