import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/json/fast.js';
import { parseJson } from '../src/json/parse.js';

/** JSON text with the traps the fast path must never let through: duplicate keys, big integers, deep nesting. */
const trickyJson = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.tuple(fc.string({ maxLength: 4 }), fc.jsonValue(), fc.jsonValue()).map(([k, a, b]) => `{${JSON.stringify(k)}:${JSON.stringify(a)}, ${JSON.stringify(k)} : ${JSON.stringify(b)}}`),
  fc.tuple(fc.jsonValue(), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n })).map(([v, n]) => `[${JSON.stringify(v)}, ${n}]`),
  fc.tuple(fc.integer({ min: 1, max: 700 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`),
  fc.string({ maxLength: 12 }),
);

describe('fastParse', () => {
  it('either defers to the full parser or agrees with it exactly, and never hides an issue', () => {
    fc.assert(
      fc.property(trickyJson, (text) => {
        const fast = fastParse(text);
        const full = parseJson(text);
        if (fast === undefined) return;
        expect(full.ok).toBe(true);
        expect(full.issues).toEqual([]);
        expect(fast.value).toStrictEqual(full.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the fast path for ordinary records', () => {
    expect(fastParse('{"type": "indicator", "tags": ["a", "b:c", "\\"x\\":"], "n": 12, "o": {"k": null}}')).toMatchObject({ ok: true, issues: [] });
  });

  it('defers on duplicate keys, even when one is __proto__', () => {
    expect(fastParse('{"a": 1, "a": 2}')).toBeUndefined();
    expect(fastParse('{"__proto__": 1, "__proto__": 2}')).toBeUndefined();
    expect(fastParse('[{"a": {"b": 1, "c": 2, "b": 3}}]')).toBeUndefined();
    // a key ending in an escaped backslash, then a string holding an escaped quote and a colon
    expect(fastParse(String.raw`{"k\\": 1, "s": "\":", "k\\": 2}`)).toBeUndefined();
    expect(fastParse(String.raw`{"k\\": 1, "s": "\":", "t": 2}`)).toMatchObject({ ok: true });
  });
});
