import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** A sheet as text: the header row and the data rows, every cell a trimmed string ('' when empty). */
export interface TextTable {
  headers: string[];
  rows: string[][];
}

export type TableProblem = 'unsupportedFile' | 'unreadableFile' | 'emptyFile' | 'tooManyRows';

export class TableError extends Error {
  constructor(readonly problem: TableProblem) {
    super(`Cannot read the table: ${problem}`);
    this.name = 'TableError';
  }
}

export const MAX_IMPORT_ROWS = 5000;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Spreadsheet cells hold numbers, dates, rich text and formulas; people mean the text they see. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableError('unreadableFile');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      cells.push(cellText(row.getCell(column).value).trim());
    }
    rows.push(cells);
  });
  return rows;
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  // Spreadsheet programs in Uzbek and Russian settings save with ";"; Papa Parse guesses the delimiter.
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t'],
  });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw new TableError('unreadableFile');
  return parsed.data.map((row) => row.map((cell) => cell.trim()));
}

/** Reads a CSV or XLSX file into text rows; the first non-empty row is the header. */
export async function parseTable(fileName: string, bytes: Uint8Array): Promise<TextTable> {
  const lower = fileName.toLowerCase();
  let rows: string[][];
  if (lower.endsWith('.xlsx')) rows = await readXlsx(bytes);
  else if (lower.endsWith('.csv') || lower.endsWith('.txt')) rows = readCsv(bytes);
  else throw new TableError('unsupportedFile');

  const nonEmpty = rows.filter((row) => row.some((cell) => cell !== ''));
  const [headers, ...data] = nonEmpty;
  if (!headers || data.length === 0) throw new TableError('emptyFile');
  if (data.length > MAX_IMPORT_ROWS) throw new TableError('tooManyRows');
  const width = headers.length;
  return {
    headers,
    rows: data.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')),
  };
}
