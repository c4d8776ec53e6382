import { Worker } from 'node:worker_threads';
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

/** Spreads tasks over worker threads, least-loaded first. */
export function workerExecutor(size: number, options: CheckOptions, extensions: readonly ExtensionSource[] = []): Executor {
  const url = new URL('./worker.js', import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  let nextId = 0;
  let failed: Error | undefined;
  const workers = Array.from({ length: size }, (_, w) => {
    const worker = new Worker(url, { workerData: { extensions } });
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
        workers[w]!.postMessage({ id, task, options });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
