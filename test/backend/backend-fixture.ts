import { afterEach } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../electron/backend';
import type { Result } from '../../shared/contract';
import { makeTempDir } from '../support/temp-dir';

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** A backend on a real SQLite file in its own temp folder, closed and removed after the test. */
export async function openTestBackend(options: Partial<BackendOptions> = {}): Promise<Backend> {
  const temp = makeTempDir();
  cleanups.push(temp.remove);
  const backend = await createBackend({ dataDir: temp.dir, ...options });
  cleanups.push(() => backend.close());
  return backend;
}

/** A temp folder that is removed after the test. */
export function testDir(): string {
  const temp = makeTempDir();
  cleanups.push(temp.remove);
  return temp.dir;
}

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}
