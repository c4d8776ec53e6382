import type { Readable } from 'node:stream';
import type { Io } from '../io.js';
import { CliError } from '../errors.js';
import { fileSink, SinkError, stdoutSink, type Sink } from './sink.js';
import { expand } from '../input/expand.js';
import { readErrorMessage } from '../errors.js';
import { InputTooLarge, locate, openSource, type Doc } from './read.js';

/** Something a transform could not do to one value, located by JSON Pointer from the document root. */
export interface TransformProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly pointer: string;
  readonly message: string;
}

/**
 * Turns one JSON value of the input (a .json file, or one NDJSON line) into its output: the same value changed,
 * a new value, or `undefined` to write nothing for it. Problems are reported through `report`; an error makes
 * the run exit with status 1.
 */
export type Transform = (value: unknown, report: (problem: TransformProblem) => void) => Promise<unknown>;

export interface TransformRunOptions {
  readonly inputs: readonly string[];
  readonly output: string | undefined;
  readonly transform: Transform;
  readonly io: Io;
  readonly stdin?: Readable;
  /** Follow symbolic links that lead out of a folder being walked (`--follow-symlinks`). */
  readonly followSymlinks?: boolean;
}

export interface TransformOutcome {
  /** 0 done; 1 some value could not be read or transformed; 2 an input or the output could not be read or written. */
  readonly status: number;
  readonly docs: number;
  readonly errors: number;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Each record in a value (one record, an array of records, or a bundle) with its JSON Pointer. */
export function* recordsIn(value: unknown): Generator<{ record: Obj; pointer: string }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) if (isObject(item)) yield { record: item, pointer: `/${i}` };
  } else if (isObject(value) && value.type === 'bundle' && Array.isArray(value.records)) {
    for (const [i, item] of value.records.entries()) if (isObject(item)) yield { record: item, pointer: `/records/${i}` };
  } else if (isObject(value)) yield { record: value, pointer: '' };
}

/**
 * Replaces each record of a value by what `each` returns (`undefined` drops it); a lone record that is dropped
 * leaves `undefined`. A signed bundle whose records change loses its signature, which no longer covers them
 * (a warning says so): passing on a signature that fails would only look like tampering.
 */
export async function mapRecords(value: unknown, report: (problem: TransformProblem) => void, each: (record: Obj, pointer: string) => Promise<Obj | undefined>): Promise<unknown> {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const [i, item] of value.entries()) {
      if (!isObject(item)) {
        out.push(item);
        continue;
      }
      const next = await each(item, `/${i}`);
      if (next !== undefined) out.push(next);
    }
    return out;
  }
  if (isObject(value) && value.type === 'bundle' && Array.isArray(value.records)) {
    const before = value.signature !== undefined ? JSON.stringify(value.records) : undefined;
    const records: unknown[] = [];
    for (const [i, item] of value.records.entries()) {
      if (!isObject(item)) {
        records.push(item);
        continue;
      }
      const next = await each(item, `/records/${i}`);
      if (next !== undefined) records.push(next);
    }
    const out: Obj = { ...value, records };
    if (before !== undefined && JSON.stringify(records) !== before) {
      delete out.signature;
      report({ severity: 'warning', code: 'signature_removed', pointer: '/signature', message: "the bundle's signature no longer covers its changed records, so it was removed; sign the result again (gpos sign)" });
    }
    return out;
  }
  return isObject(value) ? each(value, '') : value;
}

/** The paths to read; none means standard input, unless it is a terminal (nobody is typing records). */
export function inputsOrStdin(positionals: readonly string[], command: string): string[] {
  if (positionals.length > 0) return [...positionals];
  if (process.stdin.isTTY) throw CliError.usage(`give the files to ${command}, or pipe records into standard input`);
  return ['-'];
}

/**
 * Reads every input (files, folders, globs or `-`), passes each JSON value through `transform` and writes the
 * results, in input order: as the input was (JSON or NDJSON) for one input, as NDJSON for several. Problems go to
 * stderr with file, line, column and pointer. With `output`, the file appears only when the run completes.
 */
export async function runTransform(options: TransformRunOptions): Promise<TransformOutcome> {
  const { io } = options;
  const expansion = await expand(options.inputs, process.cwd(), { followSymlinks: options.followSymlinks ?? false });
  for (const note of expansion.notes) io.stderr(`gpos: ${note}\n`);
  if (expansion.failures.length) {
    for (const failure of expansion.failures) io.stderr(`gpos: cannot read ${failure.path}: ${failure.reason}\n`);
    return { status: 2, docs: 0, errors: 0 };
  }
  const sheet = expansion.sources.find((s) => s.kind === 'xlsx' || s.kind === 'csv');
  if (sheet) throw CliError.usage(`${sheet.path} is a spreadsheet; convert it to records first (gpos convert ${sheet.path} --to ndjson)`);

  const several = expansion.sources.length > 1;
  const sink: Sink = options.output !== undefined ? fileSink(options.output) : stdoutSink(io.stdout);
  let docs = 0;
  let errors = 0;
  let status = 0;
  let written = false;
  try {
    for (const source of expansion.sources) {
      let opened;
      try {
        opened = await openSource(source, options.stdin ?? process.stdin);
        const asNdjson = several || opened.kind === 'ndjson';
        for await (const item of opened.docs) {
          if ('error' in item) {
            errors++;
            io.stderr(`${source.path}:${item.error.line}:${item.error.column}: error: ${item.error.message}; this ${opened.kind === 'ndjson' ? 'line' : 'file'} is left out\n`);
            continue;
          }
          const doc: Doc = item.doc;
          docs++;
          for (const warning of doc.warnings) io.stderr(`${source.path}:${warning}\n`);
          const problems: TransformProblem[] = [];
          const result = await options.transform(doc.value, (p) => problems.push(p));
          for (const problem of problems) {
            if (problem.severity === 'error') errors++;
            const at = locate(doc, problem.pointer);
            io.stderr(`${source.path}:${at.line}:${at.column}: ${problem.severity} ${problem.code}: ${problem.message}${problem.pointer ? ` (at ${problem.pointer})` : ''}\n`);
          }
          if (result === undefined) continue;
          if (!asNdjson) await sink.write(`${JSON.stringify(result, null, 2)}\n`);
          else if (several && opened.kind === 'json' && Array.isArray(result)) for (const r of result) await sink.write(`${JSON.stringify(r)}\n`);
          else await sink.write(`${JSON.stringify(result)}\n`);
          written = true;
        }
      } catch (error) {
        if (error instanceof SinkError) throw error;
        if (error instanceof InputTooLarge) {
          errors++;
          io.stderr(`${source.path}: error: ${error.message}; the rest of this file is left out\n`);
          continue;
        }
        // a file that fails while being read (permissions, a folder, an I/O error); anything else is a bug
        const syscall = (error as NodeJS.ErrnoException).syscall;
        if (typeof syscall === 'string' && syscall !== 'write') {
          io.stderr(`gpos: cannot read ${source.path}: ${readErrorMessage(error)}\n`);
          status = 2;
          continue;
        }
        throw error;
      }
    }
    await sink.commit();
  } catch (error) {
    await sink.abort();
    if (error instanceof SinkError) {
      io.stderr(`gpos: cannot write ${error.target}: ${readErrorMessage(error.cause)}; nothing was written\n`);
      return { status: 2, docs, errors };
    }
    if (options.output === undefined && written) io.stderr('gpos: the output on stdout is incomplete\n');
    throw error;
  }
  return { status: status || (errors > 0 ? 1 : 0), docs, errors };
}
