import type { Styles } from '@react-pdf/renderer';
import { FONT_FAMILY } from '../pdf';

/** Portrait A4: a reception desk's list reads down the page, 40 sessions on one sheet. */
export const PAGE = { width: 595.28, height: 841.89, left: 30, right: 24, top: 24, bottom: 34 };

const RULE = '#8a8a8a';
export const MUTED = '#666666';

/** Fixed widths of the optional columns; "who is expected" takes what is left. */
export const COLUMN = { section: 100, time: 54, service: 116, specialist: 84, room: 100 };

export const styles = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 7.5,
    paddingLeft: PAGE.left,
    paddingRight: PAGE.right,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    color: '#111111',
  },
  headRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.75,
    borderColor: '#333333',
    paddingVertical: 2.5,
  },
  headText: { fontSize: 7, fontWeight: 700, color: '#333333' },
  /** A room's or specialist's sessions: its name in the first column, the rows beside it. */
  section: { flexDirection: 'row', borderBottomWidth: 0.9, borderColor: '#333333' },
  sectionName: { width: COLUMN.section, paddingVertical: 1.5, fontWeight: 700, backgroundColor: '#f1f1f1' },
  sectionHead: { width: COLUMN.section },
  row: {
    flexDirection: 'row',
    borderBottomWidth: 0.4,
    borderColor: RULE,
    paddingVertical: 1.5,
  },
  cell: { paddingHorizontal: 4, flexShrink: 0 },
  grow: { flexGrow: 1, flexBasis: 0 },
  expected: { paddingHorizontal: 4, flexGrow: 1, flexBasis: 0 },
  time: { fontWeight: 700 },
  group: { fontWeight: 700 },
  note: { fontSize: 6.5, color: MUTED, marginTop: 0.5 },
  cancelled: { color: '#8c8c8c' },
  struck: { textDecoration: 'line-through' },
  badge: { fontSize: 6.5, fontWeight: 700, color: '#555555' },
  totals: { marginTop: 7, fontSize: 8, color: '#222222' },
  empty: { marginTop: 12, fontSize: 9 },
} satisfies Styles;
