import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNormalizer, validate, type NormalizerApi } from '../src/index.js';
import * as fixtures from './fixtures.js';

/** A stand-in normaliser with the contract of @gpos/normalize, so the rules are tested on their own. */
const stub: NormalizerApi = {
  normalize: (kind, raw) => {
    if (kind !== 'domain') return { ok: true, canonical: raw };
    const value = raw.replace(/\[\.\]/g, '.').toLowerCase();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value) ? { ok: true, canonical: value } : { ok: false, code: 'invalid_domain', reason: 'not a domain name' };
  },
  observableId: (kind, canonical) => `observable--${kind === 'domain' && canonical === 'bad-bank.example' ? '0192f0c4-7a1e-5c3b-9d2e-5f6a7b8c9d0e' : '00000000-0000-5000-8000-000000000000'}`,
};

const withObservable = (observable: Record<string, unknown>) => ({ ...fixtures.indicator(), observable });
const codes = (value: unknown) => validate(value).problems.map((p) => p.code);

describe('rules that use the normaliser', () => {
  let previous: NormalizerApi | undefined;
  beforeEach(() => {
    previous = setNormalizer(stub);
  });
  afterEach(() => {
    setNormalizer(previous);
  });

  it('non_canonical_value: names the expected canonical form', () => {
    const result = validate(withObservable({ kind: 'domain', canonical: 'Bad-Bank.Example' }));
    expect(result.problems).toEqual([expect.objectContaining({ code: 'non_canonical_value', pointer: '/observable/canonical' })]);
    expect(result.problems[0]!.message).toContain('"bad-bank.example"');
    expect(codes(withObservable({ kind: 'domain', canonical: 'bad-bank.example' }))).toEqual([]);
  });

  it('non_canonical_value: a canonical value that does not normalise, or disagrees with raw', () => {
    expect(codes(withObservable({ kind: 'domain', canonical: 'not a domain' }))).toEqual(['non_canonical_value']);
    expect(codes(withObservable({ kind: 'domain', raw: 'other.example', canonical: 'bad-bank.example' }))).toEqual(['non_canonical_value']);
  });

  it('observable_id_mismatch: the id must be derived from kind and canonical value', () => {
    expect(codes(withObservable({ kind: 'domain', canonical: 'bad-bank.example', id: 'observable--0192f0c4-7a1e-5c3b-9d2e-5f6a7b8c9d0e' }))).toEqual([]);
    const result = validate(withObservable({ kind: 'domain', canonical: 'bad-bank.example', id: 'observable--00000000-0000-5000-8000-000000000000' }));
    expect(result.problems).toEqual([expect.objectContaining({ code: 'observable_id_mismatch', pointer: '/observable/id' })]);
    expect(result.problems[0]!.message).toContain('observable--0192f0c4-7a1e-5c3b-9d2e-5f6a7b8c9d0e');
  });

  it('a normaliser that throws becomes a problem, never an exception', () => {
    setNormalizer({ normalize: () => { throw new Error('boom'); }, observableId: () => 'x' });
    expect(codes(withObservable({ kind: 'domain', canonical: 'bad-bank.example' }))).toEqual(['internal_error']);
  });
});
