import { PDFDocument } from 'pdf-lib';

/** Joins the children's reports, in order, into one PDF (base64 in, base64 out). */
export async function combinePdfs(parts: readonly string[]): Promise<string> {
  const combined = await PDFDocument.create();
  for (const part of parts) {
    const source = await PDFDocument.load(part);
    const pages = await combined.copyPages(source, source.getPageIndices());
    for (const page of pages) combined.addPage(page);
  }
  return combined.saveAsBase64();
}
