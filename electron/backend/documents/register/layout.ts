import type { Styles } from '@react-pdf/renderer';
import { FONT_FAMILY } from '../pdf';

/** Landscape A4 in points, and the margins the register keeps (room for hole punching on the left). */
export const PAGE = { width: 841.89, height: 595.28, left: 32, right: 22, top: 24, bottom: 34 };

// Two points short of the margins: the table's outer rules are drawn outside the columns' widths.
const TABLE_WIDTH = PAGE.width - PAGE.left - PAGE.right - 2;
export const COLUMN = { number: 18, total: 36 };
export const TOTAL_COLUMNS = 4;

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

const RULE = '#555555';
export const SHADE = '#e3e3e3';

export const styles = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 7,
    paddingLeft: PAGE.left,
    paddingRight: PAGE.right,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    color: '#111111',
  },
  heading: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 8 },
  centre: { fontSize: 9 },
  title: { fontSize: 13, fontWeight: 700, marginTop: 2 },
  meta: { fontSize: 9, textAlign: 'right' },
  table: { borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: RULE },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: RULE, minHeight: 13 },
  headRow: { flexDirection: 'row', borderBottomWidth: 0.75, borderColor: RULE, backgroundColor: '#f4f4f4' },
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
  mark: { fontSize: 7.5, fontWeight: 700 },
  totalsRow: { flexDirection: 'row', borderBottomWidth: 0.75, borderColor: RULE, minHeight: 14 },
  bold: { fontWeight: 700 },
  legend: { marginTop: 8, flexDirection: 'row', flexWrap: 'wrap', fontSize: 7.5 },
  legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 12, marginBottom: 2 },
  swatch: {
    width: 10,
    height: 8,
    backgroundColor: SHADE,
    borderWidth: 0.5,
    borderColor: RULE,
    marginRight: 3,
  },
  signatures: { marginTop: 22, flexDirection: 'row', justifyContent: 'space-between', fontSize: 9 },
  signature: { width: 330 },
  signatureLine: { flexDirection: 'row', alignItems: 'flex-end', marginTop: 14 },
  line: {
    borderBottomWidth: 0.75,
    borderColor: '#111111',
    flexGrow: 1,
    flexBasis: 0,
    marginRight: 10,
    minHeight: 12,
  },
  caption: { fontSize: 6, color: '#555555', flexDirection: 'row', marginTop: 1 },
  footer: {
    position: 'absolute',
    bottom: 14,
    left: PAGE.left,
    right: PAGE.right,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7,
    color: '#555555',
  },
} satisfies Styles;
