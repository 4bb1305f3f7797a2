/** A table ready to be written as XLSX or CSV: translated headers, typed cells. */
export type SheetCell = string | number | null | { date: string };

export interface SheetColumn {
  header: string;
  kind: 'text' | 'date' | 'number';
  /** Characters, for XLSX. */
  width: number;
}

export interface Sheet {
  /** The worksheet's name and the file's stem. */
  title: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

export const date = (value: string | null): SheetCell => (value ? { date: value } : null);
