import { readErrorMessage } from '../../../shared/errors.js';
import { readFileSync } from 'node:fs';
import { checkJson, checkNdjson } from '../check/check.js';
import type { CheckOptions, ChunkResult, ValidateFn } from '../check/types.js';

/** One unit of work: a whole .json file (read by whoever runs the task) or a batch of complete NDJSON lines. */
export type Task =
  | { readonly kind: 'json'; readonly paths: readonly string[] }
  | { readonly kind: 'json-bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'ndjson'; readonly bytes: Uint8Array; readonly firstLine: number };

export type FileResult = ChunkResult & { readError?: string };
/** One result per file for a `json` task (several small files travel together); one for the others. */
export type TaskResult = FileResult[];


function checkJsonFile(path: string, options: CheckOptions, validate: ValidateFn): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { records: 0, invalid: 0, problems: [], readError: readErrorMessage(error) };
  }
  return checkJson(bytes, options, validate);
}

export function runTask(task: Task, options: CheckOptions, validate: ValidateFn): TaskResult {
  switch (task.kind) {
    case 'json':
      return task.paths.map((path) => checkJsonFile(path, options, validate));
    case 'json-bytes':
      return [checkJson(task.bytes, options, validate)];
    case 'ndjson':
      return [checkNdjson(task.bytes, task.firstLine, options, validate)];
  }
}
