import { describe, expect, it } from 'vitest';
import {
  assertValid,
  ENGINE_PROBLEM_CODES,
  isBundle,
  isCase,
  isCommitment,
  isIndicator,
  isOrganization,
  MAX_DEPTH,
  rules,
  SCHEMA_IDS,
  validate,
  validateRecord,
  ValidationError,
} from '../src/index.js';
import * as fixtures from './fixtures.js';

describe('validate()', () => {
  it('accepts a valid record of every family, an array of them and a bundle', () => {
    for (const record of [fixtures.indicator(), fixtures.victimCase(), fixtures.commitment(), fixtures.organization()]) {
      expect(validate(record)).toEqual({ valid: true, problems: [], records: 1 });
    }
    expect(validate([fixtures.indicator(), fixtures.organization()])).toMatchObject({ valid: true, records: 2 });
    expect(validate(fixtures.bundle())).toMatchObject({ valid: true, problems: [], records: 4 });
  });

  it('reports pointers from the root of the value and names the record', () => {
    const bad = fixtures.indicator();
    bad.status = 'actve';
    const result = validate(fixtures.bundle([fixtures.organization(), bad]));
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'schema_enum', pointer: '/records/1/status', record: { index: 1, id: fixtures.ID.indicator, type: 'indicator' } }),
    ]);
    expect(result.problems[0]!.message).toContain('Did you mean "active"?');
    expect(validate([bad]).problems[0]!.pointer).toBe('/0/status');
  });

  it('suggests the intended name of a mistyped field', () => {
    const bad = fixtures.indicator();
    (bad.observable as Record<string, unknown>).cannonical = 'x';
    const [problem] = validate(bad).problems;
    expect(problem).toMatchObject({ code: 'schema_additional_property', pointer: '/observable/cannonical' });
    expect(problem!.message).toContain('Did you mean "canonical"?');
  });

  it('dispatches on type: an unknown or missing type is one clear problem', () => {
    expect(validate({ type: 'incident', id: 'x' }).problems).toEqual([expect.objectContaining({ code: 'unknown_record_type', pointer: '/type' })]);
    expect(validate({ id: 'x' }).problems).toEqual([expect.objectContaining({ code: 'unknown_record_type' })]);
    const result = validate(fixtures.bundle([{ type: 'nope' }, fixtures.organization()]));
    expect(result.problems).toEqual([expect.objectContaining({ code: 'unknown_record_type', pointer: '/records/0/type' })]);
  });

  it('fails warnings only under strict', () => {
    const record = fixtures.indicator();
    record.description = { en: 'Reported by somchai@example.com' };
    expect(validate(record)).toMatchObject({ valid: true, problems: [expect.objectContaining({ severity: 'warning', code: 'possible_personal_data_in_text' })] });
    expect(validate(record, { strict: true }).valid).toBe(false);
    expect(validate(record, { rules: { disable: ['possible_personal_data_in_text'] } }).problems).toEqual([]);
  });

  it('validateRecord() takes exactly one record', () => {
    expect(validateRecord(fixtures.indicator()).valid).toBe(true);
    expect(validateRecord([fixtures.indicator()]).problems[0]!.code).toBe('not_a_record');
    expect(validateRecord(fixtures.bundle()).problems[0]!.code).toBe('not_a_record');
  });

  it('assertValid() throws a ValidationError carrying the problems', () => {
    expect(() => assertValid(fixtures.indicator())).not.toThrow();
    try {
      assertValid({ type: 'indicator' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.length).toBeGreaterThan(1);
      expect((error as ValidationError).message).toContain('missing');
    }
  });

  it('type guards accept schema-valid records of their family only', () => {
    expect(isIndicator(fixtures.indicator())).toBe(true);
    expect(isIndicator(fixtures.victimCase())).toBe(false);
    expect(isCase(fixtures.victimCase())).toBe(true);
    expect(isCommitment(fixtures.commitment())).toBe(true);
    expect(isOrganization(fixtures.organization())).toBe(true);
    expect(isBundle(fixtures.bundle())).toBe(true);
    expect(isBundle(fixtures.bundle([{ type: 'indicator' }]))).toBe(false);
    expect(isIndicator({ ...fixtures.indicator(), status: 'nope' })).toBe(false);
    expect(isIndicator(null)).toBe(false);
  });

  it('exports the schema ids and a rules table with unique codes and documentation', () => {
    expect(Object.keys(SCHEMA_IDS).sort()).toEqual(['bundle', 'case', 'commitment', 'indicator', 'operation', 'organization', 'relationship', 'sighting', 'statistic']);
    const codes = rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of rules) {
      expect(rule.code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.rationale.length).toBeGreaterThan(10);
      expect(rule.wrong).toBeDefined();
      expect(rule.right).toBeDefined();
      expect(ENGINE_PROBLEM_CODES as readonly string[]).not.toContain(rule.code);
    }
  });
});

