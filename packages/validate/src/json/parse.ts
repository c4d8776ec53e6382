/**
 * A JSON parser (RFC 8259) that, unlike `JSON.parse`, says where things are.
 *
 * Why not `JSON.parse`: it silently keeps the last of two duplicate keys, rounds integers beyond 2^53
 * without a word, and its syntax errors carry no reliable line and column. Why not `jsonc-parser` or
 * `@humanwhocodes/momoa`: both descend recursively (a 10 000-deep array overflows the stack), neither
 * reports duplicate keys, and both build a full syntax tree we would then have to convert. This parser is
 * iterative (an explicit stack), builds plain values directly, and records value offsets by JSON Pointer
 * only when asked (`positions: true`), so the common case — valid data — pays for none of it.
 */
import { escapeToken } from '../pointer.js';

/** A problem found while parsing. `offset` is a UTF-16 index into the text. */
export interface JsonIssue {
  readonly severity: 'error' | 'warning';
  readonly code: JsonIssueCode;
  readonly message: string;
  readonly offset: number;
  /** Pointer to the value concerned, when the parse got that far. */
  readonly pointer: string;
}

export type JsonIssueCode = 'json_syntax' | 'json_duplicate_key' | 'json_unsafe_number' | 'json_too_deep';

export interface ParseOptions {
  /** Record the offset of every value by JSON Pointer. */
  readonly positions?: boolean;
  /** With `positions`, record only these pointers (a big file with a few problems then costs a few entries, not millions). */
  readonly only?: ReadonlySet<string>;
  /** Deepest nesting accepted before giving up with `json_too_deep`. */
  readonly maxDepth?: number;
}

export interface ParseResult {
  /** False when the text is not JSON (or is nested too deep); `value` is then undefined. */
  readonly ok: boolean;
  readonly value: unknown;
  readonly issues: JsonIssue[];
  /** Offsets of every value by JSON Pointer, when `positions` was asked for. */
  readonly positions?: Map<string, number>;
}

/** Deeper than any real GPOS data (records nest fewer than 12 levels); deep enough not to pre-empt the validator's own check. */
export const PARSER_MAX_DEPTH = 512;

interface Frame {
  readonly container: Record<string, unknown> | unknown[];
  readonly isArray: boolean;
  key: string;
  keyOffset: number;
  readonly pointer: string;
}

class Stop extends Error {}

const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;


function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the text';
  const c = text.codePointAt(i)!;
  const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c < 0x20 || c === 0x7f) return `control character ${code}`;
  if (c === 0xfeff) return `a byte-order mark (${code}) in the middle of the text`;
  // invisible or look-alike characters pasted from word processors and web pages
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000) return `invisible character ${code}`;
  if (c === 0x201c || c === 0x201d) return `curly quote '${String.fromCodePoint(c)}' (${code}): JSON needs straight double quotes`;
  return `'${String.fromCodePoint(c)}'`;
}

