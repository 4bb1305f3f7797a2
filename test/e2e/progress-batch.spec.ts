import { execFileSync } from 'node:child_process';
import type { Download, Page } from '@playwright/test';
import { catalogues, expect, test } from './fixtures';
import { seedPoolCentre } from './groups-helpers';

const uz = catalogues['uz-Latn'].notes.batch;
const PERIOD = '2026-03-01 - 2026-03-31';

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

type GateWindow = {
  __imkonInvoke: (channel: unknown, input: unknown) => Promise<unknown>;
  __openGate?: () => void;
};

/** Holds every progress report after the first until the test opens the gate, so Stop lands mid-batch. */
async function holdReportsAfterFirst(page: Page) {
  await page.evaluate(() => {
    const bridge = globalThis as unknown as GateWindow;
    const invoke = bridge.__imkonInvoke;
    let opened: Promise<void> = new Promise((open) => (bridge.__openGate = open));
    let reports = 0;
    bridge.__imkonInvoke = async (channel, input) => {
      if (channel === 'documents.progressReport' && ++reports > 1) await opened;
      return invoke(channel, input);
    };
    void opened.then(() => (opened = Promise.resolve()));
  });
}

test.describe('on Wednesday 25 March 2026', () => {
  test.use({ now: '2026-03-25T15:00:00+05:00' });

  test('the reports of all active children: stopped midway nothing is saved; a file per child; one combined file', async ({
    page,
    call,
    gotoApp,
  }, testInfo) => {
    test.setTimeout(120_000);
    const centre = await seedPoolCentre(call);
    const children = [...centre.children].sort();
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));

    await gotoApp('/notes/reports');
    await expect(page.getByRole('heading', { level: 1, name: uz.title })).toBeVisible();
    await page.getByText(uz.many, { exact: true }).click();
    await page.getByLabel(uz.from).fill('01.03.2026');
    await page.getByLabel(uz.to).fill('31.03.2026');
    await page.getByLabel(uz.output).selectOption('folder');

    // Stopped while the second child's report is being made: the batch ends there and nothing is downloaded.
    await holdReportsAfterFirst(page);
    await page.getByRole('button', { name: uz.start }).click();
    const progress = page.getByRole('status');
    await expect(progress).toHaveText(
      uz.progress.replace('{{done}}', '2').replace('{{total}}', '4').replace('{{name}}', children[1]!),
      { timeout: 30_000 },
    );
    await expect(page.getByRole('progressbar', { name: uz.title })).toBeVisible();
    await page.getByRole('button', { name: uz.stop }).click();
    await page.evaluate(() => (globalThis as unknown as GateWindow).__openGate?.());
    await expect(page.getByRole('status')).toHaveText(uz.stopped.replace('{{count}}', '2'));
    expect(downloads).toEqual([]);

    // A file per child: four downloads, each named after the child and the period.
    await page.getByRole('button', { name: uz.start }).click();
    await expect(page.getByRole('status')).toHaveText(uz.doneDownloaded.replace('{{count}}', '4'), {
      timeout: 60_000,
    });
    await expect.poll(() => downloads.length).toBe(4);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(
      children.map((name) => `${name} ${PERIOD}.pdf`),
    );
    const first = testInfo.outputPath('first-child.pdf');
    await downloads[0]!.saveAs(first);
    expect(pdfText(first)).toContain(children[0]);
    expect(pdfText(first)).not.toContain(children[1]);

    // One combined file: one download holding every child's report.
    downloads.length = 0;
    await page.getByLabel(uz.output).selectOption('combined');
    await page.getByRole('button', { name: uz.start }).click();
    await expect(page.getByRole('status')).toHaveText(uz.doneDownloaded.replace('{{count}}', '4'), {
      timeout: 60_000,
    });
    await expect.poll(() => downloads.length).toBe(1);
    expect(downloads[0]!.suggestedFilename()).toBe(`${uz.combinedFileName} ${PERIOD}.pdf`);
    const combined = testInfo.outputPath('combined.pdf');
    await downloads[0]!.saveAs(combined);
    const text = pdfText(combined);
    for (const name of children) expect(text, name).toContain(name);
    expect(pdfPages(combined)).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: testInfo.outputPath('batch-uz-Latn.png'), fullPage: true });
  });
});