describe('hostile input', () => {
  const noThrow = (value: unknown) => {
    const result = validate(value);
    expect(result.valid).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    return result;
  };

  it('never throws on non-records', () => {
    for (const value of [null, undefined, 0, 42, -1.5, NaN, '', 'indicator', true, Symbol('x'), () => 1, 10n]) {
      expect(noThrow(value).problems[0]!.code).toBe('not_a_record');
    }
  });

  it('reports an object without a type, such as a Date, as an unknown record type', () => {
    expect(noThrow(new Date()).problems[0]!.code).toBe('unknown_record_type');
  });

  it('reports each junk item of an array', () => {
    const result = noThrow([null, 1, 'x', [], {}, { type: 1 }]);
    expect(result.problems.map((p) => p.pointer)).toEqual(['/0', '/1', '/2', '/3', '/4/type', '/5/type']);
    expect(result.records).toBe(6);
  });

  it('stops at 10 000-deep nesting with one problem, in arrays and objects', () => {
    let deepArray: unknown = [];
    for (let i = 0; i < 10_000; i++) deepArray = [deepArray];
    expect(noThrow(deepArray).problems).toEqual([expect.objectContaining({ code: 'too_deep' })]);
    let deepObject: Record<string, unknown> = {};
    const root = { ...fixtures.indicator(), extensions: { 'acme.x': deepObject } };
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      deepObject.a = next;
      deepObject = next;
    }
    const result = noThrow(root);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.code).toBe('too_deep');
    expect(result.problems[0]!.pointer.startsWith('/extensions/acme.x/a/a')).toBe(true);
    expect(isIndicator(root)).toBe(false);
  });

  it(`accepts nesting up to ${MAX_DEPTH} levels`, () => {
    let nested: Record<string, unknown> = {};
    const record = { ...fixtures.indicator(), extensions: { acme: nested } };
    for (let i = 0; i < MAX_DEPTH - 4; i++) {
      const next = {};
      nested.a = next;
      nested = next;
    }
    expect(validate(record).problems.map((p) => p.code)).toEqual(['unknown_extension']);
  });

  it('treats __proto__ and constructor keys as ordinary unexpected fields', () => {
    const parsed = JSON.parse(`{"type":"indicator","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}`) as unknown;
    const result = noThrow(parsed);
    expect(result.problems.filter((p) => p.code === 'schema_additional_property').map((p) => p.pointer).sort()).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const record = { ...fixtures.indicator(), description: JSON.parse('{"__proto__":"x","en":"fine"}') as unknown };
    expect(() => validate(record)).not.toThrow();
    expect(validate(fixtures.bundle([JSON.parse('{"type":"__proto__"}')])).problems[0]!.code).toBe('unknown_record_type');
    expect(validate(JSON.parse('{"type":"constructor"}')).problems[0]!.code).toBe('unknown_record_type');
  });

  it('refuses 10 MB strings and keys at once, before any pattern can exhaust the regex engine', () => {
    const huge = 'A-'.repeat(5 * 1024 * 1024);
    for (const record of [
      { ...fixtures.indicator(), source: huge },
      { ...fixtures.victimCase(), scam_type: huge.toLowerCase().replace(/-/g, '_') },
      { ...fixtures.commitment(), evidence: [{ evidence_id: 'e1', title: { en: 'x' }, url: `https://${huge}` }] },
      { ...fixtures.indicator(), [huge]: 1 },
      huge,
    ]) {
      const started = performance.now();
      expect(noThrow(record).problems).toEqual([expect.objectContaining({ code: 'too_long' })]);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    expect(validate({ ...fixtures.indicator(), source: huge }).problems[0]!.pointer).toBe('/source');
  });

  it('checks strings up to 1 MB against the schema', () => {
    const long = 'A-'.repeat(500_000);
    const result = noThrow({ ...fixtures.indicator(), source: long, revocation_reason: '9'.repeat(1_000_000), labels: [long] });
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(['schema_max_length', 'schema_pattern']));
    const valid = fixtures.indicator();
    (valid.observable as Record<string, unknown>).raw = `${'a@b.c '.repeat(1000)}`;
    expect(() => validate(valid)).not.toThrow();
    const text = fixtures.indicator();
    text.description = { en: `${'1 '.repeat(40_000)}` };
    expect(() => validate(text)).not.toThrow();
  });

  it('reports a free-text field (a plain string or text by language) by the form it was given, never as a date', () => {
    const codes = (value: unknown) => noThrow({ ...fixtures.indicator(), revocation_reason: value }).problems.map((p) => [p.code, p.pointer, p.message]);
    expect(codes('x'.repeat(1001))).toEqual([['schema_max_length', '/revocation_reason', expect.stringContaining('at most 1000')]]);
    expect(codes({ en: '' })).toEqual([['schema_min_length', '/revocation_reason/en', expect.any(String)]]);
    expect(codes({ 'original-language': 'en' })).toEqual([['schema_property_name', '/revocation_reason/original-language', expect.any(String)]]);
    expect(codes(5)).toEqual([['schema_any_of', '/revocation_reason', expect.stringContaining('must be text')]]);
    expect(validate({ ...fixtures.indicator(), revocation_reason: { th: 'รายงานผิดพลาด', en: 'Reported in error', original_language: 'th' } }).problems).toEqual([]);
  });

  it('turns throwing getters and proxies into a problem', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    expect(noThrow(trap).problems[0]!.code).toBe('internal_error');
    const getter = Object.defineProperty({ type: 'indicator' }, 'id', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => validate(getter)).not.toThrow();
  });
});

describe('the problem model', () => {
  it('decides in one place what fails a run, and validate() agrees with it', async () => {
    const { failsRun, SEVERITIES } = await import('../src/problem/index.js');
    expect(SEVERITIES.map((s) => [s, failsRun(s, false), failsRun(s, true)])).toEqual([
      ['error', true, true],
      ['warning', false, true],
      ['info', false, false],
    ]);
    const warned = fixtures.indicator();
    warned.description = { en: 'Reported by somchai.k@example.com' };
    const loose = validate(warned);
    expect(loose.problems.map((p) => p.severity)).toContain('warning');
    expect(loose.valid).toBe(!loose.problems.some((p) => failsRun(p.severity, false)));
    expect(validate(warned, { strict: true }).valid).toBe(!loose.problems.some((p) => failsRun(p.severity, true)));
  });
});
