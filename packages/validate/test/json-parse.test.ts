import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex, offsetOf, withAncestors } from '../src/json/lines.js';
import { parseJson } from '../src/json/parse.js';

const at = (text: string, offset: number) => new LineIndex(text).locate(offset);

describe('parseJson', () => {
  it('agrees with JSON.parse on any JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const result = parseJson(text);
        expect(result.ok).toBe(true);
        expect(result.value).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects what JSON.parse rejects', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        expect(parseJson(text).ok).toBe(native);
      }),
      { numRuns: 2000 },
    );
  });

  it('records the offset of every value by JSON Pointer', () => {
    const text = '{\n  "a": [1, {"b~/c": "x"}],\n  "d": null\n}';
    const { positions } = parseJson(text, { positions: true });
    expect(at(text, positions!.get('')!)).toEqual({ line: 1, column: 1 });
    expect(at(text, positions!.get('/a')!)).toEqual({ line: 2, column: 8 });
    expect(at(text, positions!.get('/a/1')!)).toEqual({ line: 2, column: 12 });
    expect(at(text, positions!.get('/a/1/b~0~1c')!)).toEqual({ line: 2, column: 21 });
    expect(at(text, positions!.get('/d')!)).toEqual({ line: 3, column: 8 });
    // a missing property points at the nearest value that exists
    expect(offsetOf(positions!, '/a/1/missing')).toBe(positions!.get('/a/1'));
  });

  it('records only the pointers asked for, and their ancestors', () => {
    const text = '{"a": [1, {"b": 2}], "c": 3}';
    const { positions } = parseJson(text, { positions: true, only: withAncestors(['/a/1/b/missing']) });
    expect([...positions!.keys()].sort()).toEqual(['', '/a', '/a/1', '/a/1/b']);
    expect(offsetOf(positions!, '/a/1/b/missing')).toBe(text.indexOf('2'));
  });

  it('reports a duplicate key at the second occurrence', () => {
    const text = '{\n  "tlp": "green",\n  "tlp": "red"\n}';
    const result = parseJson(text);
    expect(result.ok).toBe(true);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'json_duplicate_key', severity: 'error', pointer: '/tlp' });
    expect(at(text, result.issues[0]!.offset)).toEqual({ line: 3, column: 3 });
  });

  it('keeps __proto__ and constructor as plain own properties', () => {
    const result = parseJson('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    const value = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('warns about integers that lose precision, and only those', () => {
    expect(parseJson('[9007199254740991, -9007199254740991, 1e300, 12345678901234.5]').issues).toEqual([]);
    const result = parseJson('{"n": 12345678901234567890}');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'json_unsafe_number', severity: 'warning', pointer: '/n', offset: 6 });
    expect(parseJson('[1e400]').issues[0]).toMatchObject({ code: 'json_unsafe_number', pointer: '/0' });
  });

  it('survives 100 000-deep nesting with a clear problem', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'json_too_deep', offset: 512 });
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'trailing comma'],
    ['[1, 2,]', 1, 7, 'trailing comma'],
    ['{"a": 1', 1, 8, 'not closed'],
    ['{"a": "abc', 1, 7, 'unterminated string'],
    ["{'a': 1}", 1, 2, 'single quotes'],
    ['{"a": 01}', 1, 7, 'leading zero'],
    ['{"a": 1}\n{"b": 2}', 2, 1, '.ndjson'],
    ['', 1, 1, 'empty'],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{\n  "a": "x\ny"\n}', 2, 10, 'line break inside a string'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape'],
    ['{"a" 1}', 1, 6, "expected ':'"],
    ['{"a": 1 "b": 2}', 1, 9, "expected ',' or '}'"],
    ['{"a": // note\n 1}', 1, 7, 'comments are not allowed'],
    ['{"a": \u201cx\u201d}', 1, 7, 'curly quote'],
    ['{"a":\u00a01}', 1, 6, 'invisible character U+00A0'],
  ])('locates the syntax error in %j', (text, line, column, words) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.code === 'json_syntax')!;
    expect(at(text, issue.offset)).toEqual({ line, column });
    expect(issue.message).toContain(words);
  });

  it('reads strings with escapes and long strings quickly', () => {
    expect(parseJson('"a\\n\\u00e9\\"\\\\\\/"').value).toBe('a\né"\\/');
    const big = 'x'.repeat(5_000_000);
    expect(parseJson(`{"s": "${big}"}`).value).toEqual({ s: big });
  });
});
