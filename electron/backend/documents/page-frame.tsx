import type { ReactElement } from 'react';
import type { Styles } from '@react-pdf/renderer';
import type { TFunction } from 'i18next';
import type { Pdf } from './pdf';

/**
 * What every document of the centre has around its content, drawn alike: the heading (the centre's name and the
 * document's title at the left, what it covers at the right, a rule below), the footer on every page, and the
 * signature lines of a document someone signs.
 */

const styles = {
  heading: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    borderBottomWidth: 1.2,
    borderColor: '#111111',
    paddingBottom: 5,
    marginBottom: 8,
  },
  left: { flexShrink: 1, marginRight: 16 },
  // Each line as wide as its text, pushed to the right edge (textAlign alone left them ragged on the left).
  right: { alignItems: 'flex-end' },
  centre: { fontSize: 9, color: '#333333', maxLines: 1, textOverflow: 'ellipsis' },
  title: { fontSize: 14, fontWeight: 700, marginTop: 2 },
  subtitle: { fontSize: 10.5, fontWeight: 700, marginTop: 1 },
  meta: { fontSize: 9, textAlign: 'right', color: '#222222' },
  footer: {
    position: 'absolute',
    bottom: 14,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7,
    color: '#555555',
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
} satisfies Styles;

/**
 * The heading's height with a one-line title and two lines at the right (the register counts its rows onto
 * pages before layout, so it needs to know): the centre's name, the title, the rule and the margin below.
 */
export const HEADING_HEIGHT = 48;

export interface HeadingText {
  centreName: string;
  title: string;
  /** A line under the title (the day schedule's date). */
  subtitle?: string;
  /** The lines at the right: period, scope, when printed. */
  meta: string[];
}

export function Heading({ pdf, text }: { pdf: Pdf; text: HeadingText }): ReactElement {
  const { Text, View } = pdf;
  return (
    <View style={styles.heading}>
      <View style={styles.left}>
        {text.centreName ? <Text style={styles.centre}>{text.centreName}</Text> : null}
        <Text style={styles.title}>{text.title}</Text>
        {text.subtitle ? <Text style={styles.subtitle}>{text.subtitle}</Text> : null}
      </View>
      <View style={styles.right}>
        {text.meta.map((line, index) => (
          <Text key={index} style={styles.meta}>
            {line}
          </Text>
        ))}
      </View>
    </View>
  );
}

/** The footer of every page: the centre, the title and what the document covers; the page of how many. */
export function Footer({
  pdf,
  t,
  parts,
  margins,
}: {
  pdf: Pdf;
  t: TFunction;
  parts: string[];
  margins: { left: number; right: number };
}): ReactElement {
  const { Text, View } = pdf;
  return (
    <View style={[styles.footer, margins]} fixed>
      <Text>{parts.filter(Boolean).join(' · ')}</Text>
      <Text
        render={({ pageNumber, totalPages }) => t('documents.page', { page: pageNumber, total: totalPages })}
      />
    </View>
  );
}

export interface Signer {
  /** Who signs: "Responsible specialist", "Head of the centre". */
  label: string;
  /** Printed on the name's line when known; left blank to write in otherwise. */
  name: string | null;
}

/** Signature lines side by side, each with its captions ("signature", "full name") under the two lines. */
export function Signatures({
  pdf,
  signers,
  captions,
}: {
  pdf: Pdf;
  signers: Signer[];
  captions: { signature: string; fullName: string };
}): ReactElement {
  const { Text, View } = pdf;
  return (
    <View style={styles.signatures} wrap={false}>
      {signers.map((signer) => (
        <View key={signer.label} style={styles.signature}>
          <Text>{signer.label}</Text>
          <View style={styles.signatureLine}>
            <View style={styles.line} />
            <View style={styles.line}>
              <Text>{signer.name ?? ''}</Text>
            </View>
          </View>
          <View style={styles.caption}>
            <Text style={{ width: 160 }}>{captions.signature}</Text>
            <Text>{captions.fullName}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
