import { escapeToken } from './pointer.js';

/** A value found in a record, with the JSON Pointer to it (relative to the record). */
export interface Located<T = unknown> {
  readonly pointer: string;
  readonly value: T;
}

type Node = Record<string, unknown>;

const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Node, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Visits a value found in a record with a function returning its pointer (the visitor calls it only on a hit). */
export type LocatedVisitor = (value: unknown, pointer: () => string) => void;

/**
 * Visits every value at a field path in the style of `fieldIndex` — property names from the record root, `*` for
 * any array item, `{}` for any map value — in order, with a function returning its pointer. Only own properties
 * are followed. Most fields of a family are absent from any one record: those cost a few property loads, and a
 * pointer is only built when a visitor asks for it.
 */
export function eachAt(record: unknown, path: readonly string[], visit: LocatedVisitor): void {
  // the steps before the first wildcard are followed in a loop
  let node = record;
  let step = 0;
  for (; step < path.length; step++) {
    const name = path[step]!;
    if (name === '*' || name === '{}') break;
    if (!isObject(node)) return;
    const next = node[name];
    if (next === undefined || !own(node, name)) return;
    node = next;
  }
  const fixed = step;
  if (step === path.length) {
    visit(node, () => prefixPointer(path, fixed));
    return;
  }
  const tokens: string[] = [];
  const pointer = () => {
    let out = prefixPointer(path, fixed);
    for (const token of tokens) out += `/${escapeToken(token)}`;
    return out;
  };
  below(node, path, step, tokens, pointer, visit);
}

/** The pointer to the first `steps` property names of a path. */
function prefixPointer(path: readonly string[], steps: number): string {
  let out = '';
  for (let i = 0; i < steps; i++) out += `/${escapeToken(path[i]!)}`;
  return out;
}

// recursion depth is the path length (a handful of steps)
function below(value: unknown, path: readonly string[], step: number, tokens: string[], pointer: () => string, visit: LocatedVisitor): void {
  if (step === path.length) {
    visit(value, pointer);
    return;
  }
  const name = path[step]!;
  if (name === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      tokens.push(String(i));
      below(value[i], path, step + 1, tokens, pointer, visit);
      tokens.pop();
    }
  } else if (name === '{}') {
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      tokens.push(key);
      below(value[key], path, step + 1, tokens, pointer, visit);
      tokens.pop();
    }
  } else if (isObject(value) && own(value, name) && value[name] !== undefined) {
    tokens.push(name);
    below(value[name], path, step + 1, tokens, pointer, visit);
    tokens.pop();
  }
}

/** Every value at a field path (see {@link eachAt}), with the JSON Pointer to it (relative to the record). */
export function valuesAt(record: unknown, path: readonly string[]): readonly Located[] {
  let out: Located[] | undefined;
  eachAt(record, path, (value, pointer) => (out ??= []).push({ pointer: pointer(), value }));
  return out ?? NOTHING;
}

const NOTHING: readonly Located[] = Object.freeze([]);

/** The own property `key` of an object, or undefined. */
function child(node: unknown, key: string): unknown {
  return isObject(node) && own(node, key) ? node[key] : undefined;
}

/** The value at a path of up to three property names, or undefined. (Fixed parameters: no array per call.) */
export function get(record: unknown, first: string, second?: string, third?: string): unknown {
  const a = child(record, first);
  if (second === undefined) return a;
  const b = child(a, second);
  return third === undefined ? b : child(b, third);
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

/*
 * Several rules look at every object or every string of a record. While the engine runs the rules on one record
 * (between enterRecord and leaveRecord), the record is walked once, on first use, into a flat list in walk
 * order, and every whole-record walk reads that list: the same values, in the same order, with the same
 * pointers, as a walk of its own.
 */
interface Flat {
  readonly values: unknown[];
  /** The entry of the enclosing object or array; -1 for the root. */
  readonly parents: number[];
  /** The reference token from the parent (unescaped). */
  readonly tokens: string[];
  /** The entries that are objects, in walk order. */
  readonly objects: number[];
  /** The entries that are strings, in walk order, and for each the name of the nearest object key above it. */
  readonly strings: number[];
  readonly keys: Array<string | undefined>;
}

interface Scope {
  readonly record: unknown;
  flat: Flat | undefined;
}

let scope: Scope | undefined;

/** Marks `record` as the one the rules are checking; returns what {@link leaveRecord} restores. */
export function enterRecord(record: unknown): Scope | undefined {
  const outer = scope;
  scope = { record, flat: undefined };
  return outer;
}

/** Ends the scope opened by {@link enterRecord}. */
export function leaveRecord(outer: Scope | undefined): void {
  scope = outer;
}

function flatOf(value: unknown, base: string): Flat | undefined {
  const current = scope;
  if (current === undefined || base !== '' || value !== current.record) return undefined;
  if (current.flat === undefined) {
    const flat: Flat = { values: [], parents: [], tokens: [], objects: [], strings: [], keys: [] };
    flatten(value, -1, '', undefined, flat);
    current.flat = flat;
  }
  return current.flat;
}

function flatten(node: unknown, parent: number, token: string, key: string | undefined, flat: Flat): void {
  const isString = typeof node === 'string';
  const isArray = !isString && Array.isArray(node);
  if (!isString && !isArray && !isObject(node)) return;
  const at = flat.values.length;
  flat.values.push(node);
  flat.parents.push(parent);
  flat.tokens.push(token);
  if (isString) {
    flat.strings.push(at);
    flat.keys.push(key);
  } else if (isArray) {
    const items = node as unknown[];
    for (let i = 0; i < items.length; i++) flatten(items[i], at, String(i), key, flat);
  } else {
    flat.objects.push(at);
    const object = node as Node;
    for (const k in object) {
      if (!own(object, k)) continue;
      flatten(object[k], at, k, k, flat);
    }
  }
}

function flatPointer(flat: Flat, entry: number): string {
  let out = '';
  for (let i = entry; flat.parents[i]! >= 0; i = flat.parents[i]!) out = `/${escapeToken(flat.tokens[i]!)}${out}`;
  return out;
}

/**
 * Visits every string in a value, depth-first, with a function returning its pointer and the name of the
 * property that holds it (the nearest object key above it). Callers have checked the nesting depth already.
 */
export function eachString(value: unknown, visit: StringVisitor, base = ''): void {
  const flat = flatOf(value, base);
  if (flat) {
    let at = 0;
    const pointer = () => flatPointer(flat, at);
    const { values, strings, keys } = flat;
    for (let i = 0; i < strings.length; i++) {
      at = strings[i]!;
      visit(values[at] as string, pointer, keys[i]);
    }
    return;
  }
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
  const flat = flatOf(value, base);
  if (flat) {
    let at = 0;
    const pointer = () => flatPointer(flat, at);
    const { values, objects } = flat;
    for (let i = 0; i < objects.length; i++) {
      at = objects[i]!;
      visit(values[at] as Node, pointer);
    }
    return;
  }
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
