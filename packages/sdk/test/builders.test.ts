import { describe, expect, it } from 'vitest';
import { observableId } from '@gpos/normalize';
import { validate } from '@gpos/validate';
import { buildBundle, buildCase, buildCommitment, buildIndicator, buildOperation, buildOrganization, buildRelationship, buildRetraction, buildSighting, buildStatistic, isRecordId, stubOf, type CaseInput } from '../src/index.js';
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
  it('builds an exchange account (vasp_account) from its provider and account id', () => {
    const built = buildIndicator({ kind: 'vasp_account', raw: '58120734', source: 'TH-GOV:aoc1441', normalize: { provider: 'bitkub' }, tlp: 'amber' }, { now });
    expect(built.problems).toEqual([]);
    expect(built.ok && built.record.observable).toMatchObject({ canonical: 'bitkub:58120734', id: observableId('vasp_account', 'bitkub:58120734'), attributes: { vasp: 'bitkub', account_id: '58120734' } });
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
  it('buildCase takes 1.1 money: values in crypto assets, transfers hop by hop and freezes with returns', () => {
    const usdt = 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
    const input: CaseInput = {
      source: 'TH-GOV:aoc1441',
      intake: { channel: 'hotline', received_at: '2026-03-12T03:00:00Z', jurisdiction: 'TH' },
      scam_type: 'investment.relationship',
      payments: [{ amount: { amount: '15000.000000', asset: usdt, fiat_equivalent: { amount: '540000.00', currency: 'THB' } }, executed_at: '2026-03-01T08:00:00Z' }],
      transfers: [
        { id: 'h1', at: '2026-03-01T07:50:00Z', sent: { amount: '540000.00', currency: 'THB' }, received: { amount: '15000.000000', asset: usdt }, rate: '0.027778' },
        {
          id: 'h2',
          parent: 'h1',
          at: '2026-03-01T08:00:00Z',
          sent: { amount: '15000.000000', asset: usdt },
          freeze: { status: 'partially_returned', amount: { amount: '15000.000000', asset: usdt }, by: 'VASP:tether', returns: [{ amount: { amount: '5000.000000', asset: usdt }, returned_at: '2026-04-01', returned_by: 'TH-GOV:amlo' }] },
        },
      ],
      loss: { accounting: 'cumulative', reported: [{ amount: '15000.000000', asset: usdt }], frozen: [{ amount: '15000.000000', asset: usdt }], returned: [{ amount: '5000.000000', asset: usdt }] },
    };
    const built = buildCase(input, { now });
    expect(built.problems).toEqual([]);
    expect(built.ok && built.record.transfers?.[1]?.freeze?.returns?.[0]?.returned_by).toBe('TH-GOV:amlo');
    // the builder validates what it builds: a hop whose parent is not in the case is refused, located
    const broken = buildCase({ ...input, transfers: [{ ...input.transfers![1]!, parent: 'h9' }] }, { now });
    expect(broken.ok).toBe(false);
    expect(broken.problems).toEqual([expect.objectContaining({ code: 'unresolved_transfer_parent', pointer: '/transfers/0/parent' })]);
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

describe('the 1.1 builders', () => {
  const source = 'TH-GOV:dsi';
  const wallet = () => {
    const built = buildIndicator({ kind: 'crypto_address', raw: 'eip155:1:0x52908400098527886E0F7030069857D2E4169EE7', source }, { now });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    return built.record;
  };
  const compound = () => {
    const built = buildOperation({ source, name: { en: 'Golden Horizon compound' }, kind: 'scam_compound', operates_from: [{ country: 'MM', subdivision: 'MM-13', locality: 'Myawaddy' }] }, { now });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    return built.record;
  };

  it('buildOperation fills the envelope, defaults to status unknown at TLP:GREEN, and reports a swapped estimate', () => {
    const op = compound();
    expect(isRecordId(op.id, 'operation')).toBe(true);
    expect(op).toMatchObject({ type: 'operation', spec_version: '1.1.0', status: 'unknown', tlp: 'green', created: '2026-03-14T09:26:53Z' });
    const bad = buildOperation({ source, name: { en: 'X' }, kind: 'call_centre', size_estimates: [{ measure: 'workers', low: 300, high: 100 }] });
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => p.code)).toEqual(['estimate_range']);
  });

  it('buildRelationship connects two records, raises the marking for a description, and refuses a type read backwards', () => {
    const op = compound();
    const w = wallet();
    const rel = buildRelationship({ source, relationship_type: 'controls', source_ref: op.id, target_ref: w.id }, { now });
    expect(rel.ok && rel.record).toMatchObject({ type: 'relationship', tlp: 'green', source_ref: op.id, target_ref: w.id });
    const described = buildRelationship({ source, relationship_type: 'controls', source_ref: op.id, target_ref: w.id, description: { en: 'Seized phone held the wallet keys.' } });
    expect(described.ok && described.record.tlp).toBe('amber');
    const backwards = buildRelationship({ source, relationship_type: 'controlled_by', source_ref: op.id, target_ref: w.id });
    expect(backwards.ok).toBe(false);
    expect(backwards.problems.map((p) => p.code)).toContain('relationship_type_mismatch');
    expect(backwards.problems.find((p) => p.code === 'relationship_type_mismatch')?.message).toContain('Did you mean "controls"');
  });

  it('buildSighting defaults the verdict to seen and checks count against distinct victims', () => {
    const w = wallet();
    const seen = buildSighting({ source: 'TH-GOV:aoc1441', indicator_ref: w.id, count: 214, distinct_victims: 180 }, { now });
    expect(seen.ok && seen.record).toMatchObject({ type: 'sighting', verdict: 'seen', tlp: 'green' });
    const swapped = buildSighting({ source: 'TH-GOV:aoc1441', indicator_ref: w.id, count: 180, distinct_victims: 214 });
    expect(swapped.ok).toBe(false);
    expect(swapped.problems.map((p) => p.code)).toEqual(['sighting_count_below_victims']);
    const nothing = buildSighting({ source: 'TH-GOV:aoc1441', verdict: 'false_positive' });
    expect(nothing.problems.map((p) => p.code)).toEqual(['sighting_without_subject']);
  });

  it('buildStatistic defaults to TLP:CLEAR and holds the figure to its measure', () => {
    const period = { start_date: '2026-07-01', end_date: '2026-09-30' };
    const ok = buildStatistic({ source: 'TH-GOV:aoc1441', measure: 'accounts_suspended', unit: 'account', value: '31064', period }, { now });
    expect(ok.ok && ok.record).toMatchObject({ type: 'statistic', tlp: 'clear', value: '31064' });
    const money = buildStatistic({ source: 'TH-GOV:aoc1441', measure: 'amount_prevented', value: '412750000', period });
    expect(money.problems.map((p) => p.code)).toEqual(['statistic_value_unit']);
    const small = buildStatistic({ source: 'TH-GOV:aoc1441', measure: 'persons_repatriated', unit: 'person', value: '3', small_cell_threshold: 10, period });
    expect(small.ok).toBe(true);
    expect(small.problems.map((p) => p.code)).toEqual(['small_cell']);
  });

  it('buildRetraction and stubOf make a delta bundle of changes only', () => {
    const op = compound();
    const w = wallet();
    const retraction = buildRetraction({ type: w.type, id: w.id, source: w.source, reason: 'reported in error' }, { now: () => new Date('2026-03-15T00:00:00Z') });
    expect(retraction.ok && retraction.record).toEqual({ type: 'indicator', id: w.id, spec_version: '1.1.0', modified: '2026-03-15T00:00:00Z', source: w.source, revoked: true, revocation_reason: 'reported in error' });
    if (!retraction.ok) return;
    const rel = buildRelationship({ source, relationship_type: 'controls', source_ref: op.id, target_ref: w.id });
    if (!rel.ok) throw new Error('fixture');
    const delta = buildBundle({ producer: source, scope: 'delta', since: '2026-03-14T00:00:00Z', records: [rel.record, retraction.record], references: [stubOf(op)] }, { now });
    expect(delta.ok).toBe(true);
    expect(delta.ok && delta.record.references).toEqual([{ type: 'operation', id: op.id, modified: op.modified }]);
    // the same records in a complete bundle leave the operation dangling
    const complete = buildBundle({ producer: source, records: [rel.record, retraction.record] }, { now });
    expect(complete.ok).toBe(false);
    expect(complete.problems.map((p) => p.code)).toEqual(['unresolved_reference']);
  });
});
