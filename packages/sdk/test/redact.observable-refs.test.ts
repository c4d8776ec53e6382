import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observableId } from '@gpos/normalize';
import { codelists, TLP_ORDER } from '@gpos/schema';
import type { Bundle, GposRecord, Indicator, Tlp } from '@gpos/types';
import { validate } from '@gpos/validate';
import { fromHex } from '../src/base64url.js';
import { Keyring, redact, redactWithNotes } from '../src/index.js';
import { cases, clone, indicatorsByKind } from './fixtures.js';

// The attack: an observable id is a UUIDv5 of the kind and canonical value, so whoever holds a redacted bundle can
// confirm a guessed value (a victim's phone number) by recomputing the id and looking for it. Redaction that hides an
// observable's value must hide its id everywhere else in the bundle too.

const rank = (t: string) => TLP_ORDER.indexOf(t as Tlp);
const stricter = (a: Tlp, b: Tlp): Tlp => (rank(a) >= rank(b) ? a : b);
const kindMin = new Map<string, Tlp>(codelists.indicator_kind.rows.map((r) => [r.code, r.min_tlp as Tlp]));
const tlpArb = fc.constantFrom<Tlp>(...(TLP_ORDER as Tlp[]));
const keyringPromise = Keyring.create([{ keyId: 'community-1', secret: fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f') }]);
const ENVELOPE = { spec_version: '1.0.0', created: '2026-03-14T10:00:00Z', modified: '2026-03-14T10:00:00Z', source: 'TH-GOV:aoc1441' } as const;
const uuid = (family: string, n: number) => `${family}--0192f0c4-7a1e-7c3b-9d2e-${n.toString(16).padStart(12, '0')}`;
const withCanonical = indicatorsByKind.filter((i) => typeof i.observable.canonical === 'string');
const idOf = (i: Indicator) => observableId(i.observable.kind, i.observable.canonical!);

const bundleOf = (records: unknown[], tlp: Tlp, description?: string): Bundle => ({
  type: 'bundle', id: 'bundle--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', spec_version: '1.0.0', created: '2026-03-14T10:00:00Z', producer: 'TH-GOV:aoc1441', tlp,
  ...(description ? { description: { en: description } } : {}),
  records: records as Bundle['records'],
});

/** A bundle of indicators and of sightings, case transfers and relationships that name them by observable id. */
const attackBundle = fc
  .record({
    picks: fc.uniqueArray(fc.integer({ min: 0, max: withCanonical.length - 1 }), { minLength: 1, maxLength: 4 }),
    tlps: fc.array(tlpArb, { minLength: 4, maxLength: 4 }),
    carriesId: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    sightings: fc.array(fc.record({ of: fc.nat(), tlp: tlpArb, namesIndicator: fc.boolean(), text: fc.boolean() }), { maxLength: 4 }),
    transfers: fc.array(fc.record({ from: fc.nat(), to: fc.option(fc.nat(), { nil: undefined }), country: fc.boolean() }), { maxLength: 3 }),
    caseTlp: tlpArb,
    relationships: fc.array(fc.record({ of: fc.nat(), tlp: tlpArb, reversed: fc.boolean() }), { maxLength: 3 }),
    bundleText: fc.boolean(),
  })
  .map(({ picks, tlps, carriesId, sightings, transfers, caseTlp, relationships, bundleText }) => {
    const indicators = picks.map((p, i) => {
      const r = clone(withCanonical[p]!);
      r.id = uuid('indicator', i + 1) as Indicator['id'];
      // validly marked: never below its kind's minimum
      r.tlp = stricter(tlps[i]!, kindMin.get(r.observable.kind) ?? 'red');
      if (carriesId[i]) r.observable.id = idOf(r) as NonNullable<Indicator['observable']['id']>;
      return r;
    });
    const pick = (n: number) => indicators[n % indicators.length]!;
    const records: Record<string, unknown>[] = [...(indicators as unknown as Record<string, unknown>[])];
    sightings.forEach((s, i) => {
      const target = pick(s.of);
      records.push({
        type: 'sighting', id: uuid('sighting', i + 1), ...ENVELOPE,
        // the observable id is personal data: TLP:GREEN at least
        tlp: stricter(s.tlp, 'green'), verdict: 'confirmed', observable_id: idOf(target),
        ...(s.namesIndicator ? { indicator_ref: target.id } : {}),
        ...(s.text ? { description: { en: `Also seen as ${idOf(target)}` } } : {}),
      });
    });
    const theCase = clone(cases.reduce((a, b) => (JSON.stringify(a).length <= JSON.stringify(b).length ? a : b))) as unknown as Record<string, unknown>;
    theCase.id = uuid('case', 1);
    theCase.tlp = stricter(caseTlp, theCase.tlp as Tlp);
    if (transfers.length > 0) {
      theCase.transfers = transfers.map((t, i) => ({
        id: `hop-${i}`, at: '2026-01-21T10:00:00Z', sent: { amount: '1000.00', currency: 'THB' },
        from: { observable_ref: idOf(pick(t.from)), ...(t.country ? { country: 'TH' } : {}) },
        ...(t.to !== undefined ? { to: { observable_ref: idOf(pick(t.to)) } } : {}),
      }));
    }
    records.push(theCase);
    relationships.forEach((r, i) => {
      const [source_ref, target_ref] = r.reversed ? [theCase.id, idOf(pick(r.of))] : [idOf(pick(r.of)), theCase.id];
      records.push({ type: 'relationship', id: uuid('relationship', i + 1), ...ENVELOPE, tlp: r.tlp, relationship_type: 'linked_to', source_ref, target_ref });
    });
    // a relationship to a relationship, which must go when its target goes
    if (relationships.length > 0) records.push({ type: 'relationship', id: uuid('relationship', 99), ...ENVELOPE, tlp: 'clear', relationship_type: 'linked_to', source_ref: uuid('relationship', 1), target_ref: theCase.id });
    const bundleTlp = records.reduce<Tlp>((t, r) => stricter(t, r.tlp as Tlp), 'clear');
    return { indicators, bundle: bundleOf(records, bundleTlp, bundleText ? `Watch ${idOf(indicators[0]!)}` : undefined) };
  });

const modes = fc.constantFrom(
  { lower: false, keyring: false },
  { lower: false, keyring: true },
  { lower: true, keyring: true },
);

describe('redaction hides the value-derived ids of observables it hides (property)', () => {
  it('no id of a pseudonymised, lowered or removed observable survives anywhere, and the output validates', async () => {
    const keyring = await keyringPromise;
    await fc.assert(
      fc.asyncProperty(attackBundle, tlpArb, modes, async ({ indicators, bundle }, audience, mode) => {
        expect(validate(bundle).valid, JSON.stringify(validate(bundle).problems.filter((p) => p.severity === 'error'))).toBe(true);
        const options = { audience, ...(mode.keyring ? { keyring } : {}), ...(mode.lower ? { indicatorsAbove: 'pseudonymise' as const } : {}) };
        const output = await redact(bundle, options);
        const text = JSON.stringify(output);
        // a value some indicator gives this audience in the clear is no secret; every other one is
        const published = new Set(indicators.filter((i) => rank(i.tlp) <= rank(audience)).map(idOf));
        for (const indicator of indicators) {
          const id = idOf(indicator);
          if (published.has(id)) continue;
          expect(text.includes(id), `the id of a ${indicator.tlp} ${indicator.observable.kind} survived redaction for ${audience} (${JSON.stringify(mode)})`).toBe(false);
        }
        const result = validate(output);
        expect(result.valid, JSON.stringify(result.problems.filter((p) => p.severity === 'error'))).toBe(true);
        // matching still works where it can: a sighting of a lowered indicator that names it keeps that link
        const out = new Map(output.records.map((r) => [r.id, r as unknown as Record<string, unknown>]));
        for (const record of bundle.records as unknown as Record<string, unknown>[]) {
          if (record.type !== 'sighting' || typeof record.indicator_ref !== 'string' || record.description !== undefined) continue;
          if (rank(record.tlp as Tlp) > rank(audience) || !out.has(record.indicator_ref as GposRecord['id'])) continue;
          expect(out.get(record.id as GposRecord['id'])?.indicator_ref, 'a sighting of an indicator the audience still receives').toBe(record.indicator_ref);
        }
      }),
      { numRuns: 250 },
    );
  });
});

describe('redaction hides the value-derived ids of observables it hides', () => {
  const account = clone(withCanonical.find((i) => i.observable.kind === 'bank_account')!);
  account.id = uuid('indicator', 1) as Indicator['id'];
  const id = idOf(account);
  const sighting = { type: 'sighting', id: uuid('sighting', 1), ...ENVELOPE, tlp: 'green', verdict: 'confirmed', observable_id: id, indicator_ref: account.id };
  const { indicator_ref: _ref, ...bareSighting } = sighting;
  const bare = { ...bareSighting, id: uuid('sighting', 2) };
  const relationship = { type: 'relationship', id: uuid('relationship', 1), ...ENVELOPE, tlp: 'green', relationship_type: 'linked_to', source_ref: id, target_ref: uuid('sighting', 1) };
  const theCase = { ...clone(cases[0]!), id: uuid('case', 1), tlp: 'amber+strict', transfers: [{ id: 'hop-1', at: '2026-01-21T10:00:00Z', sent: { amount: '1000.00', currency: 'THB' }, from: { observable_ref: id, country: 'TH' }, to: { observable_ref: id } }] };
  const input = bundleOf([account, sighting, bare, relationship, theCase], 'amber+strict');

  it('lowering an amber bank account to green: the sighting keeps its indicator_ref, the rest lose or drop the id, with notes', async () => {
    const keyring = await keyringPromise;
    expect(account.tlp).toBe('amber');
    const { value, notes } = await redactWithNotes(input, { audience: 'amber+strict', keyring });
    // cleared for it: nothing changes
    expect(JSON.stringify(value)).toContain(id);
    const lowered = await redactWithNotes(input, { audience: 'green', keyring, indicatorsAbove: 'pseudonymise' });
    expect(JSON.stringify(lowered.value)).not.toContain(id);
    const kept = new Map(lowered.value.records.map((r) => [r.id as string, r as unknown as Record<string, unknown>]));
    expect(kept.get(account.id)?.tlp).toBe('green');
    expect(kept.get(sighting.id)).toMatchObject({ indicator_ref: account.id });
    expect(kept.get(sighting.id)).not.toHaveProperty('observable_id');
    expect(kept.has(bare.id)).toBe(false);
    expect(kept.has(relationship.id)).toBe(false);
    expect(lowered.notes).toContainEqual(expect.objectContaining({ action: 'field_removed', record: sighting.id, pointer: '/observable_id' }));
    expect(lowered.notes).toContainEqual(expect.objectContaining({ action: 'record_removed', record: bare.id }));
    expect(lowered.notes).toContainEqual(expect.objectContaining({ action: 'record_removed', record: relationship.id }));
    expect(notes.filter((n) => n.action === 'record_removed')).toEqual([]);
    expect(validate(lowered.value).valid).toBe(true);
  });

  it('a case transfer loses the observable_ref, and the end goes when nothing else is left in it', async () => {
    const keyring = await keyringPromise;
    // a case above the indicator: the audience amber+strict sees the case, not a TLP:RED indicator
    const red = { ...account, tlp: 'red' };
    const { value, notes } = await redactWithNotes(bundleOf([red, theCase], 'red'), { audience: 'amber+strict', keyring, indicatorsAbove: 'pseudonymise' });
    expect(JSON.stringify(value)).not.toContain(id);
    const out = value.records.find((r) => r.type === 'case') as unknown as { transfers: Record<string, unknown>[] };
    expect(out.transfers[0]).toMatchObject({ id: 'hop-1', from: { country: 'TH' } });
    expect(out.transfers[0]).not.toHaveProperty('to');
    expect(notes).toContainEqual(expect.objectContaining({ action: 'field_removed', record: theCase.id, pointer: '/transfers/0/from/observable_ref' }));
    expect(notes).toContainEqual(expect.objectContaining({ action: 'field_removed', record: theCase.id, pointer: '/transfers/0/to' }));
    expect(validate(value).valid).toBe(true);
  });

  it('an id another indicator publishes in the clear to the same audience is left alone', async () => {
    const open = { ...clone(account), id: uuid('indicator', 2), tlp: 'amber' } as Indicator;
    const hidden = { ...clone(account), tlp: 'red' } as Indicator;
    const seen = { ...sighting, indicator_ref: open.id };
    const output = await redact(bundleOf([hidden, open, seen], 'red'), { audience: 'amber' });
    expect(output.records.some((r) => r.id === hidden.id)).toBe(false);
    expect((output.records.find((r) => r.id === seen.id) as unknown as { observable_id?: string })?.observable_id).toBe(id);
  });
});
