// Screenshots of every screen in every language, against a demo centre: for looking at the interface and for
// the README. Usage: npm run screenshots -- [--out DIR] [--routes today,settings/staff,people/*]
// [--languages uz-Latn,ru] [--first-screen]. A route ending in /* opens the first record its list links to (a
// person's file, a group, a session's note).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Locator } from '@playwright/test';
import { createBackend } from '../../electron/backend';
import { seedDemo } from '../../electron/backend/demo/seed';
import { LANGUAGES, type Language } from '../../shared/domain/languages';
import { makeTempDir } from '../support/temp-dir';
import { startRendererServer } from './renderer-server';
import { findChromium } from './test-tools.cjs';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      routes: { type: 'string' },
      languages: { type: 'string' },
      'first-screen': { type: 'boolean' },
    },
  });
  const out = resolve(values.out ?? 'test-results/screenshots');
  const routes = (values.routes ?? 'today,calendar,people,groups,plans,reports,settings').split(',');
  const languages = values.languages ? (values.languages.split(',') as Language[]) : LANGUAGES;
  const unknown = languages.filter((language) => !LANGUAGES.includes(language));
  if (unknown.length > 0) throw new Error(`Unknown languages: ${unknown.join(', ')}`);
  const browserPath = findChromium()?.path;
  if (!browserPath) throw new Error('No Chromium found: run node test/tools/ensure-test-tools.mjs first.');
  mkdirSync(out, { recursive: true });

  const temp = makeTempDir('imkon-shots-');
  const backend = await createBackend({ dataDir: temp.dir });
  await seedDemo(backend);
  const server = await startRendererServer({ invoke: (channel, input) => backend.handle(channel, input) });
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const language of languages) {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 },
        timezoneId: 'Asia/Tashkent',
      });
      await page.addInitScript((lang) => localStorage.setItem('imkon.language', lang), language);
      for (const route of routes) {
        const list = route.endsWith('/*') ? route.slice(0, -2) : null;
        await page.goto(`${server.url}#/${list ?? route}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        if (list) {
          // A record's own page: "#/people/12", or a page under it such as "#/notes/session/40?person=7".
          const href = new RegExp(`^#/${list}/(?:[a-z]+/)?\\d+(?:\\?[^#]*)?$`);
          const links = page.locator(`main a[href^="#/${list}/"]`);
          let record: Locator | null = null;
          for (let i = 0; i < (await links.count()) && !record; i++) {
            if (href.test((await links.nth(i).getAttribute('href')) ?? '')) record = links.nth(i);
          }
          if (!record) throw new Error(`No record linked from #/${list}`);
          await record.click();
          await page.locator('h1').first().waitFor();
          await page.waitForLoadState('networkidle');
        }
        const name = list ? `${list}-record` : route;
        const file = join(out, `${name.replaceAll('/', '-')}-${language}.png`);
        await page.screenshot({ path: file, fullPage: !values['first-screen'] });
        console.log(file);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await backend.close();
    temp.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
