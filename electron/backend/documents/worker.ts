import { parentPort } from 'node:worker_threads';
import { documentKinds, isDocumentKind, type DocumentModule } from './kinds';
import { loadPdf, registerFonts } from './pdf';
import type { RenderReply, RenderRequest } from './worker-protocol';

/**
 * The rendering thread: builds a document from its kind's module and renders it to PDF bytes. Layout and
 * font subsetting take seconds for a long register; here they do not hold up the backend's event loop.
 */
async function render({ kind, data }: RenderRequest): Promise<Uint8Array<ArrayBuffer>> {
  if (!isDocumentKind(kind)) throw new Error(`No document of kind ${JSON.stringify(kind)}`);
  const [pdf, module] = await Promise.all([loadPdf(), documentKinds[kind]()]);
  // Fresh fonts for every document (see registerFonts); parsing them is quick beside the layout.
  registerFonts(pdf);
  // The table's types tie each kind to its data on the sending side; here the data has been cloned across.
  const buffer = await pdf.renderToBuffer((module as DocumentModule<unknown>).build(pdf, data));
  // A copy of its own, so the bytes can be moved to the backend's thread instead of cloned again.
  return new Uint8Array(buffer);
}

const port = parentPort;
if (!port) throw new Error('documents/worker runs only as a worker thread');

port.on('message', (request: RenderRequest) => {
  render(request).then(
    (bytes) => port.postMessage({ id: request.id, ok: true, bytes } satisfies RenderReply, [bytes.buffer]),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      } satisfies RenderReply),
  );
});
