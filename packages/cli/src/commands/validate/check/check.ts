import { isUtf8 } from 'node:buffer';
import { fastParse, type JsonIssue, LineIndex, offsetOf, parseJson, withAncestors } from '@gpos/validate/json';
import { byteLineColumn, decodeUtf8, firstInvalidUtf8, hasUtf8Bom } from '../../../shared/input/decode.js';
import { MAX_PROBLEMS_PER_FILE, MAX_PROBLEMS_PER_RECORD } from '../../../shared/input/limits.js';
import type { CheckOptions, ChunkResult, CodeFrame, RecordRef, RecordSeen, ReportProblem, Severity, Unlisted, ValidateFn } from './types.js';
import { failsRun } from '../../../shared/problem.js';

const FRAME_WIDTH = 120;

/** Counts a problem that is not listed. */
function countUnlisted(out: ChunkResult, severity: Severity, n = 1): void {
  const u: Unlisted = (out.unlisted ??= { errors: 0, warnings: 0, infos: 0 });
  if (severity === 'error') u.errors += n;
  else if (severity === 'warning') u.warnings += n;
  else u.infos += n;
}

/** Parser issues beyond the cap, counted so the summary stays complete. */
function countOmitted(out: ChunkResult, omitted: { errors: number; warnings: number } | undefined): void {
  if (!omitted) return;
  countUnlisted(out, 'error', omitted.errors);
  countUnlisted(out, 'warning', omitted.warnings);
}

function ref(value: unknown, index?: number): RecordRef {
  const out: RecordRef = {};
  if (index !== undefined) out.index = index;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { id, type } = value as { id?: unknown; type?: unknown };
    if (typeof id === 'string') out.id = id;
    if (typeof type === 'string') out.type = type;
  }
  return out;
}

/** The records a parsed .json file holds, and the pointer prefix of each: one record, an array, or a bundle. */
function recordsOf(root: unknown): { shape: 'record' | 'array' | 'bundle'; items: unknown[]; prefix: string } {
  if (Array.isArray(root)) return { shape: 'array', items: root, prefix: '' };
  if (root !== null && typeof root === 'object' && (root as { type?: unknown }).type === 'bundle' && Array.isArray((root as { records?: unknown }).records)) {
    return { shape: 'bundle', items: (root as { records: unknown[] }).records, prefix: '/records' };
  }
  return { shape: 'record', items: [root], prefix: '' };
}

/** The index of the record a pointer falls in, for a file of the given shape. */
function indexOfPointer(shape: 'record' | 'array' | 'bundle', pointer: string): number | undefined {
  if (shape === 'record') return 0;
  const m = (shape === 'array' ? /^\/(0|[1-9][0-9]*)(?:\/|$)/ : /^\/records\/(0|[1-9][0-9]*)(?:\/|$)/).exec(pointer);
  return m ? Number(m[1]) : undefined;
}

/** A window of a long line around a column, so frames stay readable for minified files. */
function windowOf(line: string, column: number): { text: string; shift: number } {
  if (line.length <= FRAME_WIDTH) return { text: line, shift: 0 };
  const from = Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const to = from + FRAME_WIDTH;
  return { text: `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`, shift: from > 0 ? from - 1 : 0 };
}

function frameAt(index: LineIndex, line: number, column: number): { frame: Omit<CodeFrame, 'caret'>; column: number } {
  const start = Math.max(1, line - 1);
  const lines: string[] = [];
  let shifted = column;
  for (let l = start; l <= line; l++) {
    const text = index.lineText(l) ?? '';
    const w = windowOf(text, column);
    lines.push(w.text);
    if (l === line) shifted = column - w.shift;
  }
  return { frame: { start, lines }, column: shifted };
}

