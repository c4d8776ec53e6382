import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { fastParse, LineIndex, parseJson } from '@gpos/validate/json';
import { decodeUtf8 } from '../input/decode.js';
import type { Source } from '../input/expand.js';
import { InputTooLarge, jsonTooLarge, lineTooLong, MAX_JSON_BYTES, MAX_LINE_BYTES } from '../input/limits.js';

export { InputTooLarge };

/** One JSON value of the input: a whole .json file, or one NDJSON line. */
export interface Doc {
  readonly value: unknown;
  /** The text it was parsed from, kept to locate problems by JSON Pointer. */
  readonly text: string;
  /** Line where the text starts (1 for a .json file, the record's line in NDJSON). */
  readonly line: number;
  /** Warnings from reading (integers beyond 2^53), as `line:column: message`. */
  readonly warnings: string[];
}

/** A unit of input that could not be read as JSON; the run reports it and goes on. */
export interface DocError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type DocItem = { readonly doc: Doc } | { readonly error: DocError };

const bytesToText = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/** Parses one JSON text the way `gpos validate` reads it: duplicate keys and syntax errors fail, big integers warn. */
export function parseDoc(bytes: Uint8Array, line: number, allowBom: boolean): DocItem {
  const decoded = decodeUtf8(bytes, allowBom);
  if ('issue' in decoded) return { error: { line, column: 1, message: decoded.issue.message } };
  const text = decoded.text;
  const parsed = fastParse(text) ?? parseJson(text);
  const index = new LineIndex(text);
  const at = (offset: number) => {
    const where = index.locate(offset);
    return { line: line + where.line - 1, column: where.column };
  };
  const error = parsed.issues.find((i) => i.severity === 'error');
  if (!parsed.ok || error) {
    const issue = error ?? parsed.issues[0];
    const where = issue ? at(issue.offset) : { line, column: 1 };
    return { error: { ...where, message: `${issue?.message ?? 'not JSON'} (${issue?.code ?? 'json_syntax'})` } };
  }
  const warnings = parsed.issues.map((i) => {
    const where = at(i.offset);
    return `${where.line}:${where.column}: ${i.message} (${i.code})`;
  });
  return { doc: { value: parsed.value, text, line, warnings } };
}

/** Byte chunks of a file or of standard input. */
function chunksOf(source: Source, stdin: Readable): AsyncIterable<Uint8Array> {
  return source.file === undefined ? (stdin as AsyncIterable<Uint8Array>) : createReadStream(source.file);
}


/** Lines as bytes (without the line break), numbered from `firstLine`; a line is copied once, when it is complete. */
async function* byteLines(chunks: AsyncIterable<Uint8Array>, firstLine = 1): AsyncGenerator<{ bytes: Uint8Array; line: number }> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let line = firstLine;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const bytes = pending.length ? Buffer.concat([...pending, piece], pendingLength + piece.length) : piece;
      pending = [];
      pendingLength = 0;
      yield { bytes: stripCr(bytes), line: line++ };
      start = nl + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingLength += chunk.length - start;
      if (pendingLength > MAX_LINE_BYTES) throw new InputTooLarge(lineTooLong(line));
    }
  }
  if (pendingLength > 0) yield { bytes: stripCr(Buffer.concat(pending, pendingLength)), line };
}

const stripCr = (bytes: Uint8Array) => (bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes);

async function readWhole(chunks: AsyncIterable<Uint8Array>, head: Uint8Array[] = []): Promise<Uint8Array> {
  const parts = [...head];
  let length = head.reduce((n, p) => n + p.length, 0);
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    parts.push(chunk);
    length += chunk.length;
    if (length > MAX_JSON_BYTES) throw new InputTooLarge(jsonTooLarge(length));
  }
  return Buffer.concat(parts, length);
}

/**
 * Standard input is JSON or NDJSON: the first line decides (a line that is a whole JSON value and not an array
 * starts NDJSON), as `gpos validate -` does. Returns the kind and every chunk, the sniffed ones first.
 */
async function sniff(stdin: AsyncIterable<Uint8Array>): Promise<{ kind: 'json' | 'ndjson'; head: Uint8Array[]; rest: AsyncIterator<Uint8Array> }> {
  const iterator = stdin[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    const newline = chunk.indexOf(0x0a);
    head.push(chunk);
    if (newline !== -1) {
      const firstLine = Buffer.concat(head, length + newline);
      return { kind: kindOfFirstLine(firstLine, true), head, rest: iterator };
    }
    length += chunk.length;
    if (length > MAX_LINE_BYTES) throw new InputTooLarge(lineTooLong(1));
  }
  // nothing but white space: an empty feed, not a broken JSON document
  const empty = head.every((chunk) => isBlank(chunk));
  return { kind: empty ? 'ndjson' : 'json', head, rest: iterator };
}

function kindOfFirstLine(bytes: Uint8Array, moreFollows: boolean): 'json' | 'ndjson' {
  const first = bytesToText(bytes).replace(/^\uFEFF/, '').trim();
  if (!moreFollows || first === '' || first.startsWith('[')) return 'json';
  return parseJson(first).ok ? 'ndjson' : 'json';
}

/** An opened source: its kind (sniffed for standard input) and its JSON values, in order. */
export interface OpenedSource {
  readonly kind: 'json' | 'ndjson';
  readonly docs: AsyncGenerator<DocItem, void, undefined>;
}

/** Opens a source: a .json file is one value, an NDJSON file one a non-blank line (streamed, constant memory). */
export async function openSource(source: Source, stdin: Readable): Promise<OpenedSource> {
  let kind: 'json' | 'ndjson' = source.kind === 'ndjson' ? 'ndjson' : 'json';
  let chunks = chunksOf(source, stdin);
  // standard input says what it is by its first line, unless the caller said (a bundle to sign is one JSON text)
  if (source.file === undefined && source.kind === 'auto') {
    const sniffed = await sniff(chunks);
    kind = sniffed.kind;
    const { head, rest } = sniffed;
    chunks = {
      async *[Symbol.asyncIterator]() {
        yield* head;
        for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
      },
    };
  }
  const body = chunks;
  async function* docs(): AsyncGenerator<DocItem, void, undefined> {
    if (kind === 'json') {
      yield parseDoc(await readWhole(body), 1, true);
      return;
    }
    for await (const { bytes, line } of byteLines(body)) {
      if (isBlank(bytes)) continue;
      yield parseDoc(bytes, line, line === 1);
    }
  }
  return { kind, docs: docs() };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  return true;
}

/** Line and column of the value at `pointer` (or its nearest ancestor) in a document. */
export function locate(doc: Doc, pointer: string): { line: number; column: number } {
  const only = new Set<string>();
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    only.add(p);
    if (p === '') break;
  }
  const parsed = parseJson(doc.text, { positions: true, only });
  let offset: number | undefined;
  for (let p = pointer; offset === undefined; p = p.slice(0, p.lastIndexOf('/'))) {
    offset = parsed.positions?.get(p);
    if (p === '') break;
  }
  const where = new LineIndex(doc.text).locate(offset ?? 0);
  return { line: doc.line + where.line - 1, column: where.column };
}
