import type { ExtensionSource } from '../check/extensions.js';
import type { CheckOptions, ValidateFn } from '../check/types.js';
import { runTask, type Task, type TaskResult } from './task.js';

/** Runs tasks; `run` resolves with each task's result. Implementations keep no order: the caller awaits in order. */
export interface Executor {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

export class InternalError extends Error {}

/** Runs tasks on the main thread: the fastest choice for a handful of small files (no worker start-up). */
export function inlineExecutor(options: CheckOptions, validate: ValidateFn): Executor {
  return {
    run: (task) => Promise.resolve(runTask(task, options, validate)),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve(result: TaskResult): void;
  reject(error: Error): void;
}

/**
 * The young generation of each worker's heap, in MB. V8's default (up to 48 MB a thread) is sized for throughput
 * on big heaps; a worker checks batches of 1 MB whose records die young, so a small nursery costs no measurable
 * time and keeps peak memory down: 200,000 indicators (87 MB) with 2 workers peaked at 279–295 MB by default and
 * at 195–206 MB with 2 MB, in the same runs, with the same CPU time (`npm run bench:validate` reports both).
 */
export const WORKER_YOUNG_GENERATION_MB = 2;

/**
 * The buffer a batch of NDJSON lines owns, handed over to the worker rather than copied: the main thread has no
 * further use for it, and a copy left behind would wait for the main thread's next (rare) collection.
 */
export function transferable(task: Task): ArrayBuffer[] {
  if (task.kind !== 'ndjson') return [];
  const { buffer, byteOffset, byteLength } = task.bytes;
  // only a buffer the view covers whole (a batch's own copy), never a shared one
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

/** Spreads tasks over worker threads, least-loaded first. */
export function workerExecutor(size: number, options: CheckOptions, extensions: readonly ExtensionSource[] = []): Executor {
  // worker_threads is loaded only when workers are started: most runs (small inputs) check on the main thread
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const url = new URL('./worker.cjs', import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  let failed: Error | undefined;
  const workers = Array.from({ length: size }, (_, w) => {
    const worker = new Worker(url, { workerData: { extensions }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (message: { id?: number; result?: TaskResult; error?: string }) => {
      if (message.id === undefined) return;
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      load[w]!--;
      if (message.error !== undefined) p.reject(new InternalError(message.error));
      else p.resolve(message.result!);
    });
    worker.on('error', (error) => {
      failed = error instanceof Error ? error : new Error(String(error));
      for (const p of pending.values()) p.reject(failed);
      pending.clear();
    });
    return worker;
  });
  return {
    run(task) {
      if (failed) return Promise.reject(failed);
      let w = 0;
      for (let k = 1; k < size; k++) if (load[k]! < load[w]!) w = k;
      load[w]!++;
      const id = nextId++;
      return new Promise<TaskResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[w]!.postMessage({ id, task, options }, transferable(task));
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
