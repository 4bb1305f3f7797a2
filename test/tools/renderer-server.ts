// Serves the built renderer (out/renderer) over http on the loopback interface. Used by the end-to-end tests
// (static files only; the page's window.imkon comes from Playwright) and by test/tools/preview-web.ts (which adds
// a bridge script and POST /api/invoke to a real backend). A development tool: loopback only.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const RENDERER_DIR = resolve(__dirname, '..', '..', 'out', 'renderer');
export const BRIDGE_PATH = '/imkon-preview-bridge.js';
export const INVOKE_PATH = '/api/invoke';
// A referral list to import travels as base64 inside one call: room for the 10 MB the import accepts.
const MAX_BODY_BYTES = 16 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';
const JS_TYPE = 'text/javascript; charset=utf-8';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': JS_TYPE,
  '.mjs': JS_TYPE,
  '.css': 'text/css; charset=utf-8',
  '.json': JSON_TYPE,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': JSON_TYPE,
};

/** Defines window.imkon.invoke over fetch; served as a file because the page's CSP forbids inline scripts. */
const BRIDGE_SCRIPT = `'use strict';
(() => {
  const invoke = async (channel, input) => {
    try {
      const response = await fetch(${JSON.stringify(INVOKE_PATH)}, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, input }),
      });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', message: 'Preview server unreachable: ' + error } };
    }
  };
  Object.defineProperty(window, 'imkon', { value: Object.freeze({ invoke }), enumerable: true });
})();
`;

export type Invoke = (channel: unknown, input: unknown) => Promise<unknown>;

export interface RendererServerOptions {
  root?: string;
  port?: number;
  /** When given, the page gets the fetch bridge and POST /api/invoke calls this. */
  invoke?: Invoke;
}

export interface RendererServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK_HOST = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(:\d+)?$/i;

/** Guards against DNS rebinding and cross-site requests: Host and any Origin must name the loopback. */
export function isLoopbackRequest(request: IncomingMessage): boolean {
  const host = request.headers.host;
  if (!host || !LOOPBACK_HOST.test(host)) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && url.host === host;
  } catch {
    return false;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return null;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleInvoke(request: IncomingMessage, response: ServerResponse, invoke: Invoke) {
  if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only');
  if (!request.headers['content-type']?.startsWith('application/json'))
    return send(response, 415, 'text/plain', 'JSON only');
  const text = await readBody(request);
  if (text === null) return send(response, 413, 'text/plain', 'Request too large');
  let body: { channel?: unknown; input?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return send(response, 400, 'text/plain', 'Invalid JSON');
  }
  const result = await invoke(body.channel, body.input);
  send(response, 200, JSON_TYPE, JSON.stringify(result));
}

function serveFile(root: string, pathname: string, response: ServerResponse, bridge: boolean): void {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
  const file = join(root, relative);
  // Browsers ask for a favicon the app does not have; Electron never does.
  if (relative === `${sep}favicon.ico` && !existsSync(file)) return void response.writeHead(204).end();
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
    return send(response, 404, 'text/plain', 'Not found');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (bridge && relative === `${sep}index.html`) {
    const html = readFileSync(file, 'utf8');
    const tag = `<script src="${BRIDGE_PATH}"></script>`;
    return send(response, 200, type, html.replace(/<script/i, `${tag}\n    <script`));
  }
  send(response, 200, type, readFileSync(file));
}

export async function startRendererServer(options: RendererServerOptions = {}): Promise<RendererServer> {
  const root = resolve(options.root ?? RENDERER_DIR);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`No built renderer at ${root}. Build it first: npx electron-vite build`);
  const { invoke } = options;

  const server = createServer((request, response) => {
    if (!isLoopbackRequest(request)) return send(response, 403, 'text/plain', 'Loopback only');
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (invoke && pathname === INVOKE_PATH) {
      handleInvoke(request, response, invoke).catch((error: unknown) => {
        console.error('Invoke failed', error);
        if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'GET only');
    if (invoke && pathname === BRIDGE_PATH) return send(response, 200, JS_TYPE, BRIDGE_SCRIPT);
    try {
      serveFile(root, pathname, response, invoke !== undefined);
    } catch {
      send(response, 400, 'text/plain', 'Bad request');
    }
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