export function parseJson(text: string, options: ParseOptions = {}): ParseResult {
  const issues: JsonIssue[] = [];
  const positions = options.positions ? new Map<string, number>() : undefined;
  const maxDepth = options.maxDepth ?? PARSER_MAX_DEPTH;
  const only = options.only;
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;

  const fail = (offset: number, message: string, code: JsonIssueCode = 'json_syntax', pointer = currentPointer()): never => {
    issues.push({ severity: 'error', code, message, offset, pointer });
    throw new Stop();
  };

  function currentPointer(): string {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.isArray ? `${top.pointer}/${(top.container as unknown[]).length}` : `${top.pointer}/${escapeToken(top.key)}`;
  }

  const skipWs = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };

  /** Reads a string starting at the opening quote at `i`; leaves `i` after the closing quote. */
  const readString = (): string => {
    const start = i;
    STRING_RUN.lastIndex = i + 1;
    STRING_RUN.exec(text);
    let j = STRING_RUN.lastIndex;
    if (j < n && text.charCodeAt(j) === 0x22) {
      i = j + 1;
      return text.slice(start + 1, j);
    }
    // slow path: escapes, or an error to locate
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        i = j + 1;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === 0x5c) {
        const e = text.charCodeAt(j + 1);
        if (e === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) fail(j, 'invalid \\u escape in a string: it needs four hexadecimal digits, such as \\u00e9');
          j += 6;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          j += 2;
        } else if (j + 1 >= n) {
          break;
        } else {
          fail(j, `invalid escape '\\${text[j + 1]}' in a string (JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)`);
        }
      } else if (c < 0x20) {
        fail(j, c === 0x0a || c === 0x0d ? 'line break inside a string: write it as \\n, or close the string with a double quote' : `${describe(text, j)} inside a string: write it as a \\u escape`);
      } else j++;
    }
    return fail(start, 'unterminated string: the text ends before its closing double quote (is the file truncated?)');
  };

  const readNumber = (): number => {
    const start = i;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '-' || m.index !== i) fail(i, `invalid number: expected a digit after ${text[i] === '-' ? "'-'" : 'this'}`);
    i = NUMBER.lastIndex;
    const next = text.charCodeAt(i);
    if (next >= 0x30 && next <= 0x39) fail(start, 'invalid number: numbers may not start with a leading zero');
    if (next === 0x2e || next === 0x65 || next === 0x45) fail(i, `invalid number: expected a digit after ${describe(text, i)}`);
    const raw = m![0];
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      issues.push({ severity: 'warning', code: 'json_unsafe_number', offset: start, pointer: currentPointer(), message: `the number ${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw} is too large for most JSON readers (it becomes Infinity); write it as a string if it is an identifier` });
    } else if (m![1] === undefined && m![2] === undefined && raw.length > 15 && !Number.isSafeInteger(value)) {
      issues.push({ severity: 'warning', code: 'json_unsafe_number', offset: start, pointer: currentPointer(), message: `the integer ${raw} is beyond 2^53 and most JSON readers will change it to ${BigInt(value)}; write it as a string if it is an identifier or account number` });
    }
    return value;
  };

  /** After '{' or ',' in an object: reads `"key" :` into the frame. */
  const readKey = (frame: Frame): void => {
    skipWs();
    const c = text.charCodeAt(i);
    if (c !== 0x22) {
      const at = frame.pointer;
      if (c === 0x7d) fail(i, "unexpected '}' after a comma: remove the trailing comma", 'json_syntax', at);
      if (c === 0x27) fail(i, 'property names need double quotes, not single quotes', 'json_syntax', at);
      if (i >= n) fail(i, 'unexpected end of the text: the object is not closed with } (is the file truncated?)', 'json_syntax', at);
      fail(i, `expected a property name in double quotes, found ${describe(text, i)}`, 'json_syntax', at);
    }
    const keyOffset = i;
    const key = readString();
    if (Object.prototype.hasOwnProperty.call(frame.container, key)) {
      issues.push({
        severity: 'error',
        code: 'json_duplicate_key',
        offset: keyOffset,
        pointer: `${frame.pointer}/${escapeToken(key)}`,
        message: `the property "${key}" appears twice in the same object; JSON readers disagree on which one wins, so keep exactly one`,
      });
    }
    frame.key = key;
    frame.keyOffset = keyOffset;
    skipWs();
    if (text.charCodeAt(i) !== 0x3a) fail(i, `expected ':' after the property name "${key}", found ${describe(text, i)}`, 'json_syntax', `${frame.pointer}/${escapeToken(key)}`);
    i++;
  };

  const open = (isArray: boolean): Frame => {
    if (stack.length >= maxDepth) fail(i, `the data is nested more than ${maxDepth} levels deep; GPOS records are never that deep`, 'json_too_deep');
    const frame: Frame = { container: isArray ? [] : {}, isArray, key: '', keyOffset: 0, pointer: currentPointer() };
    stack.push(frame);
    i++;
    return frame;
  };

  let root: unknown;
  try {
    skipWs();
    if (i >= n) fail(i, 'the file is empty: expected a JSON value');
    value: for (;;) {
      skipWs();
      if (positions) {
        const pointer = currentPointer();
        if (!only || only.has(pointer)) positions.set(pointer, i);
      }
      const c = text.charCodeAt(i);
      let v: unknown;
      switch (c) {
        case 0x7b: {
          const frame = open(false);
          skipWs();
          if (text.charCodeAt(i) === 0x7d) {
            i++;
            stack.pop();
            v = frame.container;
            break;
          }
          readKey(frame);
          continue value;
        }
        case 0x5b: {
          const frame = open(true);
          skipWs();
          if (text.charCodeAt(i) === 0x5d) {
            i++;
            stack.pop();
            v = frame.container;
            break;
          }
          continue value;
        }
        case 0x22:
          v = readString();
          break;
        case 0x74:
          if (!text.startsWith('true', i)) fail(i, `unexpected ${describe(text, i)}: expected a value`);
          i += 4;
          v = true;
          break;
        case 0x66:
          if (!text.startsWith('false', i)) fail(i, `unexpected ${describe(text, i)}: expected a value`);
          i += 5;
          v = false;
          break;
        case 0x6e:
          if (!text.startsWith('null', i)) fail(i, `unexpected ${describe(text, i)}: expected a value`);
          i += 4;
          v = null;
          break;
        default:
          if (c === 0x2d || (c >= 0x30 && c <= 0x39)) v = readNumber();
          else if (i >= n) fail(i, 'unexpected end of the text: expected a value (is the file truncated?)');
          else if (c === 0x5d && stack[stack.length - 1]?.isArray && (stack[stack.length - 1]!.container as unknown[]).length > 0) fail(i, "unexpected ']' after a comma: remove the trailing comma");
          else if (c === 0x27) fail(i, 'strings need double quotes, not single quotes');
          else if (c === 0x2f && (text[i + 1] === '/' || text[i + 1] === '*')) fail(i, 'comments are not allowed in JSON');
          else fail(i, `unexpected ${describe(text, i)}: expected a value (an object, array, string, number, true, false or null)`);
      }
      // a complete value: attach it, then close as many containers as the text closes
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) {
          root = v;
          skipWs();
          if (i < n) fail(i, `unexpected ${describe(text, i)} after the end of the JSON value (one record per line belongs in a .ndjson file)`, 'json_syntax', '');
          break value;
        }
        if (top.isArray) (top.container as unknown[]).push(v);
        else if (top.key === '__proto__') Object.defineProperty(top.container, '__proto__', { value: v, writable: true, enumerable: true, configurable: true });
        else (top.container as Record<string, unknown>)[top.key] = v;
        skipWs();
        const d = text.charCodeAt(i);
        if (d === 0x2c) {
          i++;
          if (!top.isArray) readKey(top);
          continue value;
        }
        if (d === (top.isArray ? 0x5d : 0x7d)) {
          i++;
          stack.pop();
          v = top.container;
          continue;
        }
        if (i >= n) fail(i, `unexpected end of the text: the ${top.isArray ? 'array is not closed with ]' : 'object is not closed with }'} (is the file truncated?)`);
        fail(i, `expected ',' or '${top.isArray ? ']' : '}'}' ${top.isArray ? 'after an array item' : `after the value of "${top.key}"`}, found ${describe(text, i)}`);
      }
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return positions ? { ok: false, value: undefined, issues, positions } : { ok: false, value: undefined, issues };
  }
  return positions ? { ok: true, value: root, issues, positions } : { ok: true, value: root, issues };
}
