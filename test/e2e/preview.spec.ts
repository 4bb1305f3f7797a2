// The web preview's server (test/tools/preview-web.ts): the same renderer, reaching a real backend over
// POST /api/invoke through the served bridge script instead of Playwright's binding.
import { request as httpRequest } from 'node:http';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { INVOKE_PATH, startRendererServer, type RendererServer } from '../tools/renderer-server';
import { catalogues, expect, test } from './fixtures';

function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(body);
  });
}

let server: RendererServer;
test.beforeEach(async ({ backend }) => {
  server = await startRendererServer({ invoke: (channel, input) => backend.handle(channel, input) });
});
test.afterEach(async () => server.close());

test('the preview page saves settings through /api/invoke into the backend', async ({
  browser,
  call,
}, info) => {
  const text = catalogues['uz-Latn'].settings;
  const context = await browser.newContext({ baseURL: server.url, timezoneId: 'Asia/Tashkent' });
  const page = await context.newPage();
  await page.goto('/#/settings');
  const name = page.getByLabel(text.name, { exact: true });
  await expect(page.getByLabel(text.timeZone, { exact: true })).toHaveValue(DEFAULT_SETTINGS.timeZone);

  await name.fill('Preview markazi');
  await page.getByRole('button', { name: text.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: text.saved })).toBeVisible();
  expect((await call('settings.get')).name).toBe('Preview markazi');

  await page.reload();
  await expect(name).toHaveValue('Preview markazi');
  await info.attach('preview-settings.png', { body: await page.screenshot(), contentType: 'image/png' });
  await context.close();
});

test('the preview API answers loopback JSON only', async ({ call }) => {
  const url = new URL(INVOKE_PATH, server.url).href;
  const json = { 'Content-Type': 'application/json' };
  const health = JSON.stringify({ channel: 'system.health', input: {} });

  expect(await post(url, health, json)).toBe(200);
  expect(await post(url, health, { ...json, Host: 'imkon.example.com' })).toBe(403);
  expect(await post(url, health, { ...json, Origin: 'http://evil.example' })).toBe(403);
  expect(await post(url, health, { 'Content-Type': 'text/plain' })).toBe(415);
  expect(await post(url, 'x'.repeat(17 * 1024 * 1024), json)).toBe(413);

  const rename = JSON.stringify({ channel: 'settings.update', input: { ...DEFAULT_SETTINGS, name: 'X' } });
  expect(await post(url, rename, { ...json, Host: 'rebound.example' })).toBe(403);
  expect((await call('settings.get')).name).toBe(DEFAULT_SETTINGS.name);
});
