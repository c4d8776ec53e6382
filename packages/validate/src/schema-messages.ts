import type { SchemaError } from './generated/schema-validators.js';
import { PROPERTY_NAMES } from './generated/property-names.js';
import { escapeToken, fieldName, resolvePointer, tokensOf } from './pointer.js';
import type { Problem } from './problem.js';
import { closest } from './suggest.js';

/**
 * The problem code for each JSON Schema keyword. Stable: tools match on these. Every implementation of the
 * standard (the zod schemas included) reports schema failures with these codes.
 */
export const SCHEMA_PROBLEM_CODES = {
  required: 'schema_required',
  type: 'schema_type',
  enum: 'schema_enum',
  const: 'schema_const',
  pattern: 'schema_pattern',
  format: 'schema_format',
  additionalProperties: 'schema_additional_property',
  propertyNames: 'schema_property_name',
  minItems: 'schema_min_items',
  maxItems: 'schema_max_items',
  uniqueItems: 'schema_unique_items',
  minLength: 'schema_min_length',
  maxLength: 'schema_max_length',
  minimum: 'schema_minimum',
  maximum: 'schema_maximum',
  exclusiveMinimum: 'schema_exclusive_minimum',
  exclusiveMaximum: 'schema_exclusive_maximum',
  multipleOf: 'schema_multiple_of',
  minProperties: 'schema_min_properties',
  maxProperties: 'schema_max_properties',
  anyOf: 'schema_any_of',
  oneOf: 'schema_one_of',
} as const;

export type SchemaProblemCode = (typeof SCHEMA_PROBLEM_CODES)[keyof typeof SCHEMA_PROBLEM_CODES];

const CODE_PATTERN = '^[a-z0-9]+(?:_[a-z0-9]+)*(?:\\.[a-z0-9]+(?:_[a-z0-9]+)*)*$';
const ID_EXAMPLE = '0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e';

/** What each pattern of the standard asks for, in words. */
const PATTERN_WORDS: Readonly<Record<string, string>> = {
  [CODE_PATTERN]: 'a code in lower-case snake_case, with dots between levels (for example "bank_account_frozen" or "investment.relationship")',
  '^1\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$': 'a 1.x.y version of the standard, such as "1.0.0"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$': 'an RFC 3339 timestamp in UTC ending in Z, such as "2026-03-14T09:26:53Z"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a date written YYYY-MM-DD, such as "2026-03-14"',
  '^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\\s]+$': 'an organisation reference: an upper-case scheme, a colon and an identifier without spaces, such as "TH-GOV:aoc1441"',
  '^[A-Z]{2}$': 'an ISO 3166-1 alpha-2 country code in upper case, such as "TH"',
  '^[A-Z]{2}-[A-Z0-9]{1,3}$': 'an ISO 3166-2 subdivision code, such as "TH-10"',
  '^[A-Z]{3}$': 'an ISO 4217 currency code in upper case, such as "THB"',
  '^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$': 'a non-negative decimal number written as a string, such as "1250.00" (no thousands separators, no sign, no exponent)',
  '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$': 'a BCP 47 language tag, such as "en", "th" or "es-PE"',
  '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$': 'an extension namespace in lower case, with dots between parts (for example "gpos.example")',
  '^https?://': 'an absolute URL starting with http:// or https://',
  '^[0-9a-f]{64}$': 'a SHA-256 digest: 64 lower-case hexadecimal characters',
  '^[A-Za-z0-9_-]{43}$': 'an HMAC-SHA-256 output in base64url without padding (43 characters)',
  '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$': 'a key id of letters, digits, dots, underscores, colons or hyphens',
  '^[A-Za-z0-9._-]{1,64}$': 'an identifier of 1 to 64 letters, digits, dots, underscores or hyphens',
  '^(/([^~/]|~[01])*)*$': 'a JSON Pointer such as "/milestones/0"',
  '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$': `a lower-case UUID such as "${ID_EXAMPLE}"`,
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$': 'a semantic version such as "1.2.3"',
  '^[0-9]{6,8}$': 'the first 6 to 8 digits of a card',
  '^[0-9]{4}$': 'exactly four digits',
  '^[A-Z]{4}$': 'a four-letter upper-case code such as "MBNO"',
  '^[a-z0-9_]+$': 'lower-case letters, digits and underscores',
  '^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}$': 'a CAIP-2 chain id such as "eip155:1"',
  '^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}/[-a-z0-9]{3,8}:[-.%a-zA-Z0-9]{1,128}$': 'a CAIP-19 asset type such as "eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7"',
  '^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+$': 'a detached JWS in compact form ("header..signature")',
};

