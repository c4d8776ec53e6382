import { schemas, type JsonSchema } from '@gpos/schema';
import type { Tlp } from '@gpos/types';
import { isTlp } from './tlp.js';

/** One well-formed entry of a record's `markings`: a part of the record, by JSON Pointer, and its TLP. */
export interface PartMarking {
  readonly pointer: string;
  readonly tokens: readonly string[];
  readonly tlp: Tlp;
}

export const tokensOf = (pointer: string): string[] => (pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')));
export const pointerOf = (tokens: readonly string[]): string => tokens.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
const startsWith = (tokens: readonly string[], prefix: readonly string[]) => prefix.length <= tokens.length && prefix.every((t, i) => tokens[i] === t);

/** The record's well-formed markings; anything else in `markings` is ignored here (the validator reports it). */
export function markingsOf(record: Readonly<Record<string, unknown>>): PartMarking[] {
  const list = record.markings;
  if (!Array.isArray(list)) return [];
  const out: PartMarking[] = [];
  for (const m of list) {
    if (m === null || typeof m !== 'object') continue;
    const { pointer, tlp } = m as Record<string, unknown>;
    if (typeof pointer === 'string' && pointer.startsWith('/') && isTlp(tlp)) out.push({ pointer, tokens: tokensOf(pointer), tlp });
  }
  return out;
}

/** The label of the value at `pointer`: the deepest marking naming it or an ancestor, else the record's own. */
export function labelAt(markings: readonly PartMarking[], pointer: string, recordTlp: Tlp): Tlp {
  const tokens = tokensOf(pointer);
  let best: PartMarking | undefined;
  for (const m of markings) if (startsWith(tokens, m.tokens) && (!best || m.tokens.length > best.tokens.length)) best = m;
  return best ? best.tlp : recordTlp;
}

type Node = Record<string, unknown> | unknown[];
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object';

/** The parent and key of the value at `tokens`, when it exists. */
function parentOf(root: unknown, tokens: readonly string[]): { parent: Node; key: string | number } | undefined {
  let node: unknown = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isNode(node)) return undefined;
    node = Array.isArray(node) ? node[Number(tokens[i])] : Object.hasOwn(node, tokens[i]!) ? node[tokens[i]!] : undefined;
  }
  if (!isNode(node)) return undefined;
  const last = tokens.at(-1)!;
  if (Array.isArray(node)) {
    if (!/^(0|[1-9][0-9]*)$/.test(last) || Number(last) >= node.length) return undefined;
    return { parent: node, key: Number(last) };
  }
  return Object.hasOwn(node, last) ? { parent: node, key: last } : undefined;
}

const resolveRef = (ref: string, file: JsonSchema): { schema: JsonSchema; file: JsonSchema } => {
  const [name, fragment = ''] = ref.split('#');
  const target = name ? ((schemas as Record<string, JsonSchema>)[name.replace(/\.json$/, '')] ?? {}) : file;
  let node: unknown = target;
  for (const part of fragment.split('/').filter(Boolean)) node = isNode(node) ? (node as Record<string, unknown>)[part] : undefined;
  return { schema: (node ?? {}) as JsonSchema, file: target };
};

/**
 * What removing the value at `tokens` does to the record's validity by its family's schema: `ok` when it may go,
 * `required` when it is a required property or the last item of an array that must have one.
 */
function removable(type: string, tokens: readonly string[], arrayLength: number | undefined): 'ok' | 'required' {
  let file = (schemas as Record<string, JsonSchema>)[type];
  if (!file) return 'required';
  let node: JsonSchema = file;
  for (let i = 0; i < tokens.length; i++) {
    while (typeof node.$ref === 'string') ({ schema: node, file } = resolveRef(node.$ref, file));
    const token = tokens[i]!;
    const last = i === tokens.length - 1;
    const props = node.properties as Record<string, JsonSchema> | undefined;
    if (props && Object.hasOwn(props, token)) {
      if (last) return Array.isArray(node.required) && node.required.includes(token) ? 'required' : 'ok';
      node = props[token]!;
    } else if (node.items && typeof node.items === 'object' && /^\d+$/.test(token)) {
      if (last) return typeof node.minItems === 'number' && (arrayLength ?? 0) - 1 < node.minItems ? 'required' : 'ok';
      node = node.items as JsonSchema;
    } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      if (last) return typeof node.minProperties === 'number' ? 'required' : 'ok';
      node = node.additionalProperties as JsonSchema;
    } else return last ? 'ok' : 'ok';
  }
  return 'required';
}

