/**
 * The reference validator of the GPOS Open Scam Data Standard: precompiled JSON Schema checks (dispatched on
 * each record's `type`) plus the semantic rules JSON Schema cannot express.
 *
 * @packageDocumentation
 */
import type { Bundle, Commitment, GposRecord, Indicator, Organization, VictimCase } from '@gpos/types';
import { check, schemaValid } from './engine.js';
import type { ExtensionRegistry } from './extensions/registry.js';
import { failing, ValidationError, type ValidationResult } from './problem.js';

/** Options for {@link validate}. */
export interface ValidateOptions {
  /** Treat warnings as failures too (as `gpos validate --strict` does). Default false. */
  readonly strict?: boolean;
  /** Turn semantic rules off by code, e.g. `{ disable: ['possible_personal_data_in_text'] }`. Schema checks always run. */
  readonly rules?: { readonly disable?: readonly string[] };
  /**
   * A partner's own extension namespaces (reverse-DNS names such as `com.example.fraud_scores`) with the validator
   * of each, checked beside the standard's registry. Build them with {@link extensionValidator} from a compiled
   * JSON Schema; `gpos validate --extensions DIR` does it from a folder of schema files.
   */
  readonly extensions?: ExtensionRegistry;
}

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

function run(value: unknown, options: ValidateOptions, only?: 'record'): ValidationResult {
  try {
    const { problems, records } = check(value, { ...(options.rules?.disable ? { disable: options.rules.disable } : {}), ...(options.extensions ? { extensions: options.extensions } : {}) }, only);
    return { valid: !failing(problems, options.strict ?? false), problems, records };
  } catch (error) {
    // the last line of defence: exotic inputs (throwing getters, proxies, stack exhaustion) become a problem, not an exception
    const message = `The validator could not check this value (${error instanceof Error ? error.message : String(error)}).`;
    return { valid: false, problems: [{ severity: 'error', code: 'internal_error', pointer: '', message }], records: 0 };
  }
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
export { PRIVATE_EXTENSION_NAMESPACE } from '@gpos/schema';
export { setNormalizer, type NormalizerApi } from './normalizer.js';

/**
 * Problem codes the validator itself reports, outside the schema and the rules: input that is not a record,
 * a record of no known family, nesting too deep or strings too long to be real data, and a validator failure.
 */
export const ENGINE_PROBLEM_CODES = ['not_a_record', 'unknown_record_type', 'too_deep', 'too_long', 'internal_error'] as const;
