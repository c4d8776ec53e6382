import { SPEC_VERSION } from '@gpos/schema/constants';
import type { GposRecord } from '@gpos/types';
import { schemaValidator } from './chunks.js';
import type { SchemaValidateFunction, ValidatorChunk } from './generated/schema-validators.js';
import type { EventType } from './generated/schema-ids.js';
import type { ExtensionRegistry } from './extensions/registry.js';
import { findHazard, MAX_DEPTH, MAX_STRING_LENGTH } from './guard.js';
import { escapeToken } from './pointer.js';
import type { Problem, ProblemRecord } from './problem.js';
import { versionKey } from './rules/duplicate-record.js';
import { rules as allRules } from './rules/index.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { schemaProblems, show } from './schema-messages.js';
import { enterRecord, isObject, leaveRecord } from './walk.js';

/** The record families, in the order messages list them; each family's precompiled check is a chunk of its own (chunks.ts). */
const FAMILIES = ['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic'] as const;
type Family = (typeof FAMILIES)[number];
const isFamily = (type: unknown): type is Family => typeof type === 'string' && (FAMILIES as readonly string[]).includes(type);

/** `indicator` → `validateIndicator`, the export of its chunk (remembered: it is asked for on every record). */
const exportNames = new Map<string, string>();
function exportOf(name: string): string {
  let known = exportNames.get(name);
  if (known === undefined) exportNames.set(name, (known = `validate${name[0]!.toUpperCase()}${name.slice(1)}`));
  return known;
}

/**
 * A precompiled schema check, from its chunk (loaded on first use). When the chunk is not available yet (the
 * browser entry before its import), a stand-in that passes: the run is discarded and repeated once it is loaded.
 */
function validatorOf(name: Family | 'bundle' | 'retraction'): SchemaValidateFunction {
  return schemaValidator(name, exportOf(name)) ?? NOT_LOADED;
}

const NOT_LOADED: SchemaValidateFunction = () => true;

/** The exchange's event envelopes (schemas/exchange/events.json): event type → export of the `events` chunk. */
const EVENT_EXPORTS: Readonly<Record<EventType, string>> = {
  'bundle.published': 'validateEventBundlePublished',
  'indicators.published': 'validateEventIndicatorsPublished',
  'indicators.updated': 'validateEventIndicatorsUpdated',
  'indicators.retracted': 'validateEventIndicatorsRetracted',
  'takedown.requested': 'validateEventTakedownRequested',
  'takedown.outcome': 'validateEventTakedownOutcome',
  'case.referred': 'validateEventCaseReferred',
  'case.referral_acknowledged': 'validateEventCaseReferralAcknowledged',
  'commitment.progress_reported': 'validateEventCommitmentProgressReported',
};

const eventValidator = (type: EventType): SchemaValidateFunction => schemaValidator('events' satisfies ValidatorChunk, EVENT_EXPORTS[type]) ?? NOT_LOADED;

const isEventType = (type: unknown): type is EventType => typeof type === 'string' && Object.prototype.hasOwnProperty.call(EVENT_EXPORTS, type);

/** How to run the checks. */
export interface CheckOptions {
  /** Rule codes to skip (semantic rules only; schema checks always run). */
  readonly disable?: readonly string[];
  /** A partner's own extension namespaces and their validators, beside the standard's registry. */
  readonly extensions?: ExtensionRegistry;
}

/** Schema problems of one value against one schema, pointers relative to the value. */
export function schemaCheck(name: string, validator: SchemaValidateFunction, value: unknown): Problem[] {
  if (validator(value)) return [];
  return schemaProblems(validator.errors ?? [], value, name).map((p) => ({ severity: 'error' as const, ...p }));
}

interface Entry {
  readonly value: unknown;
  readonly prefix: string;
  readonly index: number;
}

const prefixed = (problem: Problem, prefix: string, record: ProblemRecord | undefined): Problem =>
  record ? { ...problem, pointer: prefix + problem.pointer, record } : { ...problem, pointer: prefix + problem.pointer };

