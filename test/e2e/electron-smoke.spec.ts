// The real Electron shell, where its runtime has been downloaded (npm start does that on a PC with internet).
// Build machines cannot download it, so there this test is skipped and says why; everything behind the shell
// is covered by the other scenarios through the same backend.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { installedElectronBinary } from '../../electron/launch/electron-binary.cjs';
import type { ImkonBridge } from '../../shared/contract';
import { catalogues } from '../../shared/i18n';

const binary = installedElectronBinary();

test('the Electron app opens its window, isolated, with the backend behind window.imkon', async () => {
  test.skip(
    !binary,
    'The Electron runtime is not downloaded on this machine (run npm start on a PC with internet).',
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'imkon-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [resolve(__dirname, '../..')],
    env: { ...process.env, IMKON_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: catalogues['uz-Latn'].nav.label })).toBeVisible();
    const probe = await page.evaluate(async () => {
      const bridge = (globalThis as { imkon?: ImkonBridge }).imkon;
      return {
        hasRequire: typeof (globalThis as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
        health: await bridge?.invoke('system.health', {}),
        unknown: await bridge?.invoke('people.drop', {}),
      };
    });
    expect(probe.hasRequire).toBe(false);
    expect(probe.hasProcess).toBe(false);
    expect(probe.health).toMatchObject({ ok: true, value: { status: 'ok', dataDir } });
    expect(probe.unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
