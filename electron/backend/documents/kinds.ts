import type { ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { Pdf } from './pdf';

/**
 * Every printable document by kind, loaded only in the rendering worker and only when first asked for. A module
 * exports `build(pdf, data)`; its data must survive structured cloning (it crosses into the worker) and carries
 * the document's language. To add a document, add one line here.
 */
export const documentKinds = {
  register: () => import('./register/document'),
  progress: () => import('./progress/document'),
  daySchedule: () => import('./day-schedule/document'),
  attendanceSummary: () => import('./summary/document'),
} satisfies Record<string, () => Promise<DocumentModule<never>>>;

/** What a document module exports. */
export interface DocumentModule<D> {
  build(pdf: Pdf, data: D): ReactElement<DocumentProps>;
}

export type DocumentKind = keyof typeof documentKinds;

/** The data a kind's `build` takes. */
export type DocumentData<K extends DocumentKind> = Parameters<
  Awaited<ReturnType<(typeof documentKinds)[K]>>['build']
>[1];

export function isDocumentKind(kind: unknown): kind is DocumentKind {
  return typeof kind === 'string' && Object.hasOwn(documentKinds, kind);
}