/** What a problem says of its record: its index in a list, when it has one, and its id and type; undefined for a lone record with neither. */
function recordOf(value: unknown, index: number | undefined): ProblemRecord | undefined {
  const info = recordInfo(value, index);
  return info.index !== undefined || info.id !== undefined || info.type !== undefined ? info : undefined;
}

function recordInfo(value: unknown, index: number | undefined): ProblemRecord {
  const info: { index?: number; id?: string; type?: string } = {};
  if (index !== undefined) info.index = index;
  if (isObject(value)) {
    if (typeof value.id === 'string') info.id = value.id;
    if (typeof value.type === 'string') info.type = value.type;
  }
  return info;
}

/** The active rules that look at records of `family` (those that declare no families look at all of them). */
const byFamily = new WeakMap<readonly Rule[], Map<string, readonly Rule[]>>();
let lastActive: readonly Rule[] | undefined;
let lastFamily: string | undefined;
let lastRules: readonly Rule[] = [];

function rulesFor(active: readonly Rule[], family: Family): readonly Rule[] {
  // a feed is mostly one family: the last answer first
  if (active === lastActive && family === lastFamily) return lastRules;
  let known = byFamily.get(active);
  if (!known) byFamily.set(active, (known = new Map()));
  let list = known.get(family);
  if (!list) known.set(family, (list = active.filter((rule) => rule.families === undefined || rule.families.includes(family))));
  lastActive = active;
  lastFamily = family;
  lastRules = list;
  return list;
}

/** A rule that crashes is a validator bug: it says so rather than pass or throw. */
function crashed(rule: Rule, error: unknown, pointer: string): Problem[] {
  return [{ severity: 'error', code: 'internal_error', pointer, message: `The check "${rule.code}" failed unexpectedly (${error instanceof Error ? error.message : String(error)}); please report this to the GPOS maintainers.` }];
}

/** Every active rule's problems with one record, appended to `out`. */
function runRecordRules(active: readonly Rule[], record: GposRecord, context: RuleContext, out: Problem[]): void {
  for (let i = 0; i < active.length; i++) {
    const rule = active[i]!;
    let problems: Problem[];
    try {
      problems = rule.check(record, context);
    } catch (error) {
      problems = crashed(rule, error, '');
    }
    for (let j = 0; j < problems.length; j++) out.push(problems[j]!);
  }
}

function runRules(active: readonly Rule[], run: (rule: Rule) => Problem[], pointer: string): Problem[] {
  let out: Problem[] | undefined;
  for (const rule of active) {
    let problems: Problem[];
    try {
      problems = run(rule);
    } catch (error) {
      problems = crashed(rule, error, pointer);
    }
    if (problems.length > 0) (out ??= []).push(...problems);
  }
  return out ?? [];
}

/**
 * The rules that also apply to a minimal retraction (common.json#/$defs/retraction): they read only the envelope.
 * Every other rule reads a family's own fields, which a retraction leaves out on purpose.
 */
const RETRACTION_RULES = new Set(['spec_version_newer', 'spec_version_older', 'date_order', 'duplicate_record', 'unresolved_reference']);

/**
 * A revoked record may be sent in its minimal form instead of in full (bundle.json's `x-gpos-dispatch.retraction`).
 * Returns the problems of the better fit: none when either schema accepts it, otherwise the shorter list, which is
 * the one of the form the producer was evidently writing.
 */
function revokedCheck(type: string, validator: SchemaValidateFunction, value: Record<string, unknown>): { problems: Problem[]; minimal: boolean } {
  const full = schemaCheck(type, validator, value);
  if (full.length === 0) return { problems: full, minimal: false };
  const minimal = schemaCheck(type, validatorOf('retraction'), value);
  return minimal.length <= full.length ? { problems: minimal, minimal: true } : { problems: full, minimal: false };
}

