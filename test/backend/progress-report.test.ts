import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { ChannelInput } from '../../shared/contract';
import { testDir } from './backend-fixture';
import { addProgramme, content, openNotesCentre, type NotesCentre } from './notes-fixture';
import { call } from './schedule-fixture';

interface ReadReport {
  text: string;
  /** pdftotext -layout: table rows stay on one line. */
  layout: string;
  info: Record<string, string>;
  fonts: string[];
}

async function readReport(
  backend: Backend,
  input: ChannelInput<'documents.progressReport'>,
): Promise<ReadReport> {
  const rendered = await call(backend, 'documents.progressReport', input);
  expect(rendered.fileName).toBe(`progress-${input.from}-${input.to}-${input.beneficiaryId}.pdf`);
  const file = join(testDir(), `${input.language}.pdf`);
  writeFileSync(file, Buffer.from(rendered.bytes, 'base64'));
  // PROGRESS_PDF_DIR=/tmp/x keeps a copy to look at (pdftoppm -png -r 60).
  const keep = process.env['PROGRESS_PDF_DIR'];
  if (keep)
    writeFileSync(join(keep, `progress-${input.language}.pdf`), Buffer.from(rendered.bytes, 'base64'));
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .flatMap((line) => {
        const at = line.indexOf(':');
        return at > 0 ? [[line.slice(0, at), line.slice(at + 1).trim()]] : [];
      }),
  );
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .flatMap((line) => (line.trim() ? [line.split(/\s+/)[0]!] : []));
  // Without -layout: words in reading order, lines joined, so wrapped sentences are still found whole.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { text, layout, info, fonts };
}

/** Two signed notes rating both goals, a third goal with every Uzbek letter in both scripts. */
async function ratedCentre(): Promise<NotesCentre> {
  const centre = await openNotesCentre();
  const [speech, spoon] = centre.goalIds;
  await call(
    centre.backend,
    'notes.sign',
    content(centre, centre.sessions[0]!, [
      [speech!, -2],
      [spoon!, -1],
    ]),
  );
  await call(centre.backend, 'notes.sign', {
    ...content(centre, centre.sessions[1]!, [
      [speech!, -1],
      [spoon!, 1],
    ]),
    observations: 'Ikki soʻzli gaplarni takrorlaydi; qoshiqni oʻzi ushlay boshladi',
  });
  return centre;
}

describe('documents.progressReport', () => {
  it('prints the child, the programme, each goal’s levels and the attendance in Uzbek Latin', async () => {
    const centre = await ratedCentre();
    const report = await readReport(centre.backend, {
      beneficiaryId: centre.child,
      from: '2026-03-01',
      to: '2026-03-31',
      language: 'uz-Latn',
    });
    expect(report.info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(
      report.fonts.every((font) => font.includes('NotoSans')),
      report.fonts.join(),
    ).toBe(true);
    for (const expected of [
      'Bolaning rivojlanish dinamikasi haqida hisobot',
      'Karimov Shahzod Alisher oʻgʻli',
      'Karimova Dilnoza Rustamovna',
      'Individual dastur',
      'Ikki soʻzli gap tuzadi',
      'Qoshiqni oʻzi ushlaydi',
      'Gapirmaydi',
      'Savol beradi',
      // The latest level of each goal: −1 on the 18th for speech, +1 for the spoon.
      'Erishilgan daraja: −1 (18-mart 2026)',
      'Erishilgan daraja: +1 (18-mart 2026)',
      'Xizmatlar boʻyicha davomat',
      'Ikki soʻzli gaplarni takrorlaydi; qoshiqni oʻzi ushlay boshladi',
      'Markaz rahbari',
      'Tanishdim, ota-ona (qonuniy vakil)',
    ])
      expect(report.text, expected).toContain(expected);
    // Speech therapy: three sessions in March, two attended, none missed.
    expect(report.layout).toMatch(/Logoped mashgʻuloti\s+3\s+2\s+0\s+0\s+0\n/);
    // Every page's footer: the child and the page of how many (a line height set on the Page once lost it).
    const pages = Number(report.info['Pages']);
    for (let page = 1; page <= pages; page += 1)
      expect(report.layout).toMatch(
        new RegExp(
          `Karimov Shahzod Alisher oʻgʻli · Chop etilgan sana: .+\\s${page}-sahifa, jami ${pages}\\n`,
        ),
      );
  });

  it('writes Russian and every Uzbek Cyrillic and Latin letter as they were typed', async () => {
    const centre = await ratedCentre();
    const letters = 'Ўў Ққ Ғғ Ҳҳ Ёё Ъъ Ээ Юю Яя Щщ Ыы Оʻоʻ Gʻgʻ maʼno';
    await addProgramme(centre.backend, centre.child, {
      startDate: '2026-03-10',
      endDate: '2026-06-30',
      goals: [{ goal: `Ҳарфлар: ${letters}` }],
    });
    for (const language of ['ru', 'uz-Cyrl'] as const) {
      const report = await readReport(centre.backend, {
        beneficiaryId: centre.child,
        from: '2026-03-01',
        to: '2026-03-31',
        language,
      });
      expect(report.text).toContain(`Ҳарфлар: ${letters}`);
      expect(report.text).toContain('Ikki soʻzli gap tuzadi');
      if (language === 'ru') {
        for (const expected of [
          'Отчёт о динамике развития',
          'Достигнутый уровень: −1 (18 марта 2026)',
          'Посещаемость по услугам',
          'Руководитель центра',
        ])
          expect(report.text, expected).toContain(expected);
      } else {
        for (const expected of ['Боланинг ривожланиш динамикаси ҳақида ҳисобот', 'Марказ раҳбари'])
          expect(report.text, expected).toContain(expected);
      }
    }
  });

  it('leaves out drafts and notes outside the period, and says when nothing was rated', async () => {
    const centre = await openNotesCentre();
    await call(
      centre.backend,
      'notes.saveDraft',
      content(centre, centre.sessions[0]!, [[centre.goalIds[0]!, 2]]),
    );
    const report = await readReport(centre.backend, {
      beneficiaryId: centre.child,
      from: '2026-03-01',
      to: '2026-03-31',
      language: 'en',
    });
    expect(report.text).not.toContain('Level reached');
    expect(report.text).toContain('Not rated in this period.');
    expect(report.text).toContain('No conclusions were written in this period.');
  });

  it('lists the active children for a batch, and refuses a period that ends before it starts', async () => {
    const centre = await openNotesCentre();
    const children = await call(centre.backend, 'documents.progressReport.children', {
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(children.map((c) => c.beneficiaryId)).toEqual(
      expect.arrayContaining([centre.child, ...centre.kids]),
    );
    const wrong = await centre.backend.handle('documents.progressReport', {
      beneficiaryId: centre.child,
      from: '2026-03-31',
      to: '2026-03-01',
      language: 'en',
    });
    expect(wrong.ok || wrong.error.details?.fields).toEqual({ to: { key: 'validation.dateRange' } });
  });
});
