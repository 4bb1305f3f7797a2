import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDocumentWorker, loadPdf, renderDocument } from '../../electron/backend/documents/pdf';
import { build } from '../../electron/backend/documents/register/document';
import { syntheticRegister } from '../bench/documents-data';

const dir = mkdtempSync(join(tmpdir(), 'imkon-worker-'));

function pdfText(bytes: Buffer): string {
  const file = join(dir, `${Date.now()}-${Math.random()}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/**
 * Runs `work` while a 10 ms timer ticks on this thread: how long it took, and the longest the timer waited
 * beyond its period, the tail included (monitorEventLoopDelay's histogram misses a stretch the thread spends
 * blocked to the very end).
 */
async function watched<T>(work: () => Promise<T>): Promise<{ value: T; elapsed: number; maxDelay: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  const started = performance.now();
  const value = await work();
  const elapsed = performance.now() - started;
  clearInterval(timer);
  return { value, elapsed, maxDelay: Math.max(longest, performance.now() - last - 10) };
}

afterAll(() => closeDocumentWorker());

describe('renderDocument', () => {
  it('renders a 300-person register in the worker thread while this thread’s event loop keeps turning', async () => {
    // The largest register: drawn in a second or two, so the contrast below is well clear of timer noise.
    const data = syntheticRegister(300, 'ru');
    await renderDocument('register', syntheticRegister(1, 'ru')); // the thread and react-pdf loaded once

    const off = await watched(() => renderDocument('register', data));
    const text = pdfText(off.value);
    expect(text).toContain('Табель учёта посещаемости');
    for (const row of [data.register.rows[0]!, data.register.rows[299]!])
      expect(text).toContain(`${row.familyName} ${row.givenName}`);

    // The same document rendered here, on this thread: react-pdf yields between its stages, but lays out and
    // writes the pages in long synchronous stretches. The contrast shows the worker is what keeps them away.
    const pdf = await loadPdf();
    const on = await watched(() => pdf.renderToBuffer(build(pdf, data)));
    const figures = `in the worker: longest stall ${off.maxDelay} ms in ${off.elapsed} ms; here: ${on.maxDelay} ms in ${on.elapsed} ms`;
    expect(off.maxDelay, figures).toBeLessThan(on.maxDelay / 3);
    expect(off.maxDelay, figures).toBeLessThan(500);
  }, 90_000);

  it('rejects what cannot be rendered and keeps rendering afterwards', async () => {
    await expect(renderDocument('nonsense' as 'register', syntheticRegister(1, 'en'))).rejects.toThrow(
      /No document of kind "nonsense"/,
    );
    const broken = syntheticRegister(2, 'en');
    // A row without cells: the builder itself throws inside the worker, and the error comes back here.
    (broken.register.rows[0] as { cells: unknown }).cells = undefined;
    await expect(renderDocument('register', broken)).rejects.toThrow(/Cannot read properties of undefined/);
    expect(pdfText(await renderDocument('register', syntheticRegister(2, 'en')))).toContain(
      'Attendance register',
    );
  }, 60_000);

  it('fails the renders of a thread that dies and starts a fresh one for the next', async () => {
    const pending = renderDocument('register', syntheticRegister(40, 'uz-Latn'));
    await closeDocumentWorker();
    await expect(pending).rejects.toThrow(/document worker stopped/);
    expect(pdfText(await renderDocument('register', syntheticRegister(3, 'uz-Latn')))).toContain(
      'Davomat tabeli',
    );
  }, 60_000);
});
