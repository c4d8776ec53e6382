import type { IndexedField } from '@gpos/schema';
import { chunk, type CodeRow } from '../chunks.js';

type Lists = Readonly<Record<string, { readonly open: boolean; readonly rows: readonly CodeRow[] } | undefined>>;
type Fields = Readonly<Record<string, readonly IndexedField[]>>;

/** Set by {@link useCodelists}; otherwise the shipped ones, from the `codelists` chunk (loaded on first use). */
const override: { lists?: Lists; fields?: Fields } = {};
const EMPTY = Object.freeze({}) as Lists & Fields;
const indexes = new Map<string, Map<string, CodeRow>>();
const deprecatedLists = new Map<string, boolean>();
const subsets = new Map<(field: IndexedField) => boolean, Map<string, readonly IndexedField[]>>();
const schemes = new Map<string, string>();
/** The lists the caches above were built from: when they change (an override, or the chunk arriving), the caches go. */
let cachedFor: Lists | undefined;
/** The last answer of {@link data}, handed out again while neither part changes (it is asked for on every field). */
let current: { readonly lists: Lists; readonly fields: Fields } = { lists: EMPTY, fields: EMPTY };

function data(): { readonly lists: Lists; readonly fields: Fields } {
  const shipped = override.lists && override.fields ? undefined : chunk('codelists');
  const lists = override.lists ?? shipped?.codelists ?? EMPTY;
  const fields = override.fields ?? shipped?.fieldIndex ?? EMPTY;
  if (lists !== cachedFor) {
    indexes.clear();
    deprecatedLists.clear();
    subsets.clear();
    cachedFor = lists;
  }
  if (current.lists !== lists || current.fields !== fields) current = { lists, fields };
  return current;
}

/**
 * Replaces the codelists and field index the codelist rules read (tests use it to exercise deprecations
 * the standard does not have yet). Returns a function that restores the shipped ones.
 */
export function useCodelists(next: { codelists?: Lists; fieldIndex?: Fields }): () => void {
  const previous = { ...override };
  if (next.codelists) override.lists = next.codelists;
  if (next.fieldIndex) override.fields = next.fieldIndex;
  indexes.clear();
  deprecatedLists.clear();
  subsets.clear();
  return () => {
    delete override.lists;
    delete override.fields;
    Object.assign(override, previous);
    indexes.clear();
    deprecatedLists.clear();
    subsets.clear();
  };
}

/** The indexed fields of a record family. */
export function fieldsOf(type: string): readonly IndexedField[] {
  const { fields } = data();
  return Object.prototype.hasOwnProperty.call(fields, type) ? fields[type]! : [];
}

/**
 * The fields of a record family a rule looks at, chosen by `keep` once per family rather than on every
 * record; `keep` must be a function defined once (its identity is the cache key).
 */
export function fieldsWhere(type: string, keep: (field: IndexedField) => boolean): readonly IndexedField[] {
  data();
  let byType = subsets.get(keep);
  if (!byType) subsets.set(keep, (byType = new Map()));
  let subset = byType.get(type);
  if (!subset) byType.set(type, (subset = fieldsOf(type).filter(keep)));
  return subset;
}

/** A subset of fields in runs that share their first step, when every such run is contiguous (null: not so). */
interface Runs {
  readonly firsts: readonly string[];
  readonly runs: ReadonlyArray<readonly IndexedField[]>;
  /** The answers so far by which first steps a record has (bit i: firsts[i]), when there are at most 30 of them. */
  readonly byPresence: Map<number, readonly IndexedField[]> | undefined;
}

const runsOf = new WeakMap<readonly IndexedField[], Runs | null>();

