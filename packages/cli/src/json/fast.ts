import { PARSER_MAX_DEPTH, type ParseResult } from './parse.js';

/*
 * The fast path for the common case, clean data: native JSON.parse, plus a check that it lost nothing.
 * JSON.parse is ~5× faster than the position-aware parser, but silently keeps the last of duplicate keys and
 * rounds big integers. So one regex pass (compiled to native code by V8) counts the object members in the
 * text and finds long digit runs outside strings; if the parsed value has as many keys as the text has
 * members, no key was dropped. Anything unusual — a syntax error, a duplicate, a long integer, deep
 * nesting — returns undefined and the caller runs the full parser, which says exactly what and where.
 */

// a whole string (unrolled, so long strings need no backtracking), then maybe the colon that makes it a key;
// or a run of 16+ digits outside any string (possibly beyond 2^53)
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"([ \t\r\n]*:)?|[0-9]{16,}/g;

export function fastParse(text: string): ParseResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  let members = 0;
  try {
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(text); m !== null; m = TOKENS.exec(text)) {
      if (m[0].charCodeAt(0) !== 0x22) return undefined; // a long digit run: let the full parser judge it
      if (m[1] !== undefined) members++;
    }
  } catch {
    return undefined; // a regex resource limit on pathological input
  }
  if (value === null || typeof value !== 'object') return members === 0 ? { ok: true, value, issues: [] } : undefined;
  // count the keys JSON.parse kept, and stop at depths the full parser reports
  let keys = 0;
  const stack: unknown[] = [value];
  const depths: number[] = [1];
  while (stack.length) {
    const node = stack.pop()!;
    const depth = depths.pop()!;
    if (depth > PARSER_MAX_DEPTH) return undefined;
    if (Array.isArray(node)) {
      for (const item of node) {
        if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in node as Record<string, unknown>) {
        keys++;
        const item = (node as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return keys === members ? { ok: true, value, issues: [] } : undefined;
}
