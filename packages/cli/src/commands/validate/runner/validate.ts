import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { parseJson } from '@gpos/validate/json';
import type { ExtensionSource } from '../check/extensions.js';
import type { CheckOptions, ReportProblem, Severity } from '../check/types.js';
import { detectForeignEncoding } from '../../../shared/input/decode.js';
import type { Source } from '../../../shared/input/expand.js';
import { InputTooLarge, jsonTooLarge, lineTooLong, MAX_JSON_BYTES, MAX_LINE_BYTES, MAX_PROBLEMS_PER_FILE } from '../../../shared/input/limits.js';
import { needs } from '../../../shared/optional.js';
import { inlineExecutor, workerExecutor, type Executor } from './pool.js';
import type { FileReport, Report } from './report.js';
import type { FileResult, Task, TaskResult } from './task.js';
import { readErrorMessage } from '../../../shared/errors.js';
import type { Completion } from '../../../shared/sheets/complete.js';
import type { Family } from '../../../shared/sheets/read.js';
import { failsRun } from '../../../shared/problem.js';

export interface RunOptions {
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly maxProblems?: number;
  readonly frames: boolean;
  readonly listRecords: boolean;
  /** Worker threads; 0 checks on the main thread; `auto` uses them for large inputs on machines with several cores. */
  readonly workers: number | 'auto';
  readonly stdinFormat: 'auto' | 'json' | 'ndjson';
  readonly stdin?: Readable;
  readonly onProgress?: (done: number, total: number, records: number) => void;
  /** For CSV files not named after a sheet of the standard: the family of their rows (guessed from the headings otherwise). */
  readonly family?: Family;
  /** `--assign-ids`, `--normalize`: spreadsheets' records are checked as `gpos convert` with the same options writes them. */
  readonly completion?: Completion;
  /** A partner's own extension schemas (`--extensions`), compiled again in each worker thread. */
  readonly extensions?: readonly ExtensionSource[];
}

/** Inputs smaller than this are checked on the main thread: below it, starting and warming up workers costs about what they save (2 cores: 32 MB of small files took 1.29 s inline and 1.23 s on workers; a 43 MB feed 2.5 s and 1.6 s). */
const WORKER_THRESHOLD = 32 * 1024 * 1024;
const BATCH_BYTES = 1024 * 1024;
/** Small .json files are sent to workers in groups of up to this many bytes or files. */
const GROUP_BYTES = 512 * 1024;
const GROUP_FILES = 64;

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  let at = bytes.indexOf(0x0a);
  while (at !== -1) {
    count++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return count;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  // always a fresh, unpooled buffer: it may be posted to a worker
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Batches of complete lines (about 1 MB each) from a byte stream, reading no further ahead than the consumer asks. */
async function* lineBatches(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<{ bytes: Uint8Array; firstLine: number }> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let sinceNewline = 0;
  let line = 1;
  for await (const chunk of chunks) {
    pending.push(chunk);
    pendingLength += chunk.length;
    const newline = chunk.lastIndexOf(0x0a);
    sinceNewline = newline === -1 ? sinceNewline + chunk.length : chunk.length - newline - 1;
    // a line this long is refused rather than held: a 2 GB file of NUL bytes is one endless line
    if (sinceNewline > MAX_LINE_BYTES) throw new InputTooLarge(lineTooLong(line + pending.reduce((n, part) => n + countNewlines(part), 0)));
    // a line longer than a batch just accumulates: nothing is copied until a newline arrives
    if (pendingLength < BATCH_BYTES || newline === -1) continue;
    // the batch ends after this chunk's last newline: its lines are copied once, into a buffer of their own (a
    // posted view would carry its whole underlying buffer to the worker); what follows waits as a view of the chunk
    const rest = chunk.length - newline - 1;
    pending[pending.length - 1] = chunk.subarray(0, newline + 1);
    const bytes = concat(pending, pendingLength - rest);
    pending = rest > 0 ? [chunk.subarray(newline + 1)] : [];
    pendingLength = rest;
    // counted before the batch is handed on: a worker takes its buffer over
    const lines = countNewlines(bytes);
    yield { bytes, firstLine: line };
    line += lines;
  }
  if (pendingLength > 0) yield { bytes: concat(pending, pendingLength), firstLine: line };
}

/** Reads stdin's beginning to tell a JSON document from NDJSON, then hands back every chunk, the sniffed ones first. */
async function sniffStdin(stream: Readable, format: RunOptions['stdinFormat']): Promise<{ kind: 'json' | 'ndjson'; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const head: Uint8Array[] = [];
  let kind: 'json' | 'ndjson' | undefined = format === 'auto' ? undefined : format;
  let headLength = 0;
  let done = false;
  while (!kind) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    headLength += chunk.length;
    const all = Buffer.concat(head, headLength);
    const newline = all.indexOf(0x0a);
    if (newline !== -1) {
      const firstLine = all.subarray(0, newline).toString('utf8').replace(/^\uFEFF/, '');
      kind = firstLine.trimStart().startsWith('[') || !parseJson(firstLine).ok ? 'json' : 'ndjson';
    }
  }
  if (!kind) {
    const text = Buffer.concat(head, headLength).toString('utf8').replace(/^\uFEFF/, '');
    const first = text.split('\n', 1)[0] ?? '';
    kind = first.trim() !== '' && !first.trimStart().startsWith('[') && parseJson(first).ok && text.trim().includes('\n') ? 'ndjson' : 'json';
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { kind, chunks: chunks() };
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length > MAX_JSON_BYTES) throw new InputTooLarge(jsonTooLarge(length));
  }
  return concat(parts, length);
}