/** Checks one record entry: its type, its schema, then (when schema-valid) every active rule. */
/** Checks one record entry; `index` is its position in a list or bundle (undefined for a lone record), for the record its problems name. */
function checkEntry(entry: Entry, context: RuleContext, active: readonly Rule[], index: number | undefined): Problem[] {
  const { value, prefix } = entry;
  if (!isObject(value)) {
    return [prefixed({ severity: 'error', code: 'not_a_record', pointer: '', message: `Expected a record (a JSON object with a "type"), but found ${show(value)}.` }, prefix, recordOf(value, index))];
  }
  const type = value.type;
  if (!isFamily(type)) {
    const message =
      type === undefined
        ? `This record has no "type"; set it to one of ${FAMILIES.join(', ')}.`
        : type === 'bundle'
          ? 'A bundle cannot be nested inside another bundle or a list of records; send it on its own.'
          : isEventType(type)
            ? 'An exchange event cannot be nested inside a bundle or a list of records; validate it on its own.'
            : typeof type === 'string' && type.includes('.')
              ? `"type" is ${show(type)}, which is neither a record family nor an exchange event type; events are ${Object.keys(EVENT_EXPORTS).join(', ')}.`
              : `"type" is ${show(type)}, which is not a record family; use one of ${FAMILIES.join(', ')}.`;
    return [prefixed({ severity: 'error', code: 'unknown_record_type', pointer: '/type', message }, prefix, recordOf(value, index))];
  }
  const validator = validatorOf(type);
  const { problems, minimal } = value.revoked === true ? revokedCheck(type, validator, value) : { problems: schemaCheck(type, validator, value), minimal: false };
  if (problems.length === 0) {
    const rules = rulesFor(minimal ? active.filter((rule) => RETRACTION_RULES.has(rule.code)) : active, type);
    // the rules that walk the whole record share one walk of it (walk.ts)
    const outer = enterRecord(value);
    try {
      runRecordRules(rules, value as unknown as GposRecord, context, problems);
    } finally {
      leaveRecord(outer);
    }
  }
  if (problems.length === 0) return problems;
  const record = recordOf(value, index);
  return problems.map((p) => prefixed(p, prefix, record));
}

const activeByList = new WeakMap<readonly string[], { readonly codes: readonly string[]; readonly active: readonly Rule[] }>();

/**
 * The rules left when `disable` is switched off. Callers pass the same options again and again, so the
 * answer is kept per list, with a copy of the list to notice when the caller has changed it since.
 */
function activeRules(disable: readonly string[] | undefined): readonly Rule[] {
  if (!disable?.length) return allRules;
  const known = activeByList.get(disable);
  if (known && known.codes.length === disable.length && known.codes.every((code, i) => code === disable[i])) return known.active;
  const codes = [...disable];
  const off = new Set(codes);
  const active = allRules.filter((rule) => !off.has(rule.code));
  activeByList.set(disable, { codes, active });
  return active;
}

/** The first pass: every id in the container with its type, and where each (id, modified) version occurs. */
function index(entries: readonly Entry[]): { ids: Map<string, string>; versions: Map<string, number[]> } {
  const ids = new Map<string, string>();
  const versions = new Map<string, number[]>();
  for (const { value, index: i } of entries) {
    if (!isObject(value) || typeof value.id !== 'string') continue;
    ids.set(value.id, typeof value.type === 'string' ? value.type : '');
    if (typeof value.modified === 'string') {
      const key = versionKey(value.id, value.modified);
      const list = versions.get(key);
      if (list) list.push(i);
      else versions.set(key, [i]);
    }
  }
  return { ids, versions };
}

/**
 * One map of index() for a lone record, built on first use. It holds one entry, which no rule reads today (the
 * rules that use `ids` and `versions` look across the records of a file or bundle): a line of a feed then costs
 * neither maps nor a version key.
 */
