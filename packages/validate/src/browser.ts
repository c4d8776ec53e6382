/**
 * `@gpos/validate/browser`: the reference validator for web pages, with a small first load. The same checks and
 * the same verdicts as `@gpos/validate`, but `validate` is async: each record family's precompiled schema check,
 * the codelists and the normaliser are separate chunks, imported the first time a value needs them, and the
 * normaliser fetches the Public Suffix List and the phone metadata only for an observable that needs one.
 *
 * Why async here and sync in `@gpos/validate`: a browser cannot load code synchronously, so a page awaits the
 * chunks; Node can (`require`), so the main entry keeps its synchronous API and loads the same chunks on first use.
 *
 * @packageDocumentation
 */
import { run, type ValidateOptions } from './api.js';
import { takeMissing, useLoader, type ChunkName } from './chunks.js';
import { isObject } from './walk.js';
import { browserNormalizer, CHUNK_NAMES, fetchChunks, load } from './load/browser.js';
import { ValidationError, type ValidationResult } from './problem.js';

useLoader(load);

const FAMILIES = new Set(['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic']);

/** The chunks a value evidently needs, read from the `type` of each record it holds (a guess; the run says for sure). */
function needs(value: unknown): Set<ChunkName> {
  const out = new Set<ChunkName>();
  const record = (item: unknown) => {
    if (!isObject(item) || typeof item.type !== 'string' || !FAMILIES.has(item.type)) return;
    out.add(item.type as ChunkName).add('codelists');
    if (item.revoked === true) out.add('retraction');
    if (item.type === 'indicator' && isObject(item.observable)) out.add('normalize');
    if (isObject(item.extensions)) out.add('extensions');
  };
  const bundle = (item: unknown) => {
    if (!isObject(item) || item.type !== 'bundle') return false;
    out.add('bundle');
    if (Array.isArray(item.records)) item.records.forEach(record);
    return true;
  };
  if (Array.isArray(value)) value.forEach(record);
  else if (isObject(value) && typeof value.type === 'string' && value.type.includes('.')) {
    out.add('events');
    if (isObject(value.data)) bundle(value.data.bundle);
  } else if (!bundle(value)) record(value);
  return out;
}

/** At most this many runs: the first, then one for the chunks it found missing, one for the normaliser's data. */
const MAX_RUNS = 4;

async function runLoaded(value: unknown, options: ValidateOptions, only?: 'record'): Promise<ValidationResult> {
  await fetchChunks(needs(value));
  let result: ValidationResult | undefined;
  for (let round = 0; round < MAX_RUNS; round++) {
    takeMissing();
    browserNormalizer()?.takeMissingHeavy();
    result = run(value, options, only);
    // what the run asked for and did not have: fetch it and run again (a run that lacked nothing is the answer)
    const chunks = takeMissing();
    const heavy = browserNormalizer()?.takeMissingHeavy() ?? [];
    if (chunks.length === 0 && heavy.length === 0) return result;
    await fetchChunks(chunks);
    if (heavy.length) await browserNormalizer()?.loadHeavy(heavy);
  }
  return result!;
}

/**
 * Validates a record, an array of records or a bundle (or an exchange event). Never rejects, whatever the input;
 * the problems are those `validate` of `@gpos/validate` reports for the same value.
 */
export function validate(value: unknown, options: ValidateOptions = {}): Promise<ValidationResult> {
  return runLoaded(value, options);
}

/** Validates exactly one record (not an array, not a bundle). Never rejects. */
export function validateRecord(record: unknown, options: ValidateOptions = {}): Promise<ValidationResult> {
  return runLoaded(record, options, 'record');
}

/** Rejects with a {@link ValidationError} carrying every problem unless `value` is valid. */
export async function assertValid(value: unknown, options: ValidateOptions = {}): Promise<void> {
  const result = await validate(value, options);
  if (!result.valid) throw new ValidationError(result.problems);
}

/**
 * Fetches every chunk, the Public Suffix List and the phone metadata now — for a page that must keep working
 * offline once loaded, or that would rather pay the download before the first file than during it.
 */
export async function preload(): Promise<void> {
  await fetchChunks(CHUNK_NAMES);
  await browserNormalizer()?.loadHeavy();
}

export type { ValidateOptions } from './api.js';
export { failsRun, SEVERITIES, ValidationError, type Problem, type ProblemRecord, type Severity, type ValidationResult } from './problem.js';
export { rules, rulesByCode, type Rule, type RuleContext } from './rules/index.js';
export { SCHEMA_PROBLEM_CODES, type SchemaProblemCode } from './schema-messages.js';
export { EVENT_SCHEMA_IDS, SCHEMA_IDS, type EventType, type SchemaName } from './generated/schema-ids.js';
export { MAX_DEPTH, MAX_STRING_LENGTH } from './guard.js';
export { ENGINE_PROBLEM_CODES } from './engine-codes.js';