/** True when the first character that is not white space opens a JSON object or array. */
function startsLikeJson(text: string): boolean {
  return /^[\uFEFF \t\r\n]*[{[]/.test(text.slice(0, 4096));
}

function encodingProblem(bytes: Uint8Array, issue: { byte: number; message: string }, lineOffset = 0): ReportProblem {
  const { line, column } = byteLineColumn(bytes, issue.byte);
  return { severity: 'error', code: 'file_encoding', message: issue.message, pointer: '', line: line + lineOffset, column, record: null };
}

/** Checks one whole .json file: one record, an array of records or a bundle. */
export function checkJson(bytes: Uint8Array, options: CheckOptions, validate: ValidateFn): ChunkResult {
  const decoded = decodeUtf8(bytes);
  if ('issue' in decoded) return { records: 0, invalid: 0, problems: [encodingProblem(bytes, decoded.issue)] };
  const { text } = decoded;
  const index = new LineIndex(text);
  const first = fastParse(text) ?? parseJson(text, { maxIssues: MAX_PROBLEMS_PER_FILE });
  const fromIssue = (issue: JsonIssue, shape?: 'record' | 'array' | 'bundle', root?: unknown): ReportProblem & { offset: number } => {
    const at = index.locate(issue.offset);
    let record: RecordRef | null = null;
    if (shape) {
      const i = indexOfPointer(shape, issue.pointer);
      if (i !== undefined) record = ref(recordsOf(root).items[i], shape === 'record' ? undefined : i);
    }
    return { severity: issue.severity, code: issue.code, message: issue.message, pointer: issue.pointer, line: at.line, column: at.column, record, offset: issue.offset };
  };
  if (!first.ok) {
    const problems = first.issues.map((issue) => fromIssue(issue));
    // text that does not even start like JSON may be whatever a link pointed at (/etc/shadow, a key file):
    // the message says where the syntax fails, and no code frame repeats the text
    return finish(problems, index, startsLikeJson(text) ? options : { ...options, frames: false }, { records: 0, invalid: 0 }, first.omitted);
  }
  const root = first.value;
  const { shape, items } = recordsOf(root);
  const result = validate(root, { strict: options.strict });
  const problems: Array<ReportProblem & { offset: number }> = first.issues.map((issue) => fromIssue(issue, shape, root));
  if (result.problems.length > 0) {
    const { positions } = parseJson(text, { positions: true, only: withAncestors(result.problems.map((p) => p.pointer)) });
    for (const p of result.problems) {
      const offset = positions ? offsetOf(positions, p.pointer) : undefined;
      const at = offset === undefined ? undefined : index.locate(offset);
      let record: RecordRef | null = null;
      const i = p.record?.index ?? indexOfPointer(shape, p.pointer);
      if (shape === 'record') record = ref(root);
      else if (i !== undefined) record = { ...ref(items[i], i), ...(p.record ?? {}) };
      else if (p.record) record = { ...p.record };
      problems.push({ severity: p.severity, code: p.code, message: p.message, pointer: p.pointer, line: at?.line ?? null, column: at?.column ?? null, record, offset: offset ?? -1 });
    }
  }
  problems.sort((a, b) => a.offset - b.offset);
  // counted the way the file is shaped, so `invalid` (counted by record index) can never exceed it, even when
  // the validator refuses a value before counting its records
  const records = items.length;
  // a failing problem outside every record (a bundle's own fields) fails the file but no record in particular
  const failed = new Set<number>();
  for (const p of problems) {
    if (!failsRun(p.severity, options.strict)) continue;
    const i = shape === 'record' ? 0 : (p.record?.index ?? indexOfPointer(shape, p.pointer));
    if (i !== undefined) failed.add(i);
  }
  const out = finish(problems, index, options, { records, invalid: failed.size }, first.omitted);
  if (options.listRecords) {
    out.seen = items.map((item, i): RecordSeen => ({ ...ref(item), index: i, line: null, failed: failed.has(i) }));
  }
  return out;
}

function finish(
  problems: Array<ReportProblem & { offset?: number }>,
  index: LineIndex,
  options: CheckOptions,
  counts: { records: number; invalid: number },
  omitted?: { errors: number; warnings: number },
): ChunkResult {
  const result: ChunkResult = { records: counts.records, invalid: counts.invalid, problems: [] };
  countOmitted(result, omitted);
  const perRecord = new Map<number | undefined, number>();
  for (const { offset: _offset, ...p } of problems) {
    const listed = perRecord.get(p.record?.index) ?? 0;
    if (listed >= MAX_PROBLEMS_PER_RECORD || result.problems.length >= MAX_PROBLEMS_PER_FILE) {
      countUnlisted(result, p.severity);
      continue;
    }
    perRecord.set(p.record?.index, listed + 1);
    // frames only for listed problems: they copy source text
    if (options.frames && p.line !== null && p.column !== null) {
      const { frame, column } = frameAt(index, p.line, p.column);
      result.problems.push({ ...p, frame: { ...frame, caret: column } });
    } else result.problems.push(p);
  }
  return result;
}

/**
 * Checks a batch of complete NDJSON lines. `firstLine` is the file line number of the batch's first line;
 * record indexes in the result count from 0 within the batch (the caller adds the records before it).
 */
export function checkNdjson(bytes: Uint8Array, firstLine: number, options: CheckOptions, validate: ValidateFn): ChunkResult {
  const body = firstLine === 1 && hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const out: ChunkResult = { records: 0, invalid: 0, problems: [] };
  if (options.listRecords) out.seen = [];
  if (isUtf8(body)) {
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    let start = 0;
    let line = firstLine;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      checkLine(text.slice(start, end), line, out, options, validate);
      start = end + 1;
      line++;
    }
  } else {
    // split on bytes so one badly encoded line does not stop the others from being checked
    let start = 0;
    let line = firstLine;
    while (start <= body.length) {
      let end = body.indexOf(0x0a, start);
      if (end === -1) end = body.length;
      const lineBytes = body.subarray(start, end);
      if (isUtf8(lineBytes)) checkLine(Buffer.from(lineBytes.buffer, lineBytes.byteOffset, lineBytes.byteLength).toString('utf8'), line, out, options, validate);
      else {
        const at = firstInvalidUtf8(lineBytes);
        const problem = encodingProblem(lineBytes, { byte: at, message: `this line is not valid UTF-8 (byte 0x${lineBytes[at]!.toString(16).toUpperCase().padStart(2, '0')}); re-save the file as UTF-8` }, line - 1);
        problem.record = { index: out.records };
        if (out.problems.length < MAX_PROBLEMS_PER_FILE) out.problems.push(problem);
        else countUnlisted(out, problem.severity);
        out.seen?.push({ index: out.records, line, failed: true });
        out.records++;
        out.invalid++;
      }
      start = end + 1;
      line++;
    }
  }
  return out;
}

const STRICT = Object.freeze({ strict: true });
const LENIENT = Object.freeze({ strict: false });

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

function checkLine(raw: string, line: number, out: ChunkResult, options: CheckOptions, validate: ValidateFn): void {
  const text = raw.length > 0 && raw.charCodeAt(raw.length - 1) === 0x0d ? raw.slice(0, -1) : raw;
  if (isBlank(text)) return;
  const index = out.records++;
  const fast = fastParse(text);
  let result: ReturnType<ValidateFn> | undefined;
  if (fast !== undefined) {
    result = validate(fast.value, options.strict ? STRICT : LENIENT);
    // the common case, a clean line of a valid record: nothing to place, list or count
    if (result.problems.length === 0 && !out.seen) return;
  }
  const parsed = fast ?? parseJson(text, { maxIssues: MAX_PROBLEMS_PER_RECORD });
  let failed = false;
  let listed = 0;
  countOmitted(out, parsed.omitted);
  const push = (p: ReportProblem): void => {
    if (failsRun(p.severity, options.strict)) failed = true;
    if (listed >= MAX_PROBLEMS_PER_RECORD || out.problems.length >= MAX_PROBLEMS_PER_FILE) countUnlisted(out, p.severity);
    else {
      out.problems.push(p);
      listed++;
    }
  };
  const record = parsed.ok ? ref(parsed.value, index) : { index };
  for (const issue of parsed.issues) {
    push({ severity: issue.severity, code: issue.code, message: issue.message, pointer: issue.pointer, line, column: issue.offset + 1, record });
  }
  if (parsed.ok) {
    result ??= validate(parsed.value, options.strict ? STRICT : LENIENT);
    if (result.problems.length > 0) {
      const { positions } = parseJson(text, { positions: true });
      const located = result.problems.map((p) => {
        const offset = positions ? offsetOf(positions, p.pointer) : undefined;
        return { p, column: offset === undefined ? 1 : offset + 1 };
      });
      located.sort((a, b) => a.column - b.column);
      for (const { p, column } of located) {
        push({ severity: p.severity, code: p.code, message: p.message, pointer: p.pointer, line, column, record });
      }
    }
  }
  if (failed) out.invalid++;
  if (out.seen) out.seen.push({ ...record, index, line, failed });
}