function patternWords(pattern: string): string {
  const known = PATTERN_WORDS[pattern];
  if (known) return known;
  const id = /^\^\(?([a-z|]+)\)?--/.exec(pattern);
  if (id) {
    const types = id[1]!.split('|');
    const type = types[0]!;
    return types.length > 1
      ? `a record id: the record type, two hyphens and a lower-case UUID (for example "${type}--${ID_EXAMPLE}")`
      : `an id starting "${type}--" followed by a lower-case UUID (for example "${type}--${ID_EXAMPLE}")`;
  }
  return `text matching the pattern ${pattern}`;
}

const FORMAT_WORDS: Readonly<Record<string, string>> = {
  'date-time': 'a real date and time (RFC 3339)',
  date: 'a real calendar date',
  uri: 'a valid absolute URL',
};

/** A short rendering of a value for messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function typeWords(type: unknown): string {
  const words: Record<string, string> = {
    string: 'text (a string)',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list (an array)',
    null: 'null',
  };
  return Array.isArray(type) ? type.map((t) => words[String(t)] ?? String(t)).join(' or ') : words[String(type)] ?? String(type);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true/false';
  return 'an object';
}

function allowedNames(schema: string, instancePath: string): readonly string[] {
  const key = tokensOf(instancePath)
    .map((t) => (/^\d+$/.test(t) ? '*' : t))
    .map((t) => `/${escapeToken(t)}`)
    .join('');
  return PROPERTY_NAMES[schema]?.[key] ?? [];
}

function listCodes(values: readonly unknown[]): string {
  const shown = values.slice(0, 30).map((v) => String(v));
  return shown.join(', ') + (values.length > shown.length ? `, … (${values.length - shown.length} more)` : '');
}

/** One schema error as a problem, with a message naming the field and what it expects. Pointers are relative to the checked value. */
function toProblem(error: SchemaError, data: unknown, schema: string, keyPattern?: string): { code: string; message: string; pointer: string } {
  const here = error.instancePath;
  const field = `"${fieldName(here)}"`;
  const value = () => resolvePointer(data, here);
  const params = error.params;
  const code = (SCHEMA_PROBLEM_CODES as Record<string, string>)[error.keyword] ?? `schema_${error.keyword.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const pointer = `${here}/${escapeToken(missing)}`;
      const within = here ? ` in "${fieldName(here)}"` : '';
      return { code, pointer, message: `The required field "${missing}" is missing${within}; add it.` };
    }
    case 'type':
      return { code, pointer: here, message: `${field} must be ${typeWords(params.type)}, but it is ${kindOf(value())}.` };
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      const got = value();
      const guess = typeof got === 'string' ? closest(got, allowed.map(String)) : undefined;
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return { code, pointer: here, message: `${field} is ${show(got)}, which is not an allowed code. Use one of: ${listCodes(allowed)}.${hint}` };
    }
    case 'const':
      return { code, pointer: here, message: `${field} must be ${show(params.allowedValue)}, but it is ${show(value())}.` };
    case 'pattern':
      return { code, pointer: here, message: `${field} must be ${patternWords(String(params.pattern))}; it is ${show(value())}.` };
    case 'format': {
      const format = String(params.format);
      return { code, pointer: here, message: `${field} must be ${FORMAT_WORDS[format] ?? `in ${format} format`}; ${show(value())} is not.` };
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const guess = closest(name, allowedNames(schema, here));
      const hint = guess ? ` Did you mean "${guess}"?` : ' Remove it, or carry it under "extensions" with a registered namespace.';
      const where = here ? `"${fieldName(here)}"` : 'this record';
      return { code, pointer: `${here}/${escapeToken(name)}`, message: `"${name}" is not a field of ${where}.${hint}` };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const expected = keyPattern ? ` Keys here must be ${patternWords(keyPattern)}.` : '';
      return { code, pointer: `${here}/${escapeToken(name)}`, message: `The key ${show(name)} is not allowed in ${field}.${expected}` };
    }
    case 'minItems':
      return { code, pointer: here, message: `${field} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.` };
    case 'maxItems':
      return { code, pointer: here, message: `${field} may list at most ${String(params.limit)} items; split the data or remove some.` };
    case 'uniqueItems':
      return { code, pointer: here, message: `${field} lists the same value twice (items ${String(params.j)} and ${String(params.i)}); remove the duplicate.` };
    case 'minLength':
      return { code, pointer: here, message: `${field} must not be empty (at least ${String(params.limit)} character${params.limit === 1 ? '' : 's'}).` };
    case 'maxLength':
      return { code, pointer: here, message: `${field} is too long: at most ${String(params.limit)} characters are allowed.` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code, pointer: here, message: `${field} must be ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${String(params.limit)}; it is ${show(value())}.` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { code, pointer: here, message: `${field} must be ${error.keyword === 'maximum' ? 'at most' : 'less than'} ${String(params.limit)}; it is ${show(value())}.` };
    case 'minProperties':
      return { code, pointer: here, message: `${field} must not be empty: give at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}.` };
    case 'anyOf':
      if (params.shape === true) return { code, pointer: here, message: `${field} must be text: a string, or text by language such as {"en": "…", "th": "…"}; it is ${show(value())}.` };
      return { code, pointer: here, message: `${field} must be a date ("2026-03-14") or a UTC timestamp ("2026-03-14T09:26:53Z"); it is ${show(value())}.` };
    default:
      return { code, pointer: here, message: `${field} does not satisfy the schema (${error.keyword}).` };
  }
}

/**
 * Schema errors as problems: one per real mistake. A `date_or_timestamp` union reports once instead of once
 * per branch, a pattern failure hides the format failure of the same value, and a bad key reports once.
 */
/** The schema path of an error within the common `text` definition (text by language). */
const TEXT_BRANCH = /(^|#)\/\$defs\/text\//;

export function schemaProblems(errors: readonly SchemaError[], data: unknown, schema: string): Array<{ code: string; message: string; pointer: string }> {
  // a union of a plain string and text by language (1.1's free-text fields) is told apart by its branches' type
  // errors at the union's own place: report what is wrong within the branch that fits the value's type, or the
  // union itself when neither fits
  const shapeUnions = new Set<string>();
  const under = (e: SchemaError, at: string) => e.instancePath === at || e.instancePath.startsWith(`${at}/`);
  for (const e of errors) {
    if (e.keyword === 'anyOf' && errors.some((b) => under(b, e.instancePath) && TEXT_BRANCH.test(b.schemaPath))) shapeUnions.add(e.instancePath);
  }
  if (shapeUnions.size > 0) {
    const fits = new Set([...shapeUnions].filter((at) => errors.some((e) => under(e, at) && e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.instancePath === at))));
    errors = errors.flatMap((e) => {
      if (!shapeUnions.has(e.instancePath)) return [e];
      if (e.keyword === 'type') return [];
      if (e.keyword === 'anyOf') return fits.has(e.instancePath) ? [] : [{ ...e, params: { ...e.params, shape: true } }];
      return [e];
    });
  }
  const unions = new Set(errors.filter((e) => (e.keyword === 'anyOf' && !e.params.shape) || e.keyword === 'oneOf').map((e) => e.instancePath));
  const patterned = new Set(errors.filter((e) => e.keyword === 'pattern' && !('propertyName' in e)).map((e) => e.instancePath));
  const keyPatterns = new Map<string, string>();
  for (const e of errors) if (e.keyword === 'pattern' && 'propertyName' in e) keyPatterns.set(`${e.instancePath}\u0000${String((e as { propertyName?: unknown }).propertyName)}`, String(e.params.pattern));
  const out: Array<{ code: string; message: string; pointer: string }> = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (unions.has(error.instancePath) && error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
    if (error.keyword === 'format' && patterned.has(error.instancePath)) continue;
    if (error.keyword === 'pattern' && 'propertyName' in error) continue; // reported by its propertyNames error
    const problem = toProblem(error, data, schema, keyPatterns.get(`${error.instancePath}\u0000${String(error.params.propertyName)}`));
    const key = `${problem.code}\u0000${problem.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

export type { Problem };
