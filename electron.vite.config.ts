import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Pure-ESM libraries are bundled into the CommonJS main and preload; better-sqlite3 stays external
// because it carries a native binary.
const bundled = ['kysely', 'zod', 'i18next', 'date-fns'];

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: bundled },
      rollupOptions: {
        // The document renderer runs in a worker thread, which needs a file of its own to start from.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'documents-worker': resolve(__dirname, 'electron/backend/documents/worker.ts'),
        },
        // Shared chunks sit next to the entries, so every module's __dirname is out/main and the backend
        // finds documents-worker.js beside itself wherever the bundler put it.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: { exclude: bundled },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