class LoneMap<V> implements ReadonlyMap<string, V> {
  #map: ReadonlyMap<string, V> | undefined;
  readonly #record: Record<string, unknown>;
  readonly #build: (record: Record<string, unknown>) => ReadonlyMap<string, V>;
  constructor(record: Record<string, unknown>, build: (record: Record<string, unknown>) => ReadonlyMap<string, V>) {
    this.#record = record;
    this.#build = build;
  }
  get #built(): ReadonlyMap<string, V> {
    return (this.#map ??= this.#build(this.#record));
  }
  get size(): number {
    return this.#built.size;
  }
  get(key: string): V | undefined {
    return this.#built.get(key);
  }
  has(key: string): boolean {
    return this.#built.has(key);
  }
  forEach(visit: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#built) visit.call(thisArg, value, key, this);
  }
  entries(): MapIterator<[string, V]> {
    return this.#built.entries();
  }
  keys(): MapIterator<string> {
    return this.#built.keys();
  }
  values(): MapIterator<V> {
    return this.#built.values();
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.#built[Symbol.iterator]();
  }
}

const loneIds = (record: Record<string, unknown>) => index([{ value: record, prefix: '', index: 0 }]).ids;
const loneVersions = (record: Record<string, unknown>) => index([{ value: record, prefix: '', index: 0 }]).versions;

/** The first pass over a lone record: index() of a list of it, each map made when first read. */
export function loneIndex(record: Record<string, unknown>): { ids: ReadonlyMap<string, string>; versions: ReadonlyMap<string, readonly number[]> } {
  return { ids: new LoneMap(record, loneIds), versions: new LoneMap<readonly number[]>(record, loneVersions) };
}

/** Every problem in a record, an array of records or a bundle; never throws. */
export function check(value: unknown, options: CheckOptions = {}, only?: 'record'): { problems: Problem[]; records: number } {
  const active = activeRules(options.disable);
  const extras = options.extensions ? { extensions: options.extensions } : {};
  const hazard = findHazard(value);
  if (hazard) {
    const message =
      hazard.kind === 'too_deep'
        ? `The data is nested more than ${MAX_DEPTH} levels deep here; GPOS records are never this deep, so the file is probably corrupt or hostile.`
        : `This text is ${hazard.length ?? 0} characters long, more than the ${MAX_STRING_LENGTH} this validator accepts (no field of the standard allows more than 100 000); the file is probably corrupt.`;
    return { problems: [{ severity: 'error', code: hazard.kind, pointer: hazard.pointer, message }], records: 0 };
  }
  if (Array.isArray(value) || (isObject(value) && value.type === 'bundle')) {
    if (only === 'record') {
      return { problems: [{ severity: 'error', code: 'not_a_record', pointer: '', message: `Expected a single record, but found ${Array.isArray(value) ? 'a list of records' : 'a bundle'}; use validate() for those.` }], records: 0 };
    }
  }
  if (Array.isArray(value)) {
    const entries = value.map((item, i) => ({ value: item, prefix: `/${i}`, index: i }));
    const { ids, versions } = index(entries);
    const problems: Problem[] = [];
    for (const entry of entries) {
      const context: RuleContext = { container: 'array', index: entry.index, ids, versions, specVersion: SPEC_VERSION, ...extras };
      problems.push(...checkEntry(entry, context, active, entry.index));
    }
    return { problems, records: entries.length };
  }
  if (isObject(value) && value.type === 'bundle') return checkBundle(value, active, extras);
  if (isObject(value) && isEventType(value.type)) {
    if (only === 'record') {
      return { problems: [{ severity: 'error', code: 'not_a_record', pointer: '', message: 'Expected a single record, but found an exchange event; use validate() for events.' }], records: 0 };
    }
    return checkEvent(value, value.type, active, extras);
  }
  if (!isObject(value)) {
    return { problems: [{ severity: 'error', code: 'not_a_record', pointer: '', message: `Expected a record, a list of records or a bundle (a JSON object or array), but found ${show(value)}.` }], records: 0 };
  }
  // a lone record, the common case (one per NDJSON line): its first pass is only made if a rule asks for it
  const { ids, versions } = loneIndex(value);
  const context: RuleContext = options.extensions
    ? { container: 'record', index: 0, ids, versions, specVersion: SPEC_VERSION, extensions: options.extensions }
    : { container: 'record', index: 0, ids, versions, specVersion: SPEC_VERSION };
  return { problems: checkEntry({ value, prefix: '', index: 0 }, context, active, undefined), records: 1 };
}

