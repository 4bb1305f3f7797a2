import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportFormat, ExportedFile } from '../../../shared/contract/data-export';
import type { Language } from '../../../shared/domain/languages';
import type { Sheet, SheetCell } from './sheet';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIME = 'text/csv;charset=utf-8';
/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark; without it Cyrillic is garbled. */
const BOM = '\uFEFF';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** A calendar date as Excel's date at midnight: exceljs writes a Date's UTC moment. */
function excelDate(value: string): Date {
  const [y = 1970, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

async function xlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Imkon';
  const worksheet = workbook.addWorksheet(sheetName(sheet.title), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.kind === 'date' ? { numFmt: 'dd.mm.yyyy' } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(
      row.map((cell) => (cell !== null && typeof cell === 'object' ? excelDate(cell.date) : cell)),
    );
  }
  if (sheet.columns.length > 0) {
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Excel splits a CSV on the list separator of the PC's regional settings: a semicolon with Uzbek or Russian
 * settings, a comma with English ones. The export's language is the best guess of which the reader has.
 */
function csv(sheet: Sheet, language: Language): Buffer {
  const text = Papa.unparse(
    {
      fields: sheet.columns.map((c) => c.header),
      data: sheet.rows.map((row) => row.map(csvCell)),
    },
    { delimiter: language === 'en' ? ',' : ';', newline: '\r\n' },
  );
  return Buffer.from(BOM + text, 'utf8');
}

/** Dates as YYYY-MM-DD: every Excel locale reads it as a date, and no reader can take it for another day. */
function csvCell(cell: SheetCell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  // Typed text that Excel would run as a formula ("=HYPERLINK(…)") is kept as text; a phone's "+998…" stays.
  if (typeof cell === 'string' && /^(?:[=@\t\r]|[+-][^\d])/.test(cell)) return `'${cell}`;
  return cell;
}

export async function sheetFile(
  sheet: Sheet,
  format: ExportFormat,
  language: Language,
  stem: string,
): Promise<ExportedFile> {
  const bytes = format === 'xlsx' ? await xlsx(sheet) : csv(sheet, language);
  return {
    fileName: `${stem}.${format}`,
    bytes: bytes.toString('base64'),
    mime: format === 'xlsx' ? XLSX_MIME : CSV_MIME,
  };
}
