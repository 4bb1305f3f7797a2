import type { RegisterRow } from '../../../../shared/contract/attendance';
import type { Mark } from '../../../../shared/domain/attendance';
import { COLUMN, HEIGHT, INK, RULE, SHADE, TOTAL_COLUMNS } from './layout';

/** The pdfkit calls of react-pdf's Canvas painter that the grid uses (each returns the painter). */
export interface Painter {
  font(file: string): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  strokeColor(color: string): Painter;
  lineWidth(width: number): Painter;
  rect(x: number, y: number, width: number, height: number): Painter;
  fill(): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  stroke(): Painter;
  text(
    text: string,
    x: number,
    y: number,
    options: { width: number; height: number; align?: 'left' | 'center'; ellipsis?: boolean },
  ): Painter;
}

/** A column's left edge and width, in points from the table's left. */
export interface Span {
  x: number;
  width: number;
}

export interface Columns {
  number: Span;
  name: Span;
  days: Span[];
  totals: Span[];
  width: number;
}

/** The columns left to right: №, the name, a column per day, the four totals. */
export function columnsOf(days: number, widths: { day: number; name: number }): Columns {
  let x = 0;
  const next = (width: number): Span => {
    const span = { x, width };
    x += width;
    return span;
  };
  const number = next(COLUMN.number);
  const name = next(widths.name);
  const dayColumns = Array.from({ length: days }, () => next(widths.day));
  const totals = Array.from({ length: TOTAL_COLUMNS }, () => next(COLUMN.total));
  return { number, name, days: dayColumns, totals, width: x };
}

/** What the rows are painted with: the fonts' files (pdfkit embeds the same Noto Sans react-pdf does). */
export interface GridStyle {
  regular: string;
  bold: string;
  /** Aligned with the day columns: shaded when the centre is closed. */
  closed: boolean[];
  letter: (mark: Mark) => string;
}

const RULE_WIDTH = 0.5;
const TEXT_SIZE = 7;
const MARK_SIZE = 7.5;
/** Two-letter marks (Russian ОП, ОТ) a size smaller: at 7.5 pt they fill a 31-day month's column to its rules. */
const PAIR_SIZE = 6.5;
const NAME_PADDING = 3;

/**
 * pdfkit places a line of text by its top; Noto Sans has its ascender at 1.069 em and capitals 0.714 em high,
 * so this top centres the capitals in the row.
 */
const topFor = (size: number) => (HEIGHT.row - RULE_WIDTH) / 2 - (1.069 - 0.714 / 2) * size;

function fullName(person: RegisterRow): string {
  return [person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ');
}

/**
 * Paints people's rows onto a page: closed days shaded, the rules where react-pdf's cell borders would fall
 * (inside each cell's right and bottom edges, as the heading row above draws them), the number, the name on
 * one line cut with an ellipsis, the marks and the person's totals. One pass per font, so pdfkit switches
 * fonts twice a page rather than twice a cell.
 */
export function paintRows(painter: Painter, columns: Columns, rows: RegisterRow[], style: GridStyle): void {
  const height = rows.length * HEIGHT.row;
  const half = RULE_WIDTH / 2;

  painter.fillColor(SHADE);
  columns.days.forEach((day, index) => {
    if (style.closed[index]) painter.rect(day.x, 0, day.width - RULE_WIDTH, height);
  });
  painter.fill();

  painter.lineWidth(RULE_WIDTH).strokeColor(RULE);
  for (let row = 1; row <= rows.length; row++) {
    const y = row * HEIGHT.row - half;
    painter.moveTo(0, y).lineTo(columns.width, y);
  }
  for (const column of [columns.number, columns.name, ...columns.days, ...columns.totals]) {
    const x = column.x + column.width - half;
    painter.moveTo(x, 0).lineTo(x, height);
  }
  painter.stroke();

  const centred = (text: string, span: Span, y: number, size: number) =>
    painter.text(text, span.x, y + topFor(size), {
      width: span.width - RULE_WIDTH,
      height: HEIGHT.row,
      align: 'center',
    });

  painter.font(style.regular).fontSize(TEXT_SIZE).fillColor(INK);
  rows.forEach((person, index) => {
    const y = index * HEIGHT.row;
    centred(String(person.number), columns.number, y, TEXT_SIZE);
    painter.text(fullName(person), columns.name.x + NAME_PADDING, y + topFor(TEXT_SIZE), {
      width: columns.name.width - 2 * NAME_PADDING,
      height: HEIGHT.row,
      ellipsis: true,
    });
    const { attended, absentExcused, absentUnexcused, cancelledByCentre } = person.totals;
    const totals = [attended, absentExcused, absentUnexcused, cancelledByCentre];
    columns.totals.forEach((span, column) => centred(String(totals[column]), span, y, TEXT_SIZE));
  });

  painter.font(style.bold);
  let size = 0;
  rows.forEach((person, index) => {
    const y = index * HEIGHT.row;
    columns.days.forEach((day, column) => {
      const mark = person.cells[column]?.mark;
      if (!mark) return;
      const letter = style.letter(mark);
      const wanted = letter.length > 1 ? PAIR_SIZE : MARK_SIZE;
      if (wanted !== size) painter.fontSize((size = wanted));
      centred(letter, day, y, size);
    });
  });
}
