import { spawn } from 'node:child_process';

export interface ChildRun {
  /** Complete lines the child printed before it died. */
  lines: string[];
  /** Milliseconds from the start to "ready". */
  startMs: number;
  /** Milliseconds from "ready" to the kill. */
  ranMs: number;
}

/**
 * Starts the crash writer (compiled once by bundleChild) with the same Node as the tests, lets it work for
 * `workMs` after it says it is ready, then kills it with SIGKILL: no handler runs, nothing is flushed.
 */
export function runAndKill(
  writer: string,
  dataDir: string,
  firstIndex: number,
  workMs: number,
  limitMs = 90_000,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const child = spawn(process.execPath, [writer, dataDir, String(firstIndex)], {
      // Its own process group, so that the kill reaches anything the child might start.
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
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
      else resolve({ lines, startMs: readyAt - startedAt, ranMs: Date.now() - readyAt });
    });
  });
}
