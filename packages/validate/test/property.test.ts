import fc from 'fast-check';
import { codelists } from '@gpos/schema';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import * as fixtures from './fixtures.js';
import { runtimeSchemaVerdict } from './runtime-ajv.js';

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const uuid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));
const timestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
const code = fc.stringMatching(/^[a-z]{2,10}(_[a-z]{2,8}){0,2}$/);
/** A listed code: open codelists warn about unlisted ones, which would make a valid record noisy. */
const listed = (name: keyof typeof codelists) => fc.constantFrom(...codelists[name].rows.filter((row) => !row.deprecated).map((row) => row.code));
const tlp = fc.constantFrom('clear', 'green', 'amber', 'amber+strict', 'red');
const amount = fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 })).map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
const words = fc.constantFrom('Fake bank login page', 'Investment group admin', 'Parcel lure', 'หน้าเว็บธนาคารปลอม');

/** Schema- and rule-valid indicators: small arbitraries around the fixture. */
const indicatorArb = fc
  .record({ id: uuid, created: timestamp, tlp: tlp, confidence: fc.integer({ min: 0, max: 100 }), typology: fc.uniqueArray(listed('typology'), { maxLength: 3 }), description: words, label: fc.option(code, { nil: undefined }) })
  .map(({ id, created, tlp, confidence, typology, description, label }) => ({
    ...fixtures.indicator(),
    id: `indicator--${id}`,
    created,
    modified: created,
    first_seen: created,
    last_seen: created,
    tlp,
    confidence,
    typology,
    description: { en: description },
    ...(label ? { labels: [label] } : {}),
  }));

/** Schema- and rule-valid cases: payment and freeze amounts that add up. */
const caseArb = fc
  .record({ id: uuid, paid: amount, channel: listed('intake_channel'), status: fc.constantFrom('received', 'triaged', 'under_investigation', 'referred') })
  .map(({ id, paid, channel, status }) => {
    const record = fixtures.victimCase();
    const money = { amount: paid, currency: 'THB' };
    return {
      ...record,
      id: `case--${id}`,
      status,
      intake: { channel, received_at: '2026-03-12T03:00:00Z', jurisdiction: 'TH' },
      payments: [{ amount: money, freeze: { status: 'frozen_full', amount: money } }],
      loss: { reported: [money], frozen: [money] },
    };
  });

const records = fc.oneof(indicatorArb, caseArb, fc.constant(fixtures.commitment()), fc.constant(fixtures.organization()));

/** A JSON-ish value to splice into records. */
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant('__proto__'),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.oneof(fc.string(), fc.constant('__proto__'), fc.constant('constructor')), fc.string(), { maxKeys: 3 }),
);

/** Sets, replaces or deletes a value somewhere in a copy of `value`, at a path chosen by `choices`. */
function mutate(value: unknown, choices: readonly number[], replacement: unknown, remove: boolean): unknown {
  const root = structuredClone(value) as Record<string, unknown>;
  let node: unknown = root;
  for (const choice of choices) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object' || choice % 3 === 0) {
      if (remove && Array.isArray(node)) node.splice(Number(key), 1); // JSON has no sparse arrays
      else if (remove) delete (node as Record<string, unknown>)[key];
      else (node as Record<string, unknown>)[key] = replacement;
      return root;
    }
    node = child;
  }
  return root;
}

describe('property-based', () => {
  it('valid records stay valid under both the precompiled and the runtime validators', () => {
    fc.assert(
      fc.property(records, (record) => {
        const result = validate(record);
        expect(result.problems).toEqual([]);
        expect(runtimeSchemaVerdict(record)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('bundles of valid records are valid', () => {
    fc.assert(
      fc.property(fc.uniqueArray(records, { maxLength: 6, selector: (r) => `${String((r as Record<string, unknown>).id)}|${String((r as Record<string, unknown>).modified)}` }), (list) => {
        expect(validate({ ...fixtures.bundle(list), tlp: 'red' }).problems).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('random mutations never throw, and the schema verdicts agree', () => {
    fc.assert(
      fc.property(records, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), junk, fc.boolean(), (record, path, replacement, remove) => {
        const mutated = mutate(record, path, replacement, remove);
        let result: ReturnType<typeof validate> | undefined;
        expect(() => (result = validate(mutated))).not.toThrow();
        const schemaValid = !result!.problems.some((p) => p.code.startsWith('schema_') || p.code === 'unknown_record_type' || p.code === 'not_a_record' || p.code === 'too_deep' || p.code === 'too_long');
        expect(schemaValid).toBe(runtimeSchemaVerdict(mutated));
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON values never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validate(value);
        expect(typeof result.valid).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
