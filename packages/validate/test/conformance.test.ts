import { readFileSync } from 'node:fs';
import { indicatorSchema } from '@gpos/schema';
import { describe, expect, it } from 'vitest';
import { ENGINE_PROBLEM_CODES, rules, validate } from '../src/index.js';
import { normalizer } from '../src/normalizer.js';
import { CONFORMANCE_SCHEMA, expectedSchemaVerdict, isSchemaLevel, loadCorpus, loadCorpusFiles } from './corpus.js';
import { runtimeAjv, runtimeSchemaVerdict } from './runtime-ajv.js';

const corpus = loadCorpus();

/** Rules that need the reference normaliser; their cases are skipped when none is wired in. */
const NEEDS_NORMALIZER = new Set(['non_canonical_value', 'observable_id_mismatch']);
const needsNormalizer = (problems: readonly string[], file: string) =>
  !normalizer() && (problems.some((p) => NEEDS_NORMALIZER.has(p)) || file === 'indicator/kinds.json' || file.startsWith('rules/observable_id_mismatch'));

/**
 * Rule codes the corpus cannot exercise yet, with the reason. Each must leave this list as soon as the
 * standard gives it something to fail on.
 */
const NOT_YET_EXERCISABLE: Readonly<Record<string, string>> = {
  deprecated_field: 'no field of schemas/v1 is deprecated yet',
  deprecated_code: 'no codelist row is deprecated yet',
  unknown_code: 'needs the codelist CSVs (schemas/codelists/)',
};

const schemaLevel = (problems: readonly { code: string }[]) => !problems.some((p) => isSchemaLevel(p.code));

describe('conformance corpus', () => {
  it('has at least 150 cases, every file valid against schemas/meta/conformance.json', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const check = runtimeAjv().compile(JSON.parse(readFileSync(CONFORMANCE_SCHEMA, 'utf8')) as object);
    for (const { path, groups } of loadCorpusFiles()) expect(check(groups), `${path}: ${JSON.stringify(check.errors)}`).toBe(true);
  });

  it('names only known codes', () => {
    const known = new Set<string>([...rules.map((r) => r.code), ...ENGINE_PROBLEM_CODES]);
    for (const test of corpus) for (const code of test.problems) expect(code.startsWith('schema_') || known.has(code), `${test.name}: ${code}`).toBe(true);
  });

  it('fails and passes every rule code at least once', () => {
    for (const { code } of rules) {
      if (NOT_YET_EXERCISABLE[code]) continue;
      expect(corpus.some((t) => t.problems.includes(code)), `no failing case for ${code}`).toBe(true);
      expect(corpus.some((t) => t.file === `rules/${code}.json` && !t.problems.includes(code)), `no passing case for ${code}`).toBe(true);
    }
  });

  it('covers every indicator kind with a valid and an invalid case', () => {
    const observable = (indicatorSchema.properties as { observable: { properties: { kind: { enum: string[] } } } }).observable;
    const kinds = observable.properties.kind.enum;
    const kindCases = corpus.filter((t) => t.file === 'indicator/kinds.json');
    for (const kind of kinds) {
      const mine = kindCases.filter((t) => (t.data as { observable: { kind: string } }).observable.kind === kind);
      expect(mine.some((t) => t.valid), `no valid ${kind}`).toBe(true);
      expect(mine.some((t) => !t.valid), `no invalid ${kind}`).toBe(true);
    }
  });

  describe.each(corpus.map((c) => [c.name, c] as const))('%s', (_, test) => {
    const skip = needsNormalizer(test.problems, test.file);
    it.skipIf(skip)('the reference validator reports the expected verdict and codes', () => {
      const result = validate(test.data);
      expect([...new Set(result.problems.map((p) => p.code))].sort()).toEqual([...test.problems].sort());
      expect(result.valid).toBe(test.valid);
    });

    it('the precompiled and a runtime Ajv compile of the raw schemas agree on the schema-level verdict', () => {
      const expected = expectedSchemaVerdict(test);
      if (expected === undefined) return;
      expect(runtimeSchemaVerdict(test.data)).toBe(expected);
      expect(schemaLevel(validate(test.data).problems)).toBe(expected);
    });
  });
});
