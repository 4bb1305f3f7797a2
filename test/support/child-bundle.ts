import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';

const root = join(__dirname, '..', '..');

export interface ChildBundle {
  /** The script to start with `process.execPath`. */
  file: string;
  remove(): void;
}

/**
 * Compiles a child script and the app code it imports into one CommonJS file, once per test: starting each
 * child under tsx compiled the backend again every time (seconds per start on a busy machine), while the
 * bundle starts in about a second. Packages stay outside (better-sqlite3 is native), so the file sits in
 * node_modules/.cache, where Node finds them by the usual lookup.
 */
export function bundleChild(entry: string): ChildBundle {
  const name = `${basename(entry, '.ts')}-${process.pid}-${randomUUID().slice(0, 8)}.cjs`;
  const file = join(root, 'node_modules', '.cache', 'imkon-test-children', name);
  buildSync({
    entryPoints: [join(root, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.node.json'),
    logLevel: 'error',
  });
  return { file, remove: () => rmSync(file, { force: true }) };
}
