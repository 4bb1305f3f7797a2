/**
 * The full centre export: one gzipped JSON document. A cell is what SQLite stores: null, a number, a string,
 * or bytes as { base64 }. Rows are arrays in the order of `columns`, to keep a large table small.
 */
export const FULL_EXPORT_FORMAT = 'imkon-centre-export';
export const FULL_EXPORT_FORMAT_VERSION = 1;
export const FULL_EXPORT_MIME = 'application/gzip';

export type Cell = null | number | string | { base64: string };

export interface ExportedTable {
  name: string;
  columns: string[];
  rows: Cell[][];
}

export interface FullExport {
  format: typeof FULL_EXPORT_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** ISO instant. */
  exportedAt: string;
  /** The schema version: every migration applied, in order. The importing database must have exactly these. */
  migrations: string[];
  tables: ExportedTable[];
}

export function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  throw new Error(`Unexpected SQLite value of type ${typeof value}`);
}

export function fromCell(cell: Cell): null | number | string | Buffer {
  if (cell !== null && typeof cell === 'object') return Buffer.from(cell.base64, 'base64');
  return cell;
}

export function isCell(value: unknown): value is Cell {
  if (value === null || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return (
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { base64?: unknown }).base64 === 'string'
  );
}