/** Checks every source, in order, and builds the report. Output order never depends on which worker finished first. */
export async function runValidation(sources: readonly Source[], options: RunOptions, loadValidator: () => Promise<import('../check/types.js').ValidateFn>): Promise<Report> {
  const check: CheckOptions = { strict: options.strict, frames: options.frames, listRecords: options.listRecords };
  const total = sources.reduce((sum, s) => sum + s.size, 0);
  const cores = availableParallelism();
  const workers = options.workers === 'auto' ? (total >= WORKER_THRESHOLD && cores > 1 ? Math.min(cores, 4) : 0) : options.workers;
  const executor: Executor = workers > 0 ? workerExecutor(workers, check, options.extensions ?? []) : inlineExecutor(check, await loadValidator());
  const maxInFlight = workers > 0 ? workers * 3 : 1;

  const report: Report = {
    ok: true,
    strict: options.strict,
    summary: { files: 0, records: 0, valid: 0, invalid: 0, errors: 0, warnings: 0 },
    files: [],
    unlisted: 0,
    failures: [],
    ...(options.maxProblems !== undefined ? { maxProblems: options.maxProblems } : {}),
  };
  let listed = 0;
  let done = 0;
  let recordsSoFar = 0;
  let failing = false;
  const queue: Array<{ files: FileReport[]; promise: Promise<TaskResult>; bytes: number }> = [];

  const addProblem = (file: FileReport, problem: ReportProblem): void => {
    if (problem.severity === 'error') file.errors++;
    else if (problem.severity === 'warning') file.warnings++;
    else file.infos++;
    const fails = failsRun(problem.severity, options.strict);
    if (fails) failing = true;
    if (options.quiet && !fails) return;
    if (options.maxProblems !== undefined && listed >= options.maxProblems) {
      report.unlisted++;
      return;
    }
    // the checker caps each chunk; a file of many chunks is capped here
    if (file.problems.length >= MAX_PROBLEMS_PER_FILE) {
      file.capped++;
      return;
    }
    listed++;
    file.problems.push(problem);
  };

  const consume = async (): Promise<void> => {
    const head = queue.shift()!;
    const results = await head.promise;
    done += head.bytes;
    head.files.forEach((file, k) => take(file, results[k]!));
    options.onProgress?.(done, total, recordsSoFar);
  };

  const take = (file: FileReport, result: FileResult): void => {
    if (result.readError !== undefined) {
      report.failures.push({ path: file.path, reason: result.readError });
      file.unreadable = true;
    } else {
      const base = file.records;
      for (const problem of result.problems) {
        if (file.kind === 'ndjson' && problem.record) problem.record.index = (problem.record.index ?? 0) + base;
        addProblem(file, problem);
      }
      if (result.unlisted) {
        const { errors, warnings, infos } = result.unlisted;
        file.errors += errors;
        file.warnings += warnings;
        file.infos += infos;
        if ((errors > 0 && failsRun('error', options.strict)) || (warnings > 0 && failsRun('warning', options.strict))) failing = true;
        // --quiet hides what does not fail the run: those were never going to be listed
        const listable = (severity: Severity) => !options.quiet || failsRun(severity, options.strict);
        file.capped += (listable('error') ? errors : 0) + (listable('warning') ? warnings : 0) + (listable('info') ? infos : 0);
      }
      if (result.seen) {
        file.seen ??= [];
        for (const r of result.seen) file.seen.push(file.kind === 'ndjson' ? { ...r, index: r.index + base } : r);
      }
      file.records += result.records;
      file.invalid += result.invalid;
      recordsSoFar += result.records;
    }
  };

  // a problem found on the main thread joins the report only after everything submitted before it
  const addInOrder = async (file: FileReport, problem: ReportProblem): Promise<void> => {
    while (queue.length) await consume();
    addProblem(file, problem);
  };

  const submitFiles = async (files: FileReport[], task: Task, bytes: number): Promise<void> => {
    const promise = executor.run(task);
    promise.catch(() => undefined); // awaited in order by consume()
    queue.push({ files, promise, bytes });
    while (queue.length >= maxInFlight) await consume();
  };
  const submit = (file: FileReport, task: Task, bytes: number): Promise<void> => submitFiles([file], task, bytes);

  // small .json files travel to a worker together: one message per file would cost more than checking it
  let group: { files: FileReport[]; paths: string[]; bytes: number } = { files: [], paths: [], bytes: 0 };
  const flush = async (): Promise<void> => {
    if (group.files.length === 0) return;
    const { files, paths, bytes } = group;
    group = { files: [], paths: [], bytes: 0 };
    await submitFiles(files, { kind: 'json', paths }, bytes);
  };

  // spreadsheets are read on this thread: a workbook is one zip, and child sheets must meet their records
  // loaded only when needed: @gpos/tabular brings ExcelJS, which `gpos validate feed.ndjson` should not pay for
  const groups = sources.some((s) => s.kind === 'xlsx' || s.kind === 'csv') ? (await needs('@gpos/tabular', () => import('../../../shared/sheets/group.js'))).sheetGroups(sources) : new Map<Source, Source[]>();
  let mainValidate: import('../check/types.js').ValidateFn | undefined;
  const checkSheets = async (group: Source[]): Promise<void> => {
    await flush();
    while (queue.length) await consume();
    const { checkSheetFiles } = await needs('@gpos/tabular', () => import('../sheets.js'));
    const files = group.map((s) => newFile(s.path, s.kind === 'xlsx' ? 'xlsx' : 'csv'));
    report.files.push(...files);
    mainValidate ??= await loadValidator();
    const sheetFiles = group.map((s) => ({ path: s.path, file: s.file!, kind: s.kind === 'xlsx' ? ('xlsx' as const) : ('csv' as const) }));
    const results = await checkSheetFiles(sheetFiles, { ...check, ...(options.family ? { family: options.family } : {}), ...(options.completion ? { completion: options.completion } : {}) }, mainValidate);
    files.forEach((file, k) => take(file, results[k]!));
    done += group.reduce((sum, s) => sum + s.size, 0);
    options.onProgress?.(done, total, recordsSoFar);
  };

  try {
    for (const source of sources) {
      if (source.kind === 'xlsx' || source.kind === 'csv') {
        const group = groups.get(source);
        // the other members of a group were checked with its first
        if (group) await checkSheets(group);
        continue;
      }
      if (source.file === undefined) {
        await flush();
        // standard input
        const { kind, chunks } = await sniffStdin(options.stdin ?? process.stdin, options.stdinFormat);
        const file = newFile(source.path, kind);
        report.files.push(file);
        try {
          if (kind === 'json') await submit(file, { kind: 'json-bytes', bytes: await readAll(chunks) }, 0);
          else await streamNdjson(file, chunks, submit, addInOrder);
        } catch (error) {
          if (!(error instanceof InputTooLarge)) throw error;
          while (queue.length) await consume();
          report.failures.push({ path: file.path, reason: error.message });
          file.unreadable = true;
        }
        continue;
      }
      const kind = source.kind === 'ndjson' ? 'ndjson' : 'json';
      const file = newFile(source.path, kind);
      report.files.push(file);
      if (kind === 'json') {
        group.files.push(file);
        group.paths.push(source.file);
        group.bytes += source.size;
        if (workers === 0 || group.bytes >= GROUP_BYTES || group.files.length >= GROUP_FILES) await flush();
        continue;
      }
      await flush();
      const stream = createReadStream(source.file, { highWaterMark: BATCH_BYTES });
      try {
        await streamNdjson(file, stream as AsyncIterable<Uint8Array>, submit, addInOrder);
      } catch (error) {
        while (queue.length) await consume();
        report.failures.push({ path: file.path, reason: readErrorMessage(error) });
        file.unreadable = true;
      }
    }
    await flush();
    while (queue.length) await consume();
  } finally {
    await executor.close();
  }

  report.files = report.files.filter((f) => !f.unreadable);
  for (const f of report.files) {
    if (f.kind === 'ndjson' && f.records === 0 && f.errors === 0) {
      addProblem(f, { severity: 'info', code: 'file_no_records', message: 'the file holds no records', pointer: '', line: null, column: null, record: null });
    }
    report.summary.files++;
    report.summary.records += f.records;
    report.summary.invalid += f.invalid;
    report.summary.errors += f.errors;
    report.summary.warnings += f.warnings;
  }
  report.summary.valid = report.summary.records - report.summary.invalid;
  report.ok = !failing && report.failures.length === 0;
  return report;
}

function newFile(path: string, kind: FileReport['kind']): FileReport {
  return { path, kind, records: 0, invalid: 0, problems: [], capped: 0, errors: 0, warnings: 0, infos: 0 };
}

async function streamNdjson(
  file: FileReport,
  chunks: AsyncIterable<Uint8Array>,
  submit: (file: FileReport, task: Task, bytes: number) => Promise<void>,
  addProblem: (file: FileReport, problem: ReportProblem) => Promise<void>,
): Promise<void> {
  let first = true;
  for await (const batch of lineBatches(chunks)) {
    if (first) {
      first = false;
      const foreign = detectForeignEncoding(batch.bytes);
      if (foreign) {
        await addProblem(file, { severity: 'error', code: 'file_encoding', message: `the file is encoded as ${foreign}; GPOS data must be UTF-8: re-save it as UTF-8`, pointer: '', line: 1, column: 1, record: null });
        return;
      }
    }
    await submit(file, { kind: 'ndjson', bytes: batch.bytes, firstLine: batch.firstLine }, batch.bytes.length);
  }
}
