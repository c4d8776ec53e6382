import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's conformance corpus: language-neutral cases every GPOS validator must agree on. */
export const CONFORMANCE_DIR = fileURLToPath(new URL('../../../conformance/', import.meta.url));
export const CONFORMANCE_SCHEMA = fileURLToPath(new URL('../../../schemas/meta/conformance.json', import.meta.url));

export interface ConformanceTest {
  readonly description: string;
  readonly comment?: string;
  readonly data: unknown;
  readonly valid: boolean;
  readonly problems: readonly string[];
}

export interface ConformanceGroup {
  readonly description: string;
  readonly comment?: string;
  readonly schema: string;
  readonly tests: readonly ConformanceTest[];
}

export interface ConformanceFile {
  /** Path relative to conformance/, e.g. `rules/date_order.json`. */
  readonly path: string;
  readonly groups: readonly ConformanceGroup[];
}

/** One case with where it comes from, ready for `it.each`. */
export interface ConformanceCase extends ConformanceTest {
  readonly file: string;
  readonly group: string;
  readonly schema: string;
  /** `file › group › test`, unique across the corpus. */
  readonly name: string;
}

/** Directories of conformance/ owned by other suites (observable-id vectors are run by @gpos/normalize, pseudonym vectors by @gpos/sdk, frozen 1.0 documents by compat-1.0.test.ts). */
const OTHER_SUITES = new Set(['observable-ids', 'pseudonyms', 'compat']);

function listJson(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !OTHER_SUITES.has(f.split(/[\\/]/)[0]!))
    .sort();
}

/** Every corpus file, parsed. */
export function loadCorpusFiles(dir = CONFORMANCE_DIR): ConformanceFile[] {
  return listJson(dir).map((file) => ({ path: relative(dir, join(dir, file)).replace(/\\/g, '/'), groups: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ConformanceGroup[] }));
}

/**
 * Every case of the corpus, flattened. This is the hook for other validators (the zod schemas in
 * `@gpos/validate/zod`, implementations in other languages): run each `data` and compare with `valid` and
 * the schema-level part of `problems`.
 */
export function loadCorpus(dir = CONFORMANCE_DIR): ConformanceCase[] {
  return loadCorpusFiles(dir).flatMap(({ path, groups }) =>
    groups.flatMap((group) =>
      group.tests.map((test) => ({ ...test, file: path, group: group.description, schema: group.schema, name: `${path} › ${group.description} › ${test.description}` })),
    ),
  );
}

/** Codes a validator reports when the data cannot be a record at all; they count as schema-level failures. */
export const INPUT_CODES = ['not_a_record', 'unknown_record_type', 'too_deep', 'too_long'] as const;

/** True for codes that belong to the schema level (JSON Schema keywords and the input checks), as opposed to semantic rules. */
export const isSchemaLevel = (code: string) => code.startsWith('schema_') || (INPUT_CODES as readonly string[]).includes(code);

/**
 * Whether a case expects the data to pass the JSON Schemas (with dispatch on `type`). Depth and length limits
 * are validator limits, not schema rules: cases expecting `too_deep` or `too_long` have no schema-level verdict.
 */
export function expectedSchemaVerdict(test: ConformanceTest): boolean | undefined {
  if (test.problems.includes('too_deep') || test.problems.includes('too_long')) return undefined;
  return !test.problems.some(isSchemaLevel);
}
