// The web preview: the built renderer on 127.0.0.1 with a real backend behind POST /api/invoke, for demos and UI
// work where Electron is not available. Usage: npm run preview:web -- [--port 5180] [--data-dir ./.preview-data]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../../electron/backend';
import { startRendererServer, type RendererServer } from './renderer-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port ?? process.env.IMKON_PREVIEW_PORT ?? process.env.PORT ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port}`);
  const dataDir = resolve(values['data-dir'] ?? process.env.IMKON_PREVIEW_DATA_DIR ?? '.preview-data');

  // Like the app: whoever signs in (the demo centre has one account per role, see README).
  const backend = await createBackend({ dataDir, caller: 'session' });
  let server: RendererServer;
  try {
    server = await startRendererServer({ port, invoke: (channel, input) => backend.handle(channel, input) });
  } catch (error) {
    await backend.close();
    throw error;
  }
  console.log(`Imkon web preview: ${server.url}  (data: ${dataDir}; loopback only; Ctrl+C stops)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the preview…`);
    await server.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
