import type { Severity } from '../problem.js';
import { SHEET_RULES } from './sheet-rules.js';

/** Everything `gpos rules`, `gpos explain` and the SARIF report say about a problem code. */
export interface RuleDoc {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly summary: string;
  readonly rationale?: string;
  /** A value (or, for file-level checks, a text) the check rejects, and the same corrected. */
  readonly wrong?: unknown;
  readonly right?: unknown;
  /** Who reports it: the file reader of this CLI, the JSON Schema, the validator engine, or a semantic rule. */
  readonly source: 'file' | 'schema' | 'engine' | 'rule';
}

/** Problems found while reading files, before any record is validated. */
const FILE_RULES: RuleDoc[] = [
  {
    code: 'json_syntax',
    severity: 'error',
    source: 'file',
    title: 'Not valid JSON',
    summary: 'The file (or an NDJSON line) is not valid JSON; the position of the first mistake is reported.',
    rationale: 'Nothing after a syntax error can be read reliably. The usual causes are a missing comma, a trailing comma, single quotes, comments, or a file cut short by an export.',
    wrong: '{ "type": "indicator", "tlp": "green", }',
    right: '{ "type": "indicator", "tlp": "green" }',
  },
  {
    code: 'json_duplicate_key',
    severity: 'error',
    source: 'file',
    title: 'Property given twice',
    summary: 'An object has the same property twice; the position of the second one is reported.',
    rationale: 'RFC 8259 leaves duplicate names undefined: JavaScript keeps the last value, other readers keep the first or fail, so two partners would read different data from the same file.',
    wrong: '{ "tlp": "green", "tlp": "red" }',
    right: '{ "tlp": "red" }',
  },
  {
    code: 'json_unsafe_number',
    severity: 'warning',
    source: 'file',
    title: 'Number that JSON readers cannot keep exactly',
    summary: 'An integer beyond ±2^53 (or a number too large to represent) changes when read by JavaScript and most JSON libraries.',
    rationale: 'Readers store JSON numbers as 64-bit floats, so 12345678901234567890 silently becomes 12345678901234567000. A warning, not an error, because the text is valid JSON and a schema check may accept the rounded value; but it is almost always an identifier (account or card number) that belongs in a string.',
    wrong: '{ "value": 12345678901234567890 }',
    right: '{ "value": "12345678901234567890" }',
  },
  {
    code: 'json_too_deep',
    severity: 'error',
    source: 'file',
    title: 'Nested too deep',
    summary: 'The JSON nests more than 512 levels; reading stops there.',
    rationale: 'Real records nest fewer than 12 levels. Such depth is a generator bug or a hostile file, and recursive readers crash on it.',
    wrong: '[[[[[[ … 10 000 levels … ]]]]]]',
    right: '{ "type": "indicator", … }',
  },
  {
    code: 'file_encoding',
    severity: 'error',
    source: 'file',
    title: 'Not UTF-8',
    summary: 'The file is UTF-16/UTF-32, or holds bytes that are not valid UTF-8 (often Latin-1 or Windows-1252 text).',
    rationale: 'RFC 8259 requires UTF-8 for JSON exchanged between systems. Guessing another encoding would silently change names and messages in Thai, Khmer or Vietnamese. A UTF-8 byte-order mark is accepted.',
    wrong: 'a file saved as "Unicode" (UTF-16) by a spreadsheet or editor',
    right: 'the same file saved as "UTF-8"',
  },
  {
    code: 'file_no_records',
    severity: 'info',
    source: 'file',
    title: 'Empty NDJSON file',
    summary: 'An NDJSON file holds no records (empty, or only blank lines).',
    rationale: 'A feed with nothing new is legitimate, so this is only advice; an export that silently produced nothing is worth a look.',
  },
];

