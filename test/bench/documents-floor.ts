import { createRequire } from 'node:module';
import type { RegisterMonth } from '../../shared/contract/attendance';
import { fontFile } from '../../electron/backend/documents/pdf';
import { columnsOf, paintRows, type Painter } from '../../electron/backend/documents/register/grid';
import { columnWidths, HEIGHT, PAGE, rowsPerPage } from '../../electron/backend/documents/register/layout';

/** The pdfkit document calls the floor makes besides those of the grid's painter. */
interface BareDocument extends Painter {
  addPage(options: { size: string; layout: string; margin: number }): BareDocument;
  save(): BareDocument;
  restore(): BareDocument;
  translate(x: number, y: number): BareDocument;
  on(event: 'data', listener: (chunk: Buffer) => void): BareDocument;
  on(event: 'end', listener: () => void): BareDocument;
  end(): void;
}
type BareDocumentClass = new (options: { autoFirstPage: boolean; font: string }) => BareDocument;

// pdfkit is the library react-pdf draws through, pinned as a devDependency at react-pdf's own version; typed above.
const PDFDocument = createRequire(__filename)('pdfkit') as BareDocumentClass;

/**
 * The register's pages drawn with bare pdfkit on this thread, as the floor the register is measured against:
 * the same pages, people's rows painted by the same calls (grid.ts), and every other text of the document (the
 * heading, the column heading row on each page, the day totals, the legend, the page footer) written at fixed
 * places with no layout at all. What documents.register takes beyond this is react-pdf's layout of the rest,
 * the worker's round trip and the month read from the database.
 */
export function bareRegister(register: RegisterMonth, letters: Record<string, string>): Promise<Buffer> {
  const document = new PDFDocument({ autoFirstPage: false, font: fontFile('400Regular') });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    document.on('data', (chunk) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
  });
  const regular = fontFile('400Regular');
  const bold = fontFile('700Bold');
  const widths = columnWidths(register.days.length);
  const columns = columnsOf(register.days.length, widths);
  const style = {
    regular,
    bold,
    closed: register.days.map((day) => day.dayOff || day.closure !== null),
    letter: (mark: string) => letters[mark] ?? '',
  };
  const label = (text: string, x: number, y: number, width: number, size = 6) =>
    document.fontSize(size).text(text, x, y, { width, height: 20, align: 'center' });

  const counts = rowsPerPage(register.rows.length);
  let start = 0;
  counts.forEach((count, page) => {
    document.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
    let top = PAGE.top;
    document.font(bold).fillColor('#111111');
    if (page === 0) {
      document.fontSize(13).text('Davomat tabeli', PAGE.left, top + 12, { width: 400, height: 20 });
      top += HEIGHT.heading;
    }
    document.save().translate(PAGE.left, top);
    label('Familiyasi, ismi, otasining ismi', columns.name.x, 10, columns.name.width);
    register.days.forEach((day, index) => label(String(day.day), columns.days[index]!.x, 8, widths.day));
    columns.totals.forEach((span) => label('Sababsiz kelmadi', span.x, 4, span.width));
    document
      .restore()
      .save()
      .translate(PAGE.left, top + HEIGHT.head);
    const rows = register.rows.slice(start, (start += count));
    paintRows(document, columns, rows, style);
    document.restore();
    if (page === counts.length - 1) {
      const y = top + HEIGHT.head + rows.length * HEIGHT.row;
      document.font(bold);
      register.dayTotals.forEach((day, index) =>
        label(String(day.attended), PAGE.left + columns.days[index]!.x, y + 3, widths.day, 7),
      );
      document.font(regular).fontSize(7.5);
      document.text(Object.values(letters).join(' — '), PAGE.left, y + 30, { width: 700, height: 20 });
    }
    document.font(regular).fontSize(7);
    document.text(`${page + 1} / ${counts.length}`, PAGE.left, PAGE.height - 24, { width: 700, height: 10 });
  });
  document.end();
  return done;
}
