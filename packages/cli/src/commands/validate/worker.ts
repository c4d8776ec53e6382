/** Worker thread entry: checks tasks sent by the pool in `run/pool.ts`, one at a time, in the order received. */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadValidator } from './check/validator.js';
import type { CheckOptions } from './check/types.js';
import { runTask, type Task } from './runner/task.js';

async function serve(port: MessagePort): Promise<void> {
  const validate = await loadValidator((workerData as { extensions?: [] } | undefined)?.extensions ?? []);
  port.on('message', (message: { id: number; task: Task; options: CheckOptions }) => {
    try {
      port.postMessage({ id: message.id, result: runTask(message.task, message.options, validate) });
    } catch (error) {
      port.postMessage({ id: message.id, error: error instanceof Error ? (process.env.GPOS_DEBUG ? (error.stack ?? error.message) : error.message) : String(error) });
    }
  });
  port.postMessage({ ready: true });
}

// built as CommonJS (no top-level await); a failure to load still rejects unhandled, which ends the thread with an error
if (parentPort) void serve(parentPort);