const ENGINE_RULES: Record<string, Omit<RuleDoc, 'code' | 'source'>> = {
  not_a_record: { severity: 'error', title: 'Not a record', summary: 'The value is not an object, an array of records or a bundle.' },
  unknown_record_type: { severity: 'error', title: 'Unknown record type', summary: "The record's `type` is not one of the families of the standard (indicator, case, commitment, organization, bundle)." },
  too_deep: { severity: 'error', title: 'Nested too deep to validate', summary: 'The record nests deeper than the validator accepts; real records nest fewer than 12 levels.' },
  too_long: { severity: 'error', title: 'Text too long to validate', summary: 'A string is longer than the validator accepts (no field of the standard allows more than 100 000 characters); the file is probably corrupt.' },
  internal_error: { severity: 'error', title: 'Validator failure', summary: 'The validator could not check this value; please report it with the file.' },
};

const SCHEMA_TITLES: Record<string, string> = {
  required: 'A required property is missing',
  type: 'Wrong JSON type',
  enum: 'Not one of the allowed codes',
  const: 'Not the fixed value required',
  pattern: 'Wrong format',
  format: 'Wrong format',
  additionalProperties: 'Unknown property',
  propertyNames: 'Property name not allowed',
  minItems: 'Too few items',
  maxItems: 'Too many items',
  uniqueItems: 'Repeated item',
  minLength: 'Text too short',
  maxLength: 'Text too long',
  minimum: 'Number too small',
  maximum: 'Number too large',
  exclusiveMinimum: 'Number too small',
  exclusiveMaximum: 'Number too large',
  multipleOf: 'Number not a multiple of the step required',
  minProperties: 'Too few properties',
  maxProperties: 'Too many properties',
  anyOf: 'Matches none of the allowed shapes',
  oneOf: 'Matches none, or several, of the allowed shapes',
};

interface ValidatorModule {
  readonly rules: ReadonlyArray<{ code: string; severity: Severity; title: string; summary: string; rationale: string; wrong: unknown; right: unknown }>;
  readonly SCHEMA_PROBLEM_CODES: Readonly<Record<string, string>>;
  readonly ENGINE_PROBLEM_CODES?: readonly string[];
}

/** Every code the CLI can report, in a stable order: file checks, schema checks, engine checks, then the validator's semantic rules. */
export function catalog(validator: ValidatorModule): RuleDoc[] {
  const out: RuleDoc[] = [...FILE_RULES, ...SHEET_RULES];
  for (const [keyword, code] of Object.entries(validator.SCHEMA_PROBLEM_CODES)) {
    out.push({
      code,
      severity: 'error',
      source: 'schema',
      title: SCHEMA_TITLES[keyword] ?? `Fails the JSON Schema keyword ${keyword}`,
      summary: `The record breaks the JSON Schema keyword \`${keyword}\` of the standard; the message names the field and what is allowed.`,
      rationale: 'The JSON Schemas in schemas/v1 are the standard itself; every field, code and format they define is checked exactly as written there.',
    });
  }
  for (const code of validator.ENGINE_PROBLEM_CODES ?? Object.keys(ENGINE_RULES)) {
    const doc = ENGINE_RULES[code];
    out.push({ code, source: 'engine', ...(doc ?? { severity: 'error', title: code.replace(/_/g, ' '), summary: `Reported by the validator itself (${code.replace(/_/g, ' ')}).` }) });
  }
  for (const rule of validator.rules) {
    out.push({ code: rule.code, severity: rule.severity, source: 'rule', title: rule.title, summary: rule.summary, rationale: rule.rationale, wrong: rule.wrong, right: rule.right });
  }
  return out;
}

export async function loadCatalog(): Promise<RuleDoc[]> {
  const validator = (await import('@gpos/validate')) as unknown as ValidatorModule;
  return catalog(validator);
}

/** The closest known code, for "did you mean …?". */
export function suggest(code: string, codes: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const a = code.toLowerCase();
  for (const candidate of codes) {
    const d = distance(a, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && (bestDistance <= Math.max(2, Math.floor(a.length / 3)) || best.includes(a)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
