import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { MAX_IMPORT_ROWS } from '../../../shared/contract/import';

/** One row of a sheet: its number as the spreadsheet program shows it (the first row is 1) and its cells. */
export interface TextRow {
  number: number;
  cells: string[];
}

/** A sheet as text: the header row and the data rows below it, every cell a trimmed string ('' when empty). */
export interface TextTable {
  headers: string[];
  headerRowNumber: number;
  rows: TextRow[];
}

export type TableProblem = 'unsupportedFile' | 'unreadableFile' | 'emptyFile' | 'tooManyRows';

export class TableError extends Error {
  constructor(readonly problem: TableProblem) {
    super(`Cannot read the table: ${problem}`);
    this.name = 'TableError';
  }
}

export { MAX_IMPORT_ROWS };

/** Lists often open with a title line or two ("Asaka tumani … roʻyxati") above the real header. */
const HEADER_SEARCH_ROWS = 10;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Spreadsheet cells hold numbers, dates, rich text and formulas; people mean the text they see. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<TextRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableError('unreadableFile');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: TextRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      cells.push(cellText(row.getCell(column).value).trim());
    }
    rows.push({ number: row.number, cells });
  });
  return rows;
}

/**
 * Excel on a Russian or Uzbek Windows saves "CSV" in the Windows-1251 code page, not UTF-8; a file that is not
 * valid UTF-8 is read as that.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

const DELIMITERS = [';', ',', '\t'];

/**
 * Spreadsheet programs in Uzbek and Russian settings save with ";", others with "," or tabs. The delimiter is
 * the one that splits most rows into the same number of columns, weighted by that number: a title line or an
 * address with commas ("Navoiy koʻchasi, 12-uy") must not make "," win over the real ";".
 */
function guessDelimiter(text: string): string {
  let best = { delimiter: DELIMITERS[0] ?? ';', score: -1 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy', preview: 50 }).data;
    const widths = new Map<number, number>();
    for (const row of rows) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    for (const [width, count] of widths) {
      const score = count * (width - 1);
      if (score > best.score) best = { delimiter, score };
    }
  }
  return best.delimiter;
}

function readCsv(bytes: Uint8Array): TextRow[] {
  const text = decodeText(bytes);
  // Empty lines are kept so that the rows are numbered as a spreadsheet program shows them.
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw new TableError('unreadableFile');
  return parsed.data.map((row, index) => ({ number: index + 1, cells: row.map((cell) => cell.trim()) }));
}

/**
 * Reads a CSV or XLSX file into text rows. The header is the first row among the first few that `isHeader`
 * accepts, or else the first non-empty row; rows above it are titles and are dropped.
 */
export async function parseTable(
  fileName: string,
  bytes: Uint8Array,
  isHeader: (cells: string[]) => boolean = () => true,
): Promise<TextTable> {
  const lower = fileName.toLowerCase();
  let rows: TextRow[];
  if (lower.endsWith('.xlsx')) rows = await readXlsx(bytes);
  else if (lower.endsWith('.csv') || lower.endsWith('.txt')) rows = readCsv(bytes);
  else throw new TableError('unsupportedFile');

  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell !== ''));
  const found = nonEmpty.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isHeader(row.cells));
  const headerIndex = Math.max(found, 0);
  const header = nonEmpty[headerIndex];
  const data = nonEmpty.slice(headerIndex + 1);
  if (!header || data.length === 0) throw new TableError('emptyFile');
  if (data.length > MAX_IMPORT_ROWS) throw new TableError('tooManyRows');
  // Trailing empty header cells are the sheet's width, not columns anyone named.
  let width = header.cells.length;
  while (width > 1 && header.cells[width - 1] === '' && data.every((row) => !row.cells[width - 1]))
    width -= 1;
  return {
    headers: header.cells.slice(0, width),
    headerRowNumber: header.number,
    rows: data.map((row) => ({
      number: row.number,
      cells: Array.from({ length: width }, (_, i) => row.cells[i] ?? ''),
    })),
  };
}
