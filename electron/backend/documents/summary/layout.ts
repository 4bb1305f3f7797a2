import type { Styles } from '@react-pdf/renderer';
import { FONT_FAMILY } from '../pdf';

/** Landscape A4: nine figures per line leave the service and group names room to stay on one line. */
export const PAGE = { width: 841.89, height: 595.28, left: 36, right: 28, top: 28, bottom: 36 };

export const FIGURE_WIDTH = 60;
const RULE = '#9a9a9a';

export const styles = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 8.5,
    paddingLeft: PAGE.left,
    paddingRight: PAGE.right,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    color: '#111111',
  },
  headRow: {
    flexDirection: 'row',
    alignItems: 'flex-end',
    borderBottomWidth: 0.9,
    borderColor: '#333333',
    paddingBottom: 3,
  },
  headText: { fontSize: 7, fontWeight: 700, color: '#333333', textAlign: 'right' },
  headName: { fontSize: 7, fontWeight: 700, color: '#333333' },
  row: { flexDirection: 'row', borderBottomWidth: 0.4, borderColor: RULE, paddingVertical: 2.6 },
  serviceRow: { backgroundColor: '#efefef', fontWeight: 700, marginTop: 3 },
  totalRow: {
    borderTopWidth: 1.1,
    borderBottomWidth: 1.1,
    borderColor: '#111111',
    fontWeight: 700,
    marginTop: 4,
  },
  name: { flexGrow: 1, flexBasis: 0, paddingHorizontal: 4 },
  indented: { paddingLeft: 16 },
  figure: { width: FIGURE_WIDTH, flexShrink: 0, paddingHorizontal: 4, textAlign: 'right' },
  rate: { fontWeight: 700 },
  footnote: { marginTop: 10, fontSize: 7.5, color: '#333333', lineHeight: 1.35 },
  empty: { marginTop: 12, fontSize: 10 },
} satisfies Styles;
