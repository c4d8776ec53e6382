import { escapeToken } from './pointer.js';

/** A value found in a record, with the JSON Pointer to it (relative to the record). */
export interface Located<T = unknown> {
  readonly pointer: string;
  readonly value: T;
}

type Node = Record<string, unknown>;

const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Node, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Every value at a field path in the style of `fieldIndex`: property names from the record root,
 * `*` for any array item, `{}` for any map value. Only own properties are followed.
 */
export function valuesAt(record: unknown, path: readonly string[]): readonly Located[] {
  // most fields of a family are absent from any one record: answer those without allocating
  const first = path[0];
  if (first !== undefined && first !== '*' && first !== '{}' && !(isObject(record) && own(record, first) && record[first] !== undefined)) return NOTHING;
  const out: Located[] = [];
  collect(record, path, 0, '', out);
  return out;
}

const NOTHING: readonly Located[] = Object.freeze([]);

// recursion depth is the path length (a handful of steps); pointers are only built along paths that exist
function collect(value: unknown, path: readonly string[], step: number, pointer: string, out: Located[]): void {
  if (step === path.length) {
    out.push({ pointer, value });
    return;
  }
  const name = path[step]!;
  if (name === '*') {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) collect(value[i], path, step + 1, `${pointer}/${i}`, out);
  } else if (name === '{}') {
    if (isObject(value)) for (const key of Object.keys(value)) collect(value[key], path, step + 1, `${pointer}/${escapeToken(key)}`, out);
  } else if (isObject(value) && own(value, name) && value[name] !== undefined) {
    collect(value[name], path, step + 1, `${pointer}/${escapeToken(name)}`, out);
  }
}

/** The value at a dotted path, or undefined. */
export function get(record: unknown, ...path: string[]): unknown {
  let node = record;
  for (const step of path) {
    if (!isObject(node) || !own(node, step)) return undefined;
    node = node[step];
  }
  return node;
}

/**
 * Builds the pointer of the walker's current position. Walkers hand one such function to every visit (the
 * visitor calls it, synchronously, only on a hit), so a walk allocates nothing per value.
 */
const pointerOf = (base: string, tokens: readonly string[]) => () => {
  let out = base;
  for (const token of tokens) out += `/${escapeToken(token)}`;
  return out;
};

type StringVisitor = (text: string, pointer: () => string, key: string | undefined) => void;
type ObjectVisitor = (object: Node, pointer: () => string) => void;

/**
 * Visits every string in a value, depth-first, with a function returning its pointer and the name of the
 * property that holds it (the nearest object key above it). Callers have checked the nesting depth already.
 */
export function eachString(value: unknown, visit: StringVisitor, base = ''): void {
  const tokens: string[] = [];
  strings(value, undefined, tokens, pointerOf(base, tokens), visit);
}

function strings(node: unknown, key: string | undefined, tokens: string[], pointer: () => string, visit: StringVisitor): void {
  if (typeof node === 'string') visit(node, pointer, key);
  else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      tokens.push(String(i));
      strings(node[i], key, tokens, pointer, visit);
      tokens.pop();
    }
  } else if (isObject(node)) {
    for (const k in node) {
      if (!own(node, k)) continue;
      tokens.push(k);
      strings(node[k], k, tokens, pointer, visit);
      tokens.pop();
    }
  }
}

/** Visits every object in a value, depth-first, with a function returning its pointer. */
export function eachObject(value: unknown, visit: ObjectVisitor, base = ''): void {
  const tokens: string[] = [];
  objects(value, tokens, pointerOf(base, tokens), visit);
}

function objects(node: unknown, tokens: string[], pointer: () => string, visit: ObjectVisitor): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      tokens.push(String(i));
      objects(node[i], tokens, pointer, visit);
      tokens.pop();
    }
  } else if (isObject(node)) {
    visit(node, pointer);
    for (const k in node) {
      if (!own(node, k)) continue;
      tokens.push(k);
      objects(node[k], tokens, pointer, visit);
      tokens.pop();
    }
  }
}

export { isObject };