/** Compares pointers so that later array items and deeper values come first: removing in this order keeps every other pointer right. */
function laterFirst(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const numeric = /^\d+$/.test(a[i]!) && /^\d+$/.test(b[i]!);
    return numeric ? Number(b[i]) - Number(a[i]) : a[i]! < b[i]! ? 1 : -1;
  }
  return b.length - a.length;
}

export interface Removal {
  readonly pointer: string;
  readonly reason: string;
}

/**
 * Removes the values at the given pointers from `record` (in place) and keeps its `markings` true: markings of
 * removed parts go, and markings of later items of an array an item was removed from are renumbered. An array
 * emptied by the removals goes too, so its presence does not tell the recipient something was there. Returns the
 * removals made, or `required` with the pointer of a value the record cannot lose. Markings that name nothing go.
 */
export function removeParts(record: Record<string, unknown>, type: string, wanted: readonly Removal[]): { done: Removal[] } | { required: string } {
  const byPointer = new Map<string, Removal>();
  for (const r of wanted) if (!byPointer.has(r.pointer)) byPointer.set(r.pointer, r);
  const all = [...byPointer.values()].map((r) => ({ ...r, tokens: tokensOf(r.pointer) }));
  // a value inside another value being removed goes with it
  const outer = all.filter((r) => !all.some((o) => o !== r && o.tokens.length < r.tokens.length && startsWith(r.tokens, o.tokens)));
  outer.sort((a, b) => laterFirst(a.tokens, b.tokens));
  let markings = Array.isArray(record.markings) ? [...(record.markings as unknown[])] : undefined;
  const done: Removal[] = [];
  for (const r of outer) {
    const at = parentOf(record, r.tokens);
    if (!at) continue;
    if (removable(type, r.tokens, Array.isArray(at.parent) ? at.parent.length : undefined) === 'required') return { required: r.pointer };
    if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1);
    else delete at.parent[at.key as string];
    done.push({ pointer: r.pointer, reason: r.reason });
    if (markings) markings = markings.flatMap((m) => shifted(m, r.tokens, Array.isArray(at.parent)));
    // an array the removals emptied would still say that something was there
    if (Array.isArray(at.parent) && at.parent.length === 0) {
      const arrayTokens = r.tokens.slice(0, -1);
      const holder = parentOf(record, arrayTokens);
      if (holder && !Array.isArray(holder.parent) && removable(type, arrayTokens, undefined) === 'ok') {
        delete holder.parent[holder.key as string];
        if (markings) markings = markings.flatMap((m) => shifted(m, arrayTokens, false));
      }
    }
  }
  if (markings !== undefined) {
    // a marking of nothing protects nothing, and would make the copy invalid
    markings = markings.filter((m) => m === null || typeof m !== 'object' || typeof (m as { pointer?: unknown }).pointer !== 'string' || parentOf(record, tokensOf((m as { pointer: string }).pointer)) !== undefined);
    if (markings.length > 0) record.markings = markings;
    else delete record.markings;
  }
  return { done };
}

/** A marking after the value at `removed` went: unchanged, renumbered, or gone with its part. */
function shifted(marking: unknown, removed: readonly string[], fromArray: boolean): unknown[] {
  if (marking === null || typeof marking !== 'object' || typeof (marking as { pointer?: unknown }).pointer !== 'string') return [marking];
  const tokens = tokensOf((marking as { pointer: string }).pointer);
  if (startsWith(tokens, removed)) return [];
  const depth = removed.length - 1;
  if (fromArray && tokens.length > depth && startsWith(tokens, removed.slice(0, depth)) && /^\d+$/.test(tokens[depth]!) && Number(tokens[depth]) > Number(removed[depth])) {
    const next = [...tokens];
    next[depth] = String(Number(tokens[depth]) - 1);
    return [{ ...(marking as object), pointer: pointerOf(next) }];
  }
  return [marking];
}
