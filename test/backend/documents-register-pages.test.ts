import { afterAll, describe, expect, it } from 'vitest';
import { closeDocumentWorker, renderDocument } from '../../electron/backend/documents/pdf';
import { rowsPerPage } from '../../electron/backend/documents/register/layout';
import type { RegisterRow } from '../../shared/contract/attendance';
import { catalogues } from '../../shared/i18n';
import { syntheticRegister } from '../bench/documents-data';
import { lineOf, readPdf } from './documents-fixture';

afterAll(() => closeDocumentWorker());

describe('rowsPerPage', () => {
  it('fills pages with rows and keeps the last rows, the totals and the signatures together', () => {
    expect(rowsPerPage(0)).toEqual([0]);
    expect(rowsPerPage(3)).toEqual([3]);
    // The first page gives room to the heading; later pages take three rows more.
    const [first, second] = rowsPerPage(200);
    expect(second! - first!).toBe(3);
    // A first page full to the brim: the signatures need room, so its last row goes over with them.
    expect(rowsPerPage(first!)).toEqual([first! - 1, 1]);
    for (const rows of [1, 35, 36, 60, 74, 150, 300, 1000]) {
      const pages = rowsPerPage(rows);
      expect(
        pages.reduce((a, b) => a + b, 0),
        `${rows} rows`,
      ).toBe(rows);
      expect(Math.min(...pages), `${rows} rows`).toBeGreaterThan(0);
    }
  });
});

describe('the register of 300 people', () => {
  it('prints every row, mark and total on pages of its own counting, the heading row on each', async () => {
    const data = syntheticRegister(300, 'uz-Latn');
    const long = data.register.rows[2]!;
    long.familyName = 'Abdurahmonova-Qoʻchqorova-Yoʻldosheva';
    long.patronymic = 'Abdulazizxoʻja Murodxoʻjayevna qizi';
    const pdf = readPdf(await renderDocument('register', data), 'register-300.pdf');

    const pages = rowsPerPage(300).length;
    expect(pdf.info['Pages']).toBe(String(pages));
    expect(pdf.pages).toHaveLength(pages);
    for (const [index, page] of pdf.pages.entries()) {
      expect(page, `page ${index + 1}`).toContain('Familiyasi, ismi, otasining ismi');
      expect(page).toContain(`${index + 1}-sahifa, jami ${pages}`);
    }
    expect(pdf.fonts.every((font) => font.includes('NotoSans'))).toBe(true);

    // Each person's line: the day marks in date order, then attended, excused, unexcused, cancelled.
    const letters = catalogues['uz-Latn'].attendance.letters;
    const cells = (person: RegisterRow) => {
      const { attended, absentExcused, absentUnexcused, cancelledByCentre } = person.totals;
      return [
        ...person.cells.flatMap((cell) => (cell?.mark ? [letters[cell.mark]] : [])),
        ...[attended, absentExcused, absentUnexcused, cancelledByCentre].map(String),
      ];
    };
    const everyone = pdf.pages.join('\n');
    for (const person of data.register.rows) {
      if (person === long) continue;
      const name = `${person.familyName} ${person.givenName}`;
      expect(everyone.split(`${name} `).length - 1, name).toBe(1);
      expect(lineOf(everyone, name), name).toEqual(cells(person));
    }
    // A name too long for its column stays on its one line, cut with an ellipsis before the marks.
    expect(lineOf(everyone, 'Abdurahmonova-Qoʻchqorova')[0]).toMatch(/…$/);
    expect(lineOf(everyone, '…')).toEqual(cells(long));
    expect(everyone).not.toContain('Murodxoʻjayevna');

    // The day totals and the signatures end the last page only.
    const last = pdf.pages[pages - 1]!;
    const totals = data.register.dayTotals.flatMap((day) =>
      day.attended + day.absent + day.cancelledByCentre > 0 ? [String(day.attended)] : [],
    );
    expect(lineOf(last, 'Kelganlar').slice(0, totals.length)).toEqual(totals);
    expect(last).toContain('Markaz rahbari');
    expect(pdf.pages.slice(0, -1).join('\n')).not.toContain('Markaz rahbari');
    expect(pdf.pages.slice(0, -1).join('\n')).not.toContain('Kelganlar');
  }, 60_000);

  it('prints the two-letter Russian marks whole, each in its own column', async () => {
    const data = syntheticRegister(40, 'ru');
    const pdf = readPdf(await renderDocument('register', data), 'register-40-ru.pdf');
    const letters = catalogues.ru.attendance.letters;
    expect([letters.late, letters.cancelled_by_centre]).toEqual(['ОП', 'ОТ']);
    const everyone = pdf.pages.join('\n');
    for (const person of data.register.rows)
      expect(lineOf(everyone, `${person.familyName} ${person.givenName}`).slice(0, -4)).toEqual(
        person.cells.flatMap((cell) => (cell?.mark ? [letters[cell.mark]] : [])),
      );
  }, 60_000);
});
