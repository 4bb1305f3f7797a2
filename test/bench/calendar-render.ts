import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import type { Backend } from '../../electron/backend';
import { startRendererServer } from '../tools/renderer-server';
import { findChromium } from '../tools/test-tools.cjs';
import { report, type Timing } from './measure';

const WEEKS = 12;
/** The little of the browser's DOM the page-side functions below use (this file is checked with Node's types). */
interface PageGlobals {
  document: {
    querySelectorAll(selector: string): { length: number };
    querySelector(
      selector: string,
    ): { textContent: string | null; getAttribute(name: string): string | null } | null;
  };
  requestAnimationFrame(callback: () => void): void;
}
// Functions, not strings (the app's content security policy forbids evaluating strings), and self-contained:
// Playwright sends their source to the page.
const drawn = () => {
  const { document } = globalThis as unknown as PageGlobals;
  return (
    document.querySelector('[data-testid="calendar"]')?.getAttribute('aria-busy') === 'false' &&
    document.querySelectorAll('.imkon-session-content').length > 0
  );
};

function timing(name: string, samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { name, runs: sorted.length, p50: at(0.5), p95: at(0.95), mean };
}

/**
 * The whole centre's week as a receptionist sees it: the built interface in Chromium against this backend,
 * stepping week by week (fetch, build events, FullCalendar's layout and paint). The floor is schedule.range
 * for the same weeks alone, so the ratio is what drawing them costs on top of reading them.
 */
export async function benchCalendarRender(backend: Backend, monday: string): Promise<void> {
  const browserPath = findChromium()?.path;
  if (!existsSync('out/renderer/index.html') || !browserPath) {
    console.log(
      '\nCalendar in the browser: skipped (build with `npx electron-vite build` and install Chromium)',
    );
    return;
  }
  // Counting the calendar's reads tells when a click has fetched its week; the page then says when it is drawn.
  let reads = 0;
  const server = await startRendererServer({
    invoke: async (channel, input) => {
      const result = await backend.handle(channel, input);
      if (channel === 'schedule.range') reads += 1;
      return result;
    },
  });
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({
      viewport: { width: 1600, height: 1000 },
      timezoneId: 'Asia/Tashkent',
    });
    // The week on screen is the generated centre's busy week, whatever today is.
    await page.clock.setFixedTime(new Date(`${monday}T05:00:00Z`));
    await page.addInitScript(() => localStorage.setItem('imkon.language', 'en'));
    const eventCount = () => page.locator('.imkon-session-content').count();
    const opened = performance.now();
    await page.goto(`${server.url}#/calendar`);
    await page.waitForFunction(drawn, null, { timeout: 60_000 });
    const first = performance.now() - opened;
    console.log(
      `\nCalendar in the browser: first week drawn (${await eventCount()} events) in ${first.toFixed(0)} ms`,
    );

    const next = page.getByRole('button', { name: 'Next week' });
    const steps: number[] = [];
    for (let week = 0; week < WEEKS; week++) {
      const before = reads;
      const started = performance.now();
      await next.click();
      while (reads === before) await new Promise((done) => setTimeout(done, 1));
      await page.waitForFunction(drawn, null, { timeout: 60_000 });
      // Two frames: the week is painted, not only in the DOM.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            const browser = globalThis as unknown as PageGlobals;
            browser.requestAnimationFrame(() => browser.requestAnimationFrame(done));
          }),
      );
      steps.push(performance.now() - started);
    }
    const floor: number[] = [];
    for (let week = 0; week < WEEKS; week++) {
      const from = new Date(Date.parse(`${monday}T00:00:00Z`) + (week + 1) * 7 * 86_400_000);
      const to = new Date(from.valueOf() + 6 * 86_400_000);
      const started = performance.now();
      await backend.handle('schedule.range', {
        from: from.toISOString().slice(0, 10),
        to: to.toISOString().slice(0, 10),
      });
      floor.push(performance.now() - started);
    }
    report(
      `Calendar in the browser: next week of the whole centre (${WEEKS} weeks)`,
      timing('schedule.range alone (the floor)', floor),
      [timing('click Next week → painted', steps)],
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
