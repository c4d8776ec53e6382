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
  // numbers too large for a double, alone, in an array or in an object
  fc
    .tuple(fc.jsonValue(), fc.constantFrom('1e999', '-1e400', '1.5e308', '2e308', '1e308', '0e999'), fc.integer({ min: 0, max: 2 }))
    .map(([v, n, shape]) => [`[${JSON.stringify(v)}, ${n}]`, `{"n": ${n}, "v": ${JSON.stringify(v)}}`, n][shape]!),
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

  it('defers on a number too large for a double, which the full parser warns about', () => {
    for (const text of ['1e999', '[1e999]', '{"a": -1e400}', '{"a": [1, {"b": 2e308}]}']) {
      expect(fastParse(text), text).toBeUndefined();
      expect(parseJson(text).issues.map((issue) => issue.code), text).toEqual(['json_unsafe_number']);
    }
    expect(fastParse('[1e308, 0e999]')).toMatchObject({ ok: true, value: [1e308, 0] });
  });
});