function splitRuns(fields: readonly IndexedField[]): Runs | null {
  const firsts: string[] = [];
  const runs: IndexedField[][] = [];
  for (const field of fields) {
    const first = field.path[0];
    if (first === undefined || first === '*' || first === '{}') return null;
    if (firsts[firsts.length - 1] === first) runs[runs.length - 1]!.push(field);
    else if (firsts.includes(first)) return null;
    else {
      firsts.push(first);
      runs.push([field]);
    }
  }
  return { firsts, runs, byPresence: firsts.length <= 30 ? new Map() : undefined };
}

const NO_FIELDS: readonly IndexedField[] = Object.freeze([]);

/** The most combinations of present first steps remembered per subset of fields. */
const MAX_COMBINATIONS = 256;

/**
 * `fieldsWhere(type, keep)` without the fields whose first step the record lacks, in the same order: a record
 * holds a few of its family's fields, and one look per top-level property rules out all the fields below it.
 */
export function presentFieldsWhere(record: unknown, type: string, keep: (field: IndexedField) => boolean): readonly IndexedField[] {
  const fields = fieldsWhere(type, keep);
  let split = runsOf.get(fields);
  if (split === undefined) runsOf.set(fields, (split = splitRuns(fields)));
  if (split === null || record === null || typeof record !== 'object' || Array.isArray(record)) return fields;
  const node = record as Record<string, unknown>;
  const { firsts, runs, byPresence } = split;
  if (byPresence) {
    // records of a feed hold the same few fields: the subset is made once per combination
    let presence = 0;
    for (let i = 0; i < firsts.length; i++) {
      const first = firsts[i]!;
      if (node[first] !== undefined && Object.prototype.hasOwnProperty.call(node, first)) presence |= 1 << i;
    }
    let subset = byPresence.get(presence);
    if (!subset) {
      subset = runs.filter((_, i) => (presence & (1 << i)) !== 0).flat();
      // a hostile feed could vary the combination on every line: the memo stays bounded
      if (byPresence.size < MAX_COMBINATIONS) byPresence.set(presence, subset);
    }
    return subset.length > 0 ? subset : NO_FIELDS;
  }
  let out: IndexedField[] | undefined;
  for (let i = 0; i < firsts.length; i++) {
    const first = firsts[i]!;
    if (node[first] === undefined || !Object.prototype.hasOwnProperty.call(node, first)) continue;
    out ??= [];
    for (const field of runs[i]!) out.push(field);
  }
  return out ?? NO_FIELDS;
}

/** The codelist named, when it ships with the schema package. */
export function codelist(name: string): { readonly open: boolean; readonly rows: readonly CodeRow[] } | undefined {
  const { lists } = data();
  return Object.prototype.hasOwnProperty.call(lists, name) ? lists[name] : undefined;
}

/** The row of a code in a shipped codelist. */
export function rowOf(name: string, code: string): CodeRow | undefined {
  data();
  let index = indexes.get(name);
  if (!index) {
    index = new Map((codelist(name)?.rows ?? []).map((row) => [row.code, row]));
    indexes.set(name, index);
  }
  return index.get(code);
}

/**
 * The code a field value stands for. An org reference stands for its scheme, whose code is the prefix in
 * lower case with hyphens as underscores (`TH-GOV:aoc1441` → `th_gov`), as org_id_scheme.csv documents.
 */
export function codeOf(list: string, value: string): string {
  if (list !== 'org_id_scheme') return value;
  // a feed names few organisations, over and over: remember their schemes (a bounded memo)
  let code = schemes.get(value);
  if (code === undefined) {
    code = value.slice(0, Math.max(0, value.indexOf(':'))).toLowerCase().replaceAll('-', '_');
    if (schemes.size < 1024) schemes.set(value, code);
  }
  return code;
}


/** Whether any code of the list is deprecated; lets the rule skip the lists that have none. */
export function hasDeprecated(name: string): boolean {
  data();
  let known = deprecatedLists.get(name);
  if (known === undefined) {
    known = (codelist(name)?.rows ?? []).some((row) => Boolean(row.deprecated));
    deprecatedLists.set(name, known);
  }
  return known;
}
