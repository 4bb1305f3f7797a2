import { describe, expect, it } from 'vitest';
import { isSafeFileName, MAX_FILE_NAME, safeFileName } from '../../../shared/domain/file-names';
import {
  childReportFileName,
  combinedReportFileName,
} from '../../../renderer/src/features/notes/report/reportFileNames';

// eslint-disable-next-line no-control-regex -- control characters are what the check is about
const WINDOWS_FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/;

describe('file names of the progress reports', () => {
  it('name each child’s report after the child and the period, in the child’s own script', () => {
    expect(childReportFileName('Karimova Malika Rustamovna', '2026-03-01', '2026-05-31')).toBe(
      'Karimova Malika Rustamovna 2026-03-01 - 2026-05-31.pdf',
    );
    expect(childReportFileName('Каримова Малика', '2026-03-01', '2026-05-31')).toBe(
      'Каримова Малика 2026-03-01 - 2026-05-31.pdf',
    );
    // The Uzbek ʻ and ʼ are letters, kept as typed.
    expect(childReportFileName('Gʻaniyev Oʻtkir Maʼrufovich', '2026-01-01', '2026-01-31')).toBe(
      'Gʻaniyev Oʻtkir Maʼrufovich 2026-01-01 - 2026-01-31.pdf',
    );
  });

  it('turn what Windows refuses into spaces, and never leave a path', () => {
    const name = childReportFileName('A/B\\C:D*E?F"G<H>I|J\tK', '2026-03-01', '2026-03-31');
    expect(name).toBe('A B C D E F G H I J K 2026-03-01 - 2026-03-31.pdf');
    expect(childReportFileName('../../etc/passwd', '2026-03-01', '2026-03-31')).toBe(
      'etc passwd 2026-03-01 - 2026-03-31.pdf',
    );
    expect(
      combinedReportFileName('Progress reports', 'Guruh 3/4: «Quyosh»', '2026-03-01', '2026-03-31'),
    ).toBe('Progress reports Guruh 3 4 «Quyosh» 2026-03-01 - 2026-03-31.pdf');
    expect(combinedReportFileName('Отчёты о динамике', null, '2026-03-01', '2026-03-31')).toBe(
      'Отчёты о динамике 2026-03-01 - 2026-03-31.pdf',
    );
  });

  it('make names the main process accepts, whatever the text', () => {
    const texts = [
      'CON',
      'con.foo',
      'nul ',
      '...',
      '',
      '   ',
      'Trailing dot.',
      '.hidden',
      'x'.repeat(400),
      'Ёрқин  \n Ўлмас',
      '\u0000\u001f|',
    ];
    for (const text of texts) {
      const name = safeFileName(text, 'pdf');
      expect(isSafeFileName(name), `${JSON.stringify(text)} → ${name}`).toBe(true);
      expect(name).not.toMatch(WINDOWS_FORBIDDEN);
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    }
    expect(safeFileName('CON', 'pdf')).toBe('_CON.pdf');
    expect(safeFileName('   ', 'pdf')).toBe('_.pdf');
  });

  it('refuse in the main process the names that could escape the folder or trouble Windows', () => {
    for (const bad of [
      '../x.pdf',
      'a/b.pdf',
      'a\\b.pdf',
      'C:x.pdf',
      'nul.pdf',
      'COM1.pdf',
      ' a.pdf',
      'a .pdf',
      'a..pdf',
      '.pdf',
      'noextension',
      `${'x'.repeat(MAX_FILE_NAME)}.pdf`,
    ])
      expect(isSafeFileName(bad), bad).toBe(false);
    for (const good of ['Aziza.pdf', 'Ёрқин Ўлмас 2026-03-01 - 2026-03-31.pdf', 'Progress 2026-05 (3).xlsx'])
      expect(isSafeFileName(good), good).toBe(true);
  });
});
