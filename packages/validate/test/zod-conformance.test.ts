import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { bundleRecordSchema, bundleSchema } from '../src/zod/index.js';
import { isSchemaLevel, loadCorpus } from './corpus.js';

const corpus = loadCorpus();

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The zod verdict, dispatched as the standard says: a bundle by bundleSchema, an array item by item, anything else
 * as a record — in full, or a revoked record in its minimal form, which a file or a feed may carry as a bundle does.
 */
function zodVerdict(data: unknown): boolean {
  if (Array.isArray(data)) return data.every((item) => bundleRecordSchema.safeParse(item).success);
  if (isObject(data) && data.type === 'bundle') return bundleSchema.safeParse(data).success;
  return bundleRecordSchema.safeParse(data).success;
}

/**
 * The reference validator's schema-level verdict: no `schema_*` problem, and none of the input codes
 * (`not_a_record`, `unknown_record_type`), which are how it reports a value that no record schema could accept
 * (zod reports the same values as a type or discriminator failure).
 */
const referenceVerdict = (data: unknown) => !validate(data).problems.some((p) => isSchemaLevel(p.code));

/**
 * Cases zod cannot agree on, with the reason. `too_deep` and `too_long` are limits of the reference validator,
 * not of the schemas (conformance/README.md): it stops before checking anything else, so it has no
 * schema-level verdict to compare with.
 */
const NO_SCHEMA_LEVEL_VERDICT = (problems: readonly string[]) => problems.includes('too_deep') || problems.includes('too_long');

describe('zod schemas agree with validate() on the conformance corpus', () => {
  it('covers the whole corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((t) => NO_SCHEMA_LEVEL_VERDICT(t.problems)).map((t) => t.name)).toEqual([
      'input/depth.json › nesting deeper than any real record › 100 nested arrays',
      'input/depth.json › nesting deeper than any real record › 100 nested objects inside an extension',
    ]);
  });

  describe.each(corpus.map((c) => [c.name, c] as const))('%s', (_, test) => {
    it.skipIf(NO_SCHEMA_LEVEL_VERDICT(test.problems))('safeParse().success equals the schema-level verdict', () => {
      const expected = referenceVerdict(test.data);
      expect(expected).toBe(!test.problems.some(isSchemaLevel));
      expect(zodVerdict(test.data)).toBe(expected);
    });
  });
});

/**
 * Values the corpus does not hold, where a zod built-in would disagree with Ajv: these pin the helpers of
 * src/zod/keywords.ts (code-point lengths, leap seconds, RFC 3986 URIs, integers beyond 2^53, JSON-object
 * checks) to the reference validator.
 */
describe('zod schemas agree with validate() beyond the corpus', () => {
  const indicator = corpus.find((t) => t.name === 'indicator/schema.json › indicator records against indicator.json › a minimal valid indicator')!.data as Record<string, unknown>;
  const organization = corpus.find((t) => t.name === 'organization/schema.json › organisations against organization.json › a valid organisation')!.data as Record<string, unknown>;
  const emoji = '\u{1F600}';
  const { first_seen: _first, last_seen: _last, ...undated } = indicator;

  const cases: Array<[string, unknown, boolean]> = [
    ['a leap second', { ...undated, created: '2016-12-31T23:59:60Z', modified: '2016-12-31T23:59:60Z' }, true],
    ['a leap second at the wrong minute', { ...indicator, created: '2016-12-31T23:58:60Z' }, false],
    ['29 February of a leap year', { ...indicator, created: '2024-02-29T00:00:00Z', modified: '2026-03-14T09:26:53Z' }, true],
    ['29 February of 2100', { ...indicator, created: '2100-02-29T00:00:00Z' }, false],
    ['nine fractional digits', { ...indicator, created: '2026-03-14T09:26:53.123456789Z' }, true],
    ['a label of 100 emoji (200 UTF-16 units)', { ...indicator, labels: [emoji.repeat(100)] }, true],
    ['a label of 101 emoji', { ...indicator, labels: [emoji.repeat(101)] }, false],
    ['an abbreviation of 50 emoji', { ...organization, abbreviation: emoji.repeat(50) }, true],
    ['an empty label', { ...indicator, labels: [''] }, false],
    ['duplicate labels', { ...indicator, labels: ['a', 'a'] }, false],
    ['a website with a space', { ...organization, website: 'https://example.com/a b' }, false],
    ['a website with a non-ASCII host', { ...organization, website: 'https://例え.jp/' }, false],
    ['a website with a percent-encoded path and a query', { ...organization, website: 'https://example.com/a%20b?q=1#top' }, true],
    ['a website with a bad percent escape', { ...organization, website: 'https://example.com/%zz' }, false],
    ['a sighting count of 2^60', { ...indicator, sighting_count: 2 ** 60 }, true],
    ['a fractional sighting count', { ...indicator, sighting_count: 1.5 }, false],
    ['an infinite sighting count', { ...indicator, sighting_count: Infinity }, false],
    ['a NaN confidence', { ...indicator, confidence: Number.NaN }, false],
    ['confidence 1e2', { ...indicator, confidence: 1e2 }, true],
    ['extension data that is an array', { ...indicator, extensions: { 'gpos.test': [] } }, false],
    ['extension data that is null', { ...indicator, extensions: { 'gpos.test': null } }, false],
    ['an extension namespace in upper case', { ...indicator, extensions: { 'GPOS.test': {} } }, false],
    ['a description keyed by a language tag with a region', { ...indicator, description: { 'es-PE': 'estafa' } }, true],
    ['an empty description text', { ...indicator, description: { en: '' } }, false],
    ['a record with an own __proto__ key', JSON.parse(`{ "__proto__": { "x": 1 }, ${JSON.stringify(indicator).slice(1)}`), false],
    ['a bundle record with an unknown field', { type: 'bundle', id: 'bundle--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', spec_version: '1.0.0', created: '2026-03-14T10:00:00Z', producer: 'TH-GOV:aoc1441', tlp: 'red', records: [{ ...indicator, colour: 'red' }] }, false],
    ['an array holding one invalid record', [indicator, { ...organization, country: 'tha' }], false],
  ];

  it.each(cases)('%s', (_, data, valid) => {
    expect(referenceVerdict(data)).toBe(valid);
    expect(zodVerdict(data)).toBe(valid);
  });

  it('differ on one thing only: an optional property set to undefined', () => {
    // Ajv treats `{ confidence: undefined }` as absent; zod follows @gpos/types, whose `confidence?: number`
    // (under exactOptionalPropertyTypes) forbids it. JSON cannot carry undefined, so parsed data never differs.
    const data = { ...indicator, confidence: undefined };
    expect(referenceVerdict(data)).toBe(true);
    expect(zodVerdict(data)).toBe(false);
  });

  it('return, without throwing, on nesting the reference validator refuses as too deep', () => {
    for (const test of corpus.filter((t) => NO_SCHEMA_LEVEL_VERDICT(t.problems))) expect(typeof zodVerdict(test.data)).toBe('boolean');
  });
});
