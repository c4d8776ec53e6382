import { describe, expect, it } from 'vitest';
import { fillObservable, normalize, observableId } from '../src/index.js';

describe('fillObservable', () => {
  it('fills an indicator observable from its raw value: canonical form, match keys, normaliser and id', () => {
    const record: Record<string, unknown> = { type: 'indicator', observable: { kind: 'phone_number', raw: '081-234-5678', match_keys: [{ type: 'hmac_sha256', value: 'k' }] } };
    expect(fillObservable(record, 'TH')).toEqual({ changed: true });
    const expected = normalize('phone_number', '081-234-5678', { defaultRegion: 'TH' });
    if (!expected.ok) throw new Error('the fixture must normalise');
    expect(record.observable).toEqual({ kind: 'phone_number', id: observableId('phone_number', expected.canonical), raw: '081-234-5678', canonical: '+66812345678', match_keys: [...expected.match_keys, { type: 'hmac_sha256', value: 'k' }], ...(Object.keys(expected.attributes ?? {}).length ? { attributes: expected.attributes } : {}), normalizer: expected.normalizer });
    // filled again: nothing changes
    expect(fillObservable(record, 'TH')).toEqual({ changed: false });
  });

  it('says why a value cannot be normalised, at the value it read, and skips what has no value', () => {
    expect(fillObservable({ type: 'indicator', observable: { kind: 'phone_number', raw: 'call me' } })).toMatchObject({ failure: { pointer: '/observable/raw' } });
    expect(fillObservable({ type: 'indicator', observable: { raw: 'x' } })).toMatchObject({ failure: { pointer: '/observable/kind', code: 'unknown_kind' } });
    expect(fillObservable({ type: 'case' })).toEqual({ skipped: true });
    expect(fillObservable({ type: 'indicator', observable: { kind: 'phone_number', pseudonym: 'p' } })).toEqual({ skipped: true });
  });
});
