import { describe, expect, it } from 'vitest';
import { observableId } from '@gpos/normalize';
import { validate } from '@gpos/validate';
import { buildBundle, buildCase, buildCommitment, buildIndicator, buildOrganization, isRecordId } from '../src/index.js';
import { commitment, organization, victimCase } from './fixtures.js';

const now = () => new Date('2026-03-14T09:26:53Z');
const strip = <T extends object>(r: T) => {
  const { type: _t, id: _i, spec_version: _s, created: _c, modified: _m, ...rest } = r as Record<string, unknown>;
  return rest as never;
};

describe('buildIndicator', () => {
  it('normalises, derives the observable id, fills the envelope and defaults', () => {
    const built = buildIndicator({ kind: 'phone_number', raw: '081-234-5678', source: 'TH-GOV:aoc1441', normalize: { defaultRegion: 'TH' } }, { now });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const r = built.record;
    expect(isRecordId(r.id, 'indicator')).toBe(true);
    expect(r).toMatchObject({ type: 'indicator', spec_version: '1.1.0', created: '2026-03-14T09:26:53Z', modified: '2026-03-14T09:26:53Z', tlp: 'green', status: 'reported' });
    expect(r.observable).toMatchObject({
      kind: 'phone_number',
      raw: '081-234-5678',
      canonical: '+66812345678',
      id: observableId('phone_number', '+66812345678'),
      match_keys: [{ type: 'e164', value: '+66812345678' }],
      normalizer: { name: '@gpos/normalize' },
    });
    // the UUIDv7 carries the injected clock's time
    expect(parseInt(r.id.slice('indicator--'.length).replace(/-/g, '').slice(0, 12), 16)).toBe(now().getTime());
    expect(validate(r).valid).toBe(true);
  });
  it('gives equivalent raw inputs the same observable id', () => {
    const ids = ['081-234-5678', '+66 81 234 5678', '0812345678'].map((raw) => {
      const b = buildIndicator({ kind: 'phone_number', raw, source: 'TH-GOV:aoc1441', normalize: { defaultRegion: 'TH' } });
      return b.ok ? b.record.observable.id : b.problems;
    });
    expect(new Set(ids).size).toBe(1);
  });
  it('raises the default tlp to the kind minimum and keeps an explicit one', () => {
    const bank = buildIndicator({ kind: 'bank_account', raw: '004-1-23456-7', source: 'TH-GOV:aoc1441', normalize: { country: 'TH', institution: '004' } });
    expect(bank.ok && bank.record.tlp).toBe('amber');
    const url = buildIndicator({ kind: 'url', raw: 'hxxps://bad-bank[.]example/login', source: 'TH-GOV:aoc1441', tlp: 'clear' });
    expect(url.ok && url.record.tlp).toBe('clear');
  });
  it('returns the validator problems when the caller marks a value too low', () => {
    const built = buildIndicator({ kind: 'iban', raw: 'GB82 WEST 1234 5698 7654 32', source: 'TH-GOV:aoc1441', tlp: 'clear' });
    expect(built.ok).toBe(false);
    expect(built.problems.map((p) => p.code)).toContain('personal_data_below_tlp');
  });
  it('reports a value that cannot be normalised, with the normaliser code and a clear message', () => {
    const built = buildIndicator({ kind: 'payment_card', raw: '4111 1111 1111 1111', source: 'TH-GOV:aoc1441' });
    expect(built).toEqual({
      ok: false,
      problems: [expect.objectContaining({ severity: 'error', code: 'observable_not_normalized', normalizeCode: 'full_card_number', pointer: '/observable/raw', message: expect.stringMatching(/^The payment_card value could not be normalised: .+\.$/) })],
    });
  });
  it('keeps the given id and created for a new version, with a new modified', () => {
    const built = buildIndicator({ kind: 'domain', raw: 'bad-bank.example', source: 'TH-GOV:aoc1441', id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', created: '2026-03-01T00:00:00Z' }, { now });
    expect(built.ok && built.record).toMatchObject({ id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', created: '2026-03-01T00:00:00Z', modified: '2026-03-14T09:26:53Z' });
  });
  it('reports schema problems in the rest of the input instead of throwing', () => {
    const built = buildIndicator({ kind: 'domain', raw: 'bad-bank.example', source: 'not an org ref' });
    expect(built.ok).toBe(false);
    expect(built.problems.length).toBeGreaterThan(0);
  });
});

describe('the other builders', () => {
  it('buildCase defaults to TLP:AMBER, raised by the personal fields present', () => {
    const { tlp: _tlp, status: _status, ...input } = strip(victimCase) as Record<string, unknown>;
    const built = buildCase({ ...(input as object), victim: { vulnerability: ['elderly', 'trafficking_victim'] } } as never, { now });
    expect(built.ok && built.record).toMatchObject({ tlp: 'amber+strict', status: 'received' });
    const plain = buildCase({ ...(input as object), victim: { age_band: 'age_30_39' } } as never, { now });
    expect(plain.ok && plain.record.tlp).toBe('amber');
    // 1.1: each vulnerability code has its own minimum; an elderly victim's case stays at TLP:AMBER
    const elderly = buildCase({ ...(input as object), victim: { vulnerability: ['elderly'] } } as never, { now });
    expect(elderly.ok && elderly.record.tlp).toBe('amber');
    const forced = buildCase({ ...(input as object), victim: { role: 'forced_criminality' } } as never, { now });
    expect(forced.ok && forced.record.tlp).toBe('amber+strict');
  });
  it('buildCommitment and buildOrganization fill the envelope and default to TLP:CLEAR', () => {
    const { tlp: _t, ...c } = strip(commitment) as Record<string, unknown>;
    const built = buildCommitment(c as never, { now });
    expect(built.ok && built.record).toMatchObject({ type: 'commitment', tlp: 'clear', status: 'implementing' });
    const { tlp: _o, ...o } = strip(organization) as Record<string, unknown>;
    const org = buildOrganization(o as never, { now });
    expect(org.ok && isRecordId(org.record.id, 'organization')).toBe(true);
    expect(org.ok && org.record.tlp).toBe('clear');
  });
  it('buildBundle marks the bundle with its strictest record by default and validates the whole', () => {
    const ind = buildIndicator({ kind: 'phone_number', raw: '+66812345678', source: 'TH-GOV:aoc1441' });
    const org = buildOrganization(strip(organization), { now });
    if (!ind.ok || !org.ok) throw new Error('fixtures');
    const bundle = buildBundle({ producer: 'TH-GOV:aoc1441', records: [ind.record, org.record] }, { now });
    expect(bundle.ok && bundle.record).toMatchObject({ type: 'bundle', tlp: 'green', created: '2026-03-14T09:26:53Z', producer: 'TH-GOV:aoc1441' });
    const tooLow = buildBundle({ producer: 'TH-GOV:aoc1441', records: [ind.record], tlp: 'clear' });
    expect(tooLow.ok).toBe(false);
    expect(tooLow.problems.map((p) => p.code)).toContain('bundle_tlp_below_record');
    expect(buildBundle({ producer: 'TH-GOV:aoc1441', records: [] }).ok && true).toBe(true);
  });
});
