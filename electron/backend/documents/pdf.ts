import { createRequire } from 'node:module';
import type * as ReactPdf from '@react-pdf/renderer';
import type { DocumentData, DocumentKind } from './kinds';
import { documentWorker } from './worker-pool';

/** The react-pdf module: components and renderer, handed to the documents that draw with them. */
export type Pdf = typeof ReactPdf;

/** The family every document uses: Noto Sans covers Latin, Cyrillic, ʻ ʼ and Ў Қ Ғ Ҳ. */
export const FONT_FAMILY = 'Noto Sans';

/**
 * The TTF files are resolved as package files, not copied into the bundle: the font package is a runtime
 * dependency, so it sits in node_modules both under plain Node (tests, preview) and in the packaged app, and
 * the backend is CommonJS everywhere it runs (the main bundle, tsx, Playwright's loader; vitest provides the
 * same), so __filename is the module's own file; import.meta would not even parse under Playwright's loader.
 */
export function fontFile(weight: '400Regular' | '700Bold'): string {
  return createRequire(__filename).resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);
}

let loading: Promise<Pdf> | null = null;

/**
 * Registers the fonts, anew: parsed fonts keep per-glyph state from one document to the next, and after one
 * that drew Ў (У and a breve in Noto Sans) every later document left its У out ("частие" for "Участие"). So
 * each document starts from freshly read font files: the family is dropped and registered again (Font.reset
 * keeps the loaded fonts' promises, Font.clear drops the built-in families too).
 */
export function registerFonts(pdf: Pdf): void {
  Reflect.deleteProperty(pdf.Font.fontFamilies, FONT_FAMILY);
  pdf.Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: fontFile('400Regular'), fontWeight: 400 },
      { src: fontFile('700Bold'), fontWeight: 700 },
    ],
  });
  // Names and short headings are never hyphenated: a register breaks lines only between words.
  pdf.Font.registerHyphenationCallback((word) => [word]);
}

/**
 * Loads react-pdf on first use and registers the fonts. It is imported dynamically because it is ESM with
 * top-level await (yoga-layout), which the CommonJS main bundle cannot require(); it also keeps it off startup.
 */
export function loadPdf(): Promise<Pdf> {
  loading ??= import('@react-pdf/renderer').then((pdf) => {
    registerFonts(pdf);
    return pdf;
  });
  return loading;
}

/**
 * Renders a document of the given kind (kinds.ts) from its data, in the rendering worker thread: the backend's
 * event loop keeps answering other calls meanwhile. Fails (rejects) if the document cannot be built or the
 * thread dies.
 */
export function renderDocument<K extends DocumentKind>(kind: K, data: DocumentData<K>): Promise<Buffer> {
  return documentWorker.render(kind, data);
}

/** Stops the rendering thread (a later document starts it again). */
export function closeDocumentWorker(): Promise<void> {
  return documentWorker.close();
}