function checkBundle(bundle: Record<string, unknown>, active: readonly Rule[], extras: { extensions?: ExtensionRegistry }): { problems: Problem[]; records: number } {
  // the bundle schema checks the envelope; each record is dispatched on its own `type` below, never through the bundle schema
  const problems = schemaCheck('bundle', validatorOf('bundle'), bundle).filter((p) => !/^\/records\/\d+(\/|$)/.test(p.pointer));
  const records = Array.isArray(bundle.records) ? bundle.records : [];
  const entries = records.map((item, i) => ({ value: item, prefix: `/records/${i}`, index: i }));
  const { ids, versions } = index(entries);
  const outer = { tlp: bundle.tlp, spec_version: bundle.spec_version, scope: bundle.scope };
  const stubs = stubIds(bundle.references);
  if (problems.length === 0) {
    const context: RuleContext = { container: 'bundle', index: -1, bundle: outer, ids, versions, specVersion: SPEC_VERSION, stubs, ...extras };
    problems.push(...runRules(active, (rule) => (rule.checkBundle ? rule.checkBundle(bundle, context) : []), ''));
  }
  for (const entry of entries) {
    const context: RuleContext = { container: 'bundle', index: entry.index, bundle: outer, ids, versions, specVersion: SPEC_VERSION, stubs, ...extras };
    problems.push(...checkEntry(entry, context, active, entry.index));
  }
  return { problems, records: entries.length };
}

/**
 * An exchange event: its envelope against events.json, then the bundle it carries (if any) as a bundle is
 * checked on its own — envelope, then each record dispatched on its type with every rule — so a record's
 * problems are reported once, under `/data/bundle`, with the same codes as in a bundle file.
 */
function checkEvent(event: Record<string, unknown>, type: EventType, active: readonly Rule[], extras: { extensions?: ExtensionRegistry }): { problems: Problem[]; records: number } {
  const bundle = isObject(event.data) ? event.data.bundle : undefined;
  // a value that is not even a bundle is left to the event schema, which says what is wrong with it
  const carried = isObject(bundle) && bundle.type === 'bundle';
  const problems = schemaCheck(type, eventValidator(type), event).filter((p) => !(carried && /^\/data\/bundle(\/|$)/.test(p.pointer)));
  if (!carried) return { problems, records: 1 };
  const inner = checkBundle(bundle, active, extras);
  problems.push(...inner.problems.map((p) => ({ ...p, pointer: `/data/bundle${p.pointer}` })));
  return { problems, records: inner.records };
}

/** The ids a delta bundle names in `references` without carrying the records. */
function stubIds(references: unknown): ReadonlySet<string> {
  const out = new Set<string>();
  if (Array.isArray(references)) for (const stub of references) if (isObject(stub) && typeof stub.id === 'string') out.add(stub.id);
  return out;
}

/** Whether a value is schema-valid for one family; used by the type guards. */
export function schemaValid(name: string, value: unknown, inBundle = false): boolean {
  if (!isObject(value) || value.type !== name) return false;
  if (name !== 'bundle' && !isFamily(name)) return false;
  // a guard answers from the check itself: false, never a stand-in, when its chunk is not loaded
  const validator = schemaValidator(name, exportOf(name));
  if (!validator || findHazard(value) !== undefined) return false;
  // a bundle's record may be a minimal retraction; a lone value passed to isIndicator() must be the full record its type promises
  if (!validator(value) && !(inBundle && value.revoked === true && schemaValidator('retraction', 'validateRetraction')?.(value))) return false;
  if (name !== 'bundle') return true;
  const records = value.records as unknown[];
  return records.every((r) => isObject(r) && typeof r.type === 'string' && schemaValid(r.type, r, true));
}

export { escapeToken };
