/**
 * The reference validator of the GPOS Open Scam Data Standard: precompiled JSON Schema checks (dispatched on
 * each record's `type`) plus the semantic rules JSON Schema cannot express.
 *
 * @packageDocumentation
 */
import type { Bundle, Commitment, GposRecord, Indicator, Organization, VictimCase } from '@gpos/types';
import { load } from '#load';
import { useLoader } from './chunks.js';
import { run, type ValidateOptions } from './api.js';
import { schemaValid } from './engine.js';
import { ValidationError, type ValidationResult } from './problem.js';

// Node requires each chunk (a family's precompiled checks, the codelists, the normaliser) on first use; bundlers
// get them all up front (package.json `imports`, `#load`). `@gpos/validate/browser` loads them with import().
useLoader(load);

export type { ValidateOptions } from './api.js';

/**
 * Validates a record, an array of records or a bundle. Never throws, whatever the input.
 *
 * @returns `valid` is false when any problem is an error (or, with `strict`, a warning); `problems` lists
 *   every problem with a JSON Pointer from the root of `value`.
 */
export function validate(value: unknown, options: ValidateOptions = {}): ValidationResult {
  return run(value, options);
}

/** Validates exactly one record (not an array, not a bundle). Never throws. */
export function validateRecord(record: unknown, options: ValidateOptions = {}): ValidationResult {
  return run(record, options, 'record');
}

/**
 * Throws a {@link ValidationError} carrying every problem unless `value` is valid.
 * On return, `value` is a schema- and rule-valid record, array of records or bundle.
 */
export function assertValid(value: unknown, options: ValidateOptions = {}): asserts value is GposRecord | GposRecord[] | Bundle {
  const result = validate(value, options);
  if (!result.valid) throw new ValidationError(result.problems);
}

const guard = (name: string, value: unknown) => {
  try {
    return schemaValid(name, value);
  } catch {
    return false;
  }
};

/** True when `value` is a schema-valid indicator (semantic rules are not run; use {@link validate} for those). */
export const isIndicator = (value: unknown): value is Indicator => guard('indicator', value);
/** True when `value` is a schema-valid victim case (semantic rules are not run). */
export const isCase = (value: unknown): value is VictimCase => guard('case', value);
/** True when `value` is a schema-valid commitment (semantic rules are not run). */
export const isCommitment = (value: unknown): value is Commitment => guard('commitment', value);
/** True when `value` is a schema-valid organisation (semantic rules are not run). */
export const isOrganization = (value: unknown): value is Organization => guard('organization', value);
/** True when `value` is a schema-valid bundle whose every record is schema-valid for its `type` (semantic rules are not run). */
export const isBundle = (value: unknown): value is Bundle => guard('bundle', value);

export { failsRun, SEVERITIES, ValidationError, type Problem, type ProblemRecord, type Severity, type ValidationResult } from './problem.js';
export { rules, rulesByCode, type Rule, type RuleContext } from './rules/index.js';
export { SCHEMA_PROBLEM_CODES, type SchemaProblemCode } from './schema-messages.js';
export { EVENT_SCHEMA_IDS, SCHEMA_IDS, type EventType, type SchemaName } from './generated/schema-ids.js';
export { MAX_DEPTH, MAX_STRING_LENGTH } from './guard.js';
export { ISO_4217_MINOR_UNITS, minorUnits } from './data/iso4217.js';
export { EXTENSION_REGISTRY, extensionValidator, type ExtensionRegistry, type ExtensionValidator } from './extensions/registry.js';
export { PRIVATE_EXTENSION_NAMESPACE } from '@gpos/schema/constants';
export { setNormalizer, type NormalizerApi } from './normalizer.js';

export { ENGINE_PROBLEM_CODES } from './engine-codes.js';
