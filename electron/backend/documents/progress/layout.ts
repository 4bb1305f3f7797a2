import type { Styles } from '@react-pdf/renderer';
import { FONT_FAMILY } from '../pdf';

/** Portrait A4 in points with the margins of a letter handed to a family; the content is 507 pt wide. */
export const PAGE = { width: 595.28, left: 48, right: 40, top: 36, bottom: 48 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#9a9a9a';
export const ACCENT = '#1c5d99';

export const styles = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 9.5,
    paddingLeft: PAGE.left,
    paddingRight: PAGE.right,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    color: INK,
  },
  /**
   * Everything but the footer. The line height is set here, with the font size beside it, not on the Page: on
   * the Page this react-pdf lost the fixed footer (never drawn), and on a View without a font size of its own the
   * ratio is taken of the default 18 pt.
   */
  body: { fontSize: 9.5, lineHeight: 1.35 },
  centre: { fontSize: 9, color: MUTED },
  title: { fontSize: 16, fontWeight: 700, marginTop: 2, marginBottom: 10, color: ACCENT },
  section: { marginTop: 14 },
  heading: {
    fontSize: 11.5,
    fontWeight: 700,
    borderBottomWidth: 0.75,
    borderColor: ACCENT,
    paddingBottom: 2,
    marginBottom: 6,
  },
  facts: { flexDirection: 'row', flexWrap: 'wrap' },
  fact: { width: '50%', flexDirection: 'row', marginBottom: 2, paddingRight: 8 },
  factWide: { width: '100%', flexDirection: 'row', marginBottom: 2 },
  label: { color: MUTED, width: 118, flexShrink: 0 },
  value: { flex: 1 },
  bold: { fontWeight: 700 },
  muted: { color: MUTED },
  small: { fontSize: 8 },
  nextProgramme: { marginTop: 16, paddingTop: 8, borderTopWidth: 0.75, borderColor: ACCENT },
  goal: { marginTop: 8, paddingTop: 6, borderTopWidth: 0.5, borderColor: RULE },
  goalTitle: { fontSize: 10.5, fontWeight: 700 },
  goalBody: { flexDirection: 'row', marginTop: 4 },
  scale: { width: 250, paddingRight: 10 },
  scaleRow: { flexDirection: 'row', marginBottom: 1.5 },
  scaleLevel: { width: 20, fontWeight: 700, textAlign: 'right', marginRight: 6 },
  scaleText: { flex: 1, fontSize: 8.5 },
  chart: { flex: 1 },
  table: { borderTopWidth: 0.75, borderColor: RULE },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: RULE, paddingVertical: 2.5 },
  headRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.75,
    borderColor: RULE,
    paddingVertical: 2.5,
    backgroundColor: '#f1f4f8',
  },
  headText: { fontSize: 8, fontWeight: 700 },
  cellFirst: { flex: 1, paddingHorizontal: 4 },
  cellNumber: { width: 70, textAlign: 'right', paddingHorizontal: 4 },
  conclusion: { marginBottom: 6 },
  signatures: { marginTop: 22 },
  signature: { flexDirection: 'row', alignItems: 'flex-end', marginTop: 18 },
  signatureLabel: { width: 190, paddingRight: 8 },
  signatureLine: { width: 110, borderBottomWidth: 0.75, borderColor: INK, marginRight: 12 },
  signatureName: { flex: 1, borderBottomWidth: 0.75, borderColor: INK, minHeight: 12 },
  caption: { flexDirection: 'row', fontSize: 7, color: MUTED, marginLeft: 190 },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: PAGE.left,
    right: PAGE.right,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
    color: MUTED,
  },
} satisfies Styles;
