// End-to-end tests: the built renderer (out/renderer) in a system Chromium, with window.imkon wired to a real
// backend in the test process (see test/e2e/fixtures.ts). Run with `npm run test:e2e`.
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './test/tools/test-tools.cjs';

const chromium = findChromium();
if (!chromium) {
  throw new Error(
    'No Chromium for the end-to-end tests. Run `node test/tools/ensure-test-tools.mjs` to install one.',
  );
}

const outputDir = resolve(__dirname, 'test-results');

export default defineConfig({
  testDir: 'test/e2e',
  outputDir,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    // Not Uzbek on purpose: the app must default to Uzbek Latin whatever the browser's language is.
    locale: 'en-US',
    timezoneId: 'Asia/Tashkent',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 5_000,
    navigationTimeout: 10_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium.path,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
          env: {
            ...process.env,
            XDG_CONFIG_HOME: resolve(outputDir, '.chromium-config'),
            XDG_CACHE_HOME: resolve(outputDir, '.chromium-cache'),
          },
        },
      },
    },
  ],
});
