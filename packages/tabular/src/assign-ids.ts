import { RECORD_TYPES, SPEC_VERSION } from '@gpos/schema';
import { parse as parseUuid, v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import { familySchema, resolve } from './schema-walk.js';

type Obj = Record<string, unknown>;
type Node = Record<string, unknown>;

/**
 * The namespace under which a local reference is hashed into the random bits of a record's UUIDv7 — a constant of
 * this package, so every tool that follows the same recipe derives the same id.
 */
export const LOCAL_REF_NAMESPACE = '0193a5c2-6f0e-5b8d-9a41-6c7e2f1d3b58';

const RECORD_ID = /^(indicator|case|commitment|organization|operation|relationship|sighting|statistic)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export interface AssignIdsOptions {
  /**
   * The time given to `created` and `modified` where a record has none, and so the time part of the ids derived
   * from it. Pass the same value on every run (or fill `created` in the sheet) to get the same ids again.
   */
  readonly created: Date | string;
  /** The time given to `modified` where a record has none; `created` when absent. Never before the record's `created`. */
  readonly modified?: Date | string;
  /** The `spec_version` given to records that have none; the standard's current version by default. */
  readonly specVersion?: string;
}

/** When the records of some files were made: the time `assignIds` gives rows that have none. */
export interface FileDates {
  readonly created: Date;
  readonly modified: Date;
}

/**
 * A file's dates as `--assign-ids` reads them: a workbook's document properties (created: when it was first made,
 * which saving does not change; modified: when it was last saved), else when the file was saved (`saved`, a CSV
 * file's modification time).
 */
export function fileDates(properties: { readonly created?: Date | undefined; readonly modified?: Date | undefined }, saved: Date): FileDates {
  const modified = properties.modified ?? properties.created ?? saved;
  return { created: properties.created ?? modified, modified };
}

/** The dates of files read together: the earliest any was made, the latest any was saved. */
export function widenDates(span: FileDates | undefined, file: FileDates): FileDates {
  if (!span) return file;
  return { created: file.created < span.created ? file.created : span.created, modified: file.modified > span.modified ? file.modified : span.modified };
}

export interface AssignedId {
  /** JSON Pointer into the records: the record's `/0/id`, or a reference such as `/2/indicator_refs/0`. */
  readonly pointer: string;
  /** What the cell held: the local reference, or nothing for a record that had no id. */
  readonly from?: string;
  readonly to: string;
}

export interface AssignIdsProblem {
  readonly severity: 'error' | 'warning';
  readonly code: 'unresolved_local_ref' | 'ambiguous_local_ref' | 'invalid_timestamp';
  readonly pointer: string;
  readonly message: string;
}

export interface AssignIdsResult {
  /** Copies of the records with `id`, `spec_version`, `created` and `modified` filled and local references replaced. */
  readonly records: Obj[];
  readonly assigned: readonly AssignedId[];
  readonly problems: readonly AssignIdsProblem[];
}

const iso = (t: Date | string): string => {
  const date = typeof t === 'string' ? new Date(t) : t;
  if (Number.isNaN(date.getTime())) throw new TypeError(`assignIds: ${String(t)} is not a time`);
  // whole seconds: a timestamp a person can read back from the sheet
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
};

/**
 * The id a record with a local reference gets: `<type>--` and a UUIDv7 whose time is `at` and whose random bits are
 * the UUIDv5 (in {@link LOCAL_REF_NAMESPACE}) of the source, the family and the local reference. The same source,
 * family, reference and time always give the same id, so a sheet converted twice gives the same records, and ids
 * made by different sources never collide.
 *
 * @example localRecordId('case', 'TH-GOV:aoc1441', 'AOC-2026-000123', '2026-03-01T00:00:00Z')
 */
export function localRecordId(type: string, source: string, localRef: string, at: Date | string): string {
  const random = parseUuid(uuidv5(JSON.stringify([source, type, localRef]), LOCAL_REF_NAMESPACE));
  const msecs = Math.max(0, (typeof at === 'string' ? new Date(at) : at).getTime());
  return `${type}--${uuidv7({ msecs, random })}`;
}

/** A reference field: which family it names, or every family. */
interface RefField {
  readonly path: readonly string[];
  readonly target: string | undefined;
}

const REF_DEF = /#\/\$defs\/(record_id|object_ref|(indicator|case|commitment|organization|operation|relationship|sighting|statistic)_id)$/;
const refFields = new Map<string, RefField[]>();

/** Every field of a family that holds another record's id (`*` steps into an array). */
export function referenceFields(family: string): readonly RefField[] {
  let fields = refFields.get(family);
  if (!fields) refFields.set(family, (fields = collectRefs(family)));
  return fields;
}

function collectRefs(family: string): RefField[] {
  const out: RefField[] = [];
  const walk = (declared: Node, file: string, path: string[], depth: number): void => {
    if (depth > 12) return;
    const match = typeof declared.$ref === 'string' ? REF_DEF.exec(declared.$ref) : null;
    if (match) {
      // the record's own id is not a reference
      if (!(path.length === 1 && path[0] === 'id')) out.push({ path, target: match[2] });
      return;
    }
    const { node, file: at } = resolve(declared, file);
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) walk(child, at, [...path, key], depth + 1);
    if (node.items && typeof node.items === 'object') walk(node.items as Node, at, [...path, '*'], depth + 1);
    for (const branch of (node.anyOf ?? node.oneOf ?? []) as Node[]) walk(branch, at, path, depth + 1);
  };
  walk(familySchema(family), `${family}.json`, [], 0);
  // anyOf branches may name the same field twice
  return [...new Map(out.map((f) => [`${f.path.join('/')}>${f.target ?? ''}`, f])).values()];
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Calls `visit` with every string at `path` below `node`, and a setter that replaces it. */
function eachAt(node: unknown, path: readonly string[], pointer: string, visit: (value: string, pointer: string, set: (v: string) => void) => void): void {
  if (path.length === 0) return;
  const [step, ...rest] = path;
  if (step === '*') {
    if (!Array.isArray(node)) return;
    node.forEach((item, i) => {
      if (rest.length === 0) {
        if (typeof item === 'string') visit(item, `${pointer}/${i}`, (v) => (node[i] = v));
      } else eachAt(item, rest, `${pointer}/${i}`, visit);
    });
    return;
  }
  if (!isObj(node) || !(step! in node)) return;
  const value = node[step!];
  if (rest.length === 0) {
    if (typeof value === 'string') visit(value, `${pointer}/${escape(step!)}`, (v) => (node[step!] = v));
  } else eachAt(value, rest, `${pointer}/${escape(step!)}`, visit);
}

/**
 * Makes converted spreadsheet rows into complete records: gives every record without a valid id one, fills
 * `spec_version`, `created` and `modified` where they are empty, and replaces local references by the ids they
 * stand for.
 *
 * A record's **local reference** is what its `id` cell holds when that is not a GPOS id (`AOC-2026-000123`,
 * `row 7`) — the value child sheets use to tie their rows to it — or else its first `local_refs` entry. A record
 * with one gets the id {@link localRecordId} derives from its source, family, reference and `created`, so converting
 * the same sheet again gives the same ids; a record with none gets a fresh UUIDv7. Wherever another record names a
 * local reference in a field that holds an id (`indicator_refs`, `destination_indicator_ref`, a relationship's
 * `source_ref`…), the id replaces it. A reference that names no record is left as it is and reported.
 *
 * Pure: the input is not modified.
 *
 * @example const { records } = assignIds(unflatten(sheets).records, { created: '2026-03-01T00:00:00Z' });
 */
export function assignIds(input: readonly Obj[], options: AssignIdsOptions): AssignIdsResult {
  const created = iso(options.created);
  const modified = iso(options.modified ?? options.created);
  const specVersion = options.specVersion ?? SPEC_VERSION;
  const records = input.map((r) => structuredClone(r));
  const assigned: AssignedId[] = [];
  const problems: AssignIdsProblem[] = [];
  /** local reference → ids, per family and across families */
  const byRef = new Map<string, string[]>();
  const typedRef = new Map<string, string>();

  records.forEach((record, index) => {
    const type = String(record.type);
    if (!(RECORD_TYPES as readonly string[]).includes(type)) return;
    if (record.spec_version === undefined) record.spec_version = specVersion;
    for (const field of ['created', 'modified'] as const) {
      const value = record[field];
      if (value !== undefined && (typeof value !== 'string' || !TIMESTAMP.test(value))) {
        problems.push({ severity: 'error', code: 'invalid_timestamp', pointer: `/${index}/${field}`, message: `${field} is not a date and time such as 2026-03-14T09:26:53Z` });
      }
    }
    if (record.created === undefined) record.created = created;
    if (record.modified === undefined) record.modified = modified < String(record.created) ? String(record.created) : modified;
    const id = typeof record.id === 'string' ? record.id.trim() : undefined;
    if (id !== undefined && RECORD_ID.test(id) && id.startsWith(`${type}--`)) return;
    const firstLocal = Array.isArray(record.local_refs) && isObj(record.local_refs[0]) ? (record.local_refs[0] as Obj) : undefined;
    const localRef = id ? id : firstLocal && typeof firstLocal.value === 'string' ? JSON.stringify([firstLocal.system, firstLocal.value, firstLocal.issuer ?? null]) : undefined;
    const at = typeof record.created === 'string' && TIMESTAMP.test(record.created) ? record.created : created;
    const newId = localRef ? localRecordId(type, String(record.source ?? ''), localRef, at) : `${type}--${uuidv7({ msecs: new Date(at).getTime() })}`;
    record.id = newId;
    assigned.push({ pointer: `/${index}/id`, ...(id ? { from: id } : {}), to: newId });
    if (id) {
      byRef.set(id, [...(byRef.get(id) ?? []), newId]);
      typedRef.set(`${type}\u0000${id}`, newId);
    }
  });

  records.forEach((record, index) => {
    const type = String(record.type);
    if (!(RECORD_TYPES as readonly string[]).includes(type)) return;
    for (const field of referenceFields(type)) {
      eachAt(record, field.path, `/${index}`, (value, pointer, set) => {
        const ref = value.trim();
        if (RECORD_ID.test(ref) || /^observable--/.test(ref)) return;
        let to: string | undefined;
        if (field.target) to = typedRef.get(`${field.target}\u0000${ref}`);
        else {
          const ids = byRef.get(ref) ?? [];
          if (ids.length > 1) {
            problems.push({ severity: 'error', code: 'ambiguous_local_ref', pointer, message: `"${ref}" is the local reference of ${ids.length} records of different families; write the id of the one meant` });
            return;
          }
          to = ids[0];
        }
        if (to === undefined) {
          problems.push({ severity: 'error', code: 'unresolved_local_ref', pointer, message: `"${ref}" is neither a GPOS id nor the id cell of any ${field.target ?? 'record'} in the sheets` });
          return;
        }
        set(to);
        assigned.push({ pointer, from: ref, to });
      });
    }
  });
  // the envelope fields first, in the schema's order, as a person reading the JSON expects them
  const LEADING = ['type', 'id', 'spec_version', 'created', 'modified'];
  const ordered = records.map((r) => Object.fromEntries([...LEADING.filter((k) => k in r).map((k) => [k, r[k]]), ...Object.entries(r).filter(([k]) => !LEADING.includes(k))]));
  return { records: ordered, assigned, problems };
}
