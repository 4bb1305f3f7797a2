import type { Styles } from '@react-pdf/renderer';
import { HEADING_HEIGHT } from '../page-frame';
import { FONT_FAMILY } from '../pdf';

/** Landscape A4 in points, and the margins the register keeps (room for hole punching on the left). */
export const PAGE = { width: 841.89, height: 595.28, left: 32, right: 22, top: 24, bottom: 34 };

// Two points short of the margins: the table's outer rules are drawn outside the columns' widths.
export const TABLE_WIDTH = PAGE.width - PAGE.left - PAGE.right - 2;
export const COLUMN = { number: 18, total: 36 };
export const TOTAL_COLUMNS = 4;

/**
 * Fixed heights, so that the rows can be counted onto pages before anything is laid out: the heading (with its
 * margin; page-frame.tsx), the table's top rule, the column heading row, a person's row and the day totals row. `ending` is
 * what the legend (two lines at most), the holidays line (two at most) and the signatures take below the table.
 */
export const HEIGHT = {
  heading: HEADING_HEIGHT,
  tableRule: 0.75,
  head: 30,
  row: 13,
  totals: 14,
  ending: 130,
};
/** What the page holds between its top and bottom margins, less a point or two react-pdf keeps to itself. */
const CONTENT = PAGE.height - PAGE.top - PAGE.bottom - 2;

/**
 * The day columns share what №, the name and the four totals leave (wider in February than in a 31-day month),
 * in whole points: the layout rounds widths to the point, so fractional ones would come out unequal. The name
 * column takes what the rounding leaves.
 */
export function columnWidths(days: number): { day: number; name: number } {
  const rest = TABLE_WIDTH - COLUMN.number - TOTAL_COLUMNS * COLUMN.total;
  const day = Math.min(Math.floor((rest - 140) / Math.max(days, 1)), 22);
  return { day, name: rest - day * days };
}

/**
 * How many people's rows go on each page: the first page holds the heading too, the last the day totals row,
 * the legend and the signatures. Always at least one page; when the last page's rows leave no room for what
 * ends the register, its last row goes over to a page of its own with them, so the signatures never stand on a
 * page without any of the table.
 */
export function rowsPerPage(rows: number): number[] {
  const below = CONTENT - HEIGHT.tableRule - HEIGHT.head;
  const room = (page: number) => (page === 0 ? below - HEIGHT.heading : below);
  const pages: number[] = [];
  for (let left = rows; left > 0;) {
    const fits = Math.min(Math.floor(room(pages.length) / HEIGHT.row), left);
    pages.push(fits);
    left -= fits;
  }
  const last = pages.pop();
  if (last === undefined) return [0];
  if (last * HEIGHT.row + HEIGHT.totals + HEIGHT.ending > room(pages.length)) pages.push(last - 1, 1);
  else pages.push(last);
  return pages;
}

export const RULE = '#555555';
export const SHADE = '#e3e3e3';
export const INK = '#111111';

export const styles = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 7,
    paddingLeft: PAGE.left,
    paddingRight: PAGE.right,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    color: INK,
  },
  table: { borderTopWidth: HEIGHT.tableRule, borderLeftWidth: 0.75, borderColor: RULE },
  headRow: {
    flexDirection: 'row',
    height: HEIGHT.head,
    borderBottomWidth: 0.75,
    borderColor: RULE,
    backgroundColor: '#f4f4f4',
  },
  cell: {
    flexShrink: 0,
    borderRightWidth: 0.5,
    borderColor: RULE,
    justifyContent: 'center',
    alignItems: 'center',
    paddingVertical: 1.5,
  },
  nameCell: { alignItems: 'flex-start', paddingHorizontal: 3 },
  headText: { fontSize: 6, textAlign: 'center', fontWeight: 700, paddingHorizontal: 1 },
  weekday: { fontSize: 5, color: '#444444' },
  totalsRow: { flexDirection: 'row', height: HEIGHT.totals, borderBottomWidth: 0.75, borderColor: RULE },
  bold: { fontWeight: 700 },
  legend: { marginTop: 8, flexDirection: 'row', flexWrap: 'wrap', fontSize: 7.5 },
  legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 12, marginBottom: 2 },
  closures: { marginTop: 2, fontSize: 7.5 },
  swatch: {
    width: 10,
    height: 8,
    backgroundColor: SHADE,
    borderWidth: 0.5,
    borderColor: RULE,
    marginRight: 3,
  },
} satisfies Styles;
