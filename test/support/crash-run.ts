import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const tsxCli = createRequire(__filename).resolve('tsx/cli');

export interface ChildRun {
  /** Complete lines the child printed before it died. */
  lines: string[];
  /** Milliseconds from "ready" to the kill. */
  ranMs: number;
}

/**
 * Starts the crash writer with the same Node as the tests (tsx over tsconfig.node.json), lets it work for
 * `workMs` after it says it is ready, then kills it with SIGKILL: no handler runs, nothing is flushed.
 */
export function runAndKill(
  dataDir: string,
  firstIndex: number,
  workMs: number,
  limitMs = 90_000,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        tsxCli,
        '--tsconfig',
        'tsconfig.node.json',
        'test/support/crash-writer.ts',
        dataDir,
        String(firstIndex),
      ],
      // Its own process group: tsx starts an esbuild helper that shares the pipes, and is killed with it.
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const killAll = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    let out = '';
    let err = '';
    let readyAt = 0;
    const guard = setTimeout(() => {
      killAll();
      reject(new Error(`The crash writer did not become ready in ${limitMs} ms: ${err}`));
    }, limitMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!readyAt && out.includes('ready\n')) {
        readyAt = Date.now();
        setTimeout(killAll, workMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    // 'close', not 'exit': only then has every line the child wrote been read from the pipe.
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      const lines = out.split('\n').slice(0, -1);
      const failed = lines.find((line) => line.startsWith('error '));
      if (failed || signal !== 'SIGKILL')
        reject(new Error(`The crash writer stopped by itself: ${failed ?? err}`));
      else resolve({ lines, ranMs: Date.now() - readyAt });
    });
  });
}
