import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { RenderReply, RenderRequest } from './worker-protocol';

/**
 * Where the rendering thread's code is and how to start it. Built, the worker is a second entry of the main
 * bundle (electron.vite.config.ts), emitted next to it as documents-worker.js. From sources (tsx, Playwright's
 * loader, vitest) this file is .ts and a new thread inherits no TypeScript loader, so it starts worker.ts with
 * tsx registered and pointed at tsconfig.node.json (the automatic JSX runtime the documents need).
 */
function workerStart(): { file: string; options: WorkerOptions } {
  if (!__filename.endsWith('.ts')) return { file: join(__dirname, 'documents-worker.js'), options: {} };
  const tsx = pathToFileURL(createRequire(__filename).resolve('tsx')).href;
  return {
    file: join(__dirname, 'worker.ts'),
    options: {
      execArgv: ['--import', tsx],
      env: { ...process.env, TSX_TSCONFIG_PATH: resolve(__dirname, '../../../tsconfig.node.json') },
    },
  };
}

interface Job {
  worker: Worker;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * One long-lived rendering thread, started on the first document and again after it dies. Requests are sent
 * as they come; the thread renders them concurrently as react-pdf yields. While nothing is pending the thread
 * is unref'd, so it never keeps a CLI run, a test or the app from exiting.
 */
class DocumentWorker {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;

  render(kind: string, data: unknown): Promise<Buffer> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.jobs.set(id, { worker, resolve, reject });
      worker.ref();
      worker.postMessage({ id, kind, data } satisfies RenderRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const { file, options } = workerStart();
    const worker = new Worker(file, options);
    worker.on('message', (reply: RenderReply) => this.settle(reply));
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) =>
      this.lose(worker, new Error(`The document worker stopped (exit code ${code})`)),
    );
    this.worker = worker;
    return worker;
  }

  private settle(reply: RenderReply): void {
    const job = this.jobs.get(reply.id);
    if (!job) return;
    this.jobs.delete(reply.id);
    if (![...this.jobs.values()].some((other) => other.worker === job.worker)) job.worker.unref();
    if (reply.ok) {
      job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    } else {
      const error = new Error(reply.message);
      if (reply.stack) error.stack = reply.stack;
      job.reject(error);
    }
  }

  /**
   * A dead thread fails what it was rendering and nothing else ('error' and then 'exit' both arrive, maybe
   * after a fresh thread has taken new documents); the next document starts a fresh one.
   */
  private lose(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const [id, job] of this.jobs) {
      if (job.worker !== worker) continue;
      this.jobs.delete(id);
      job.reject(error);
    }
  }
}

export const documentWorker = new DocumentWorker();
