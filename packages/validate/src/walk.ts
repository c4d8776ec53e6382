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
export function valuesAt(record: unknown, path: readonly string[]): Located[] {
  let current: Located[] = [{ pointer: '', value: record }];
  for (const step of path) {
    const next: Located[] = [];
    for (const { pointer, value } of current) {
      if (step === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ pointer: `${pointer}/${i}`, value: item }));
      } else if (step === '{}') {
        if (isObject(value)) for (const key of Object.keys(value)) next.push({ pointer: `${pointer}/${escapeToken(key)}`, value: value[key] });
      } else if (isObject(value) && own(value, step) && value[step] !== undefined) {
        next.push({ pointer: `${pointer}/${escapeToken(step)}`, value: value[step] });
      }
    }
    current = next;
  }
  return current;
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

/** Builds the pointer of the current position lazily: walkers pass it to visitors, which call it only on a hit. */
const lazyPointer = (base: string, tokens: readonly string[]) => () => {
  let out = base;
  for (const token of tokens) out += `/${escapeToken(token)}`;
  return out;
};

/**
 * Visits every string in a value, depth-first, with a function returning its pointer and the name of the
 * property that holds it (the nearest object key above it). Callers have checked the nesting depth already.
 */
export function eachString(value: unknown, visit: (text: string, pointer: () => string, key: string | undefined) => void, base = ''): void {
  const tokens: string[] = [];
  const walk = (node: unknown, key: string | undefined): void => {
    if (typeof node === 'string') visit(node, lazyPointer(base, tokens), key);
    else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        tokens.push(String(i));
        walk(node[i], key);
        tokens.pop();
      }
    } else if (isObject(node)) {
      for (const k of Object.keys(node)) {
        tokens.push(k);
        walk(node[k], k);
        tokens.pop();
      }
    }
  };
  walk(value, undefined);
}

/** Visits every object in a value, depth-first, with a function returning its pointer. */
export function eachObject(value: unknown, visit: (object: Node, pointer: () => string) => void, base = ''): void {
  const tokens: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        tokens.push(String(i));
        walk(node[i]);
        tokens.pop();
      }
    } else if (isObject(node)) {
      visit(node, lazyPointer(base, tokens));
      for (const k of Object.keys(node)) {
        tokens.push(k);
        walk(node[k]);
        tokens.pop();
      }
    }
  };
  walk(value);
}

export { isObject };
