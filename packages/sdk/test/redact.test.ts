import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle, Indicator, VictimCase } from '@gpos/types';
import { validate } from '@gpos/validate';
import { fromHex } from '../src/base64url.js';
import { Keyring, pseudonymise, redact, redactWithNotes, type Audience } from '../src/index.js';
import { clone, indicatorsByKind, validBundle, victimCase } from './fixtures.js';

const AUDIENCES: Audience[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
const keyring = () => Keyring.create([{ keyId: 'community-1', secret: fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f') }]);

const phone = (tlp: Indicator['tlp']): Indicator => ({
  type: 'indicator',
  id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0f',
  spec_version: '1.0.0',
  created: '2026-03-14T09:26:53Z',
  modified: '2026-03-14T09:26:53Z',
  source: 'TH-GOV:aoc1441',
  tlp,
  status: 'active',
  observable: {
    kind: 'phone_number',
    raw: '081-234-5678',
    canonical: '+66812345678',
    match_keys: [{ type: 'e164', value: '+66812345678' }],
    attributes: { country: 'TH', number_type: 'MOBILE', display: '081 234 5678' },
  },
});

describe('redact a bundle', () => {
  it.each(AUDIENCES)('keeps only records at or below %s, and the result validates', async (audience) => {
    const before = JSON.stringify(validBundle);
    const out = await redact(validBundle, { audience });
    expect(JSON.stringify(validBundle)).toBe(before);
    const rank = AUDIENCES.indexOf(audience);
    for (const r of out.records as unknown as { tlp: Audience }[]) expect(AUDIENCES.indexOf(r.tlp)).toBeLessThanOrEqual(rank);
    expect(out.records.length).toBe(validBundle.records.filter((r) => AUDIENCES.indexOf((r as unknown as { tlp: Audience }).tlp) <= rank).length);
    expect(validate(out).valid, JSON.stringify(validate(out).problems)).toBe(true);
    expect(AUDIENCES.indexOf(out.tlp)).toBeLessThanOrEqual(rank);
  });
  it('lowers the bundle tlp to the audience, never below a record, and drops the signature', async () => {
    const signed = { ...clone(validBundle), signature: { jws: 'a..b', kid: 'k', alg: 'EdDSA' as const } };
    const out = await redact(signed, { audience: 'green' });
    expect(out.tlp).toBe('green');
    expect(out.signature).toBeUndefined();
    expect(out.id).toBe(validBundle.id);
    const clearBundle = { ...clone(validBundle), tlp: 'clear' as const, records: [] };
    expect((await redact(clearBundle, { audience: 'amber' })).tlp).toBe('clear');
    // a bundle marked too low for its records is raised to cover what it still carries
    const tooLow = { ...clone(validBundle), tlp: 'clear' as const };
    expect((await redact(tooLow, { audience: 'amber' })).tlp).toBe('green');
  });
});

describe('redact a record', () => {
  it('returns undefined for a record above the audience, and a copy otherwise', async () => {
    expect(await redact(victimCase, { audience: 'amber' })).toBeUndefined();
    const kept = await redact(victimCase, { audience: 'red' });
    expect(kept).not.toBe(victimCase);
  });
  it('drops a narrative that keeps its default TLP:RED for anyone but red', async () => {
    const strict = await redact(victimCase, { audience: 'amber+strict' });
    expect(strict).toBeDefined();
    expect(strict!.narrative).toBeUndefined();
    expect(strict!.victim?.vulnerability).toEqual(['elderly']);
    expect(validate(strict).valid).toBe(true);
    expect((await redact(victimCase, { audience: 'red' }))!.narrative).toEqual(victimCase.narrative);
    const marked: VictimCase = { ...clone(victimCase), narrative: { text: { en: 'Scrubbed summary.' }, tlp: 'amber+strict' } };
    expect((await redact(marked, { audience: 'amber+strict' }))!.narrative).toEqual(marked.narrative);
  });
  it('removes personal fields marked above the record itself (a mis-marked record), so the output validates', async () => {
    const misMarked = { ...clone(victimCase), tlp: 'green' as const };
    const { value, notes } = await redactWithNotes(misMarked, { audience: 'red' });
    expect(value!.victim).toEqual({ age_band: 'age_60_69' });
    // the narrative carries its own marking (TLP:RED when absent), and a red audience may see it
    expect(value!.narrative).toEqual(victimCase.narrative);
    expect(notes.map((n) => n.pointer)).toEqual(['/victim/vulnerability/0']);
    expect(notes.every((n) => !JSON.stringify(n).includes('elderly'))).toBe(true);
    expect(validate(value).valid, JSON.stringify(validate(value).problems)).toBe(true);
  });
  it('removes records with no valid tlp or of an unknown family', async () => {
    const out = await redact([{ ...clone(victimCase), tlp: 'white' } as unknown as VictimCase, { type: 'weird', tlp: 'clear' } as unknown as VictimCase], { audience: 'red' });
    expect(out).toEqual([]);
  });
  it('refuses an audience that is not a TLP label', async () => {
    await expect(redact(victimCase, { audience: 'white' as Audience })).rejects.toThrow(TypeError);
  });
});

describe('redact observables', () => {
  it('keeps a phone number for a green audience', async () => {
    expect((await redact(phone('green'), { audience: 'green' }))!.observable.canonical).toBe('+66812345678');
  });
  it('replaces a phone number on a mis-marked clear record by its pseudonym and keyed match keys', async () => {
    const ring = await keyring();
    const out = (await redact(phone('clear'), { audience: 'clear', keyring: ring }))!;
    expect(out.observable).toEqual({
      kind: 'phone_number',
      pseudonym: await pseudonymise(ring, 'phone_number', '+66812345678'),
      match_keys: [{ type: 'hmac_sha256', of: 'e164', key_id: 'community-1', value: (await pseudonymise(ring, 'e164', '+66812345678')).value }],
      attributes: { country: 'TH', number_type: 'MOBILE' },
    });
    expect(JSON.stringify(out)).not.toMatch(/812345678|234-5678|234 5678/);
    expect(validate(out).valid, JSON.stringify(validate(out).problems)).toBe(true);
  });
  it('drops the indicator when its value may not go and no keyring is given', async () => {
    const { value, notes } = await redactWithNotes(phone('clear'), { audience: 'clear' });
    expect(value).toBeUndefined();
    expect(notes.at(-1)).toMatchObject({ action: 'record_removed', reason: expect.stringMatching(/keyring/) });
  });
  it('keeps an existing pseudonym and never re-derives ids from a missing value', async () => {
    const ring = await keyring();
    const pseudonymous: Indicator = { ...phone('clear'), observable: { kind: 'phone_number', pseudonym: await pseudonymise(ring, 'phone_number', '+66812345678') } };
    expect(await redact(pseudonymous, { audience: 'clear' })).toEqual(pseudonymous);
  });
  it.each(indicatorsByKind.map((r) => [r.observable.kind, r] as const))('%s: every audience gets a valid result or nothing', async (_kind, record) => {
    const ring = await keyring();
    for (const audience of AUDIENCES) {
      for (const tlp of AUDIENCES) {
        const input = { ...clone(record), tlp };
        const out = await redact(input, { audience, keyring: ring });
        if (out === undefined) continue;
        expect(AUDIENCES.indexOf(out.tlp)).toBeLessThanOrEqual(AUDIENCES.indexOf(audience));
        const result = validate(out);
        expect(result.valid, `${audience}/${tlp}: ${JSON.stringify(result.problems)}`).toBe(true);
      }
    }
  });
});

describe('purity', () => {
  it('never mutates its input', async () => {
    const ring = await keyring();
    const input = phone('clear');
    const frozen = JSON.stringify(input);
    await redact(input, { audience: 'clear', keyring: ring });
    await redact([input], { audience: 'clear', keyring: ring });
    const bundle: Bundle = { ...clone(validBundle), records: [...clone(validBundle.records), input as unknown as Bundle['records'][number]] };
    const bundleText = JSON.stringify(bundle);
    await redact(bundle, { audience: 'green', keyring: ring });
    expect(JSON.stringify(input)).toBe(frozen);
    expect(JSON.stringify(bundle)).toBe(bundleText);
  });
});

describe('redact field-level markings (1.1)', () => {
  // an elderly victim's vulnerability goes to banks at TLP:AMBER; a cognitive impairment stays AMBER+STRICT
  const elderly = (): VictimCase => ({
    ...clone(victimCase),
    tlp: 'amber',
    victim: { age_band: 'age_70_79', vulnerability: ['elderly', 'cognitive_impairment'] },
    markings: [{ pointer: '/victim/vulnerability/1', tlp: 'amber+strict', reason: 'health data' }],
  });

  it('the validator accepts the elderly code at TLP:AMBER with the stricter code marked, and refuses it unmarked', () => {
    expect(validate(elderly()).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const unmarked = { ...elderly(), markings: undefined };
    expect(validate(unmarked).problems.map((p) => [p.code, p.pointer])).toContainEqual(['personal_data_below_tlp', '/victim/vulnerability/1']);
  });

  it('removes a part marked above the audience and its marking, keeps the rest, and the copy validates', async () => {
    const { value, notes } = await redactWithNotes(elderly(), { audience: 'amber' });
    expect(value!.victim!.vulnerability).toEqual(['elderly']);
    expect(value!.markings).toBeUndefined();
    expect(notes.map((n) => n.pointer).filter((p) => p.startsWith('/victim'))).toEqual(['/victim/vulnerability/1']);
    expect(validate(value).valid, JSON.stringify(validate(value).problems)).toBe(true);
    const cleared = await redact(elderly(), { audience: 'amber+strict' });
    expect(cleared!.victim!.vulnerability).toEqual(['elderly', 'cognitive_impairment']);
    expect(cleared!.markings).toEqual(elderly().markings);
  });

  it('renumbers the markings of later array items after an earlier one goes', async () => {
    const record: VictimCase = {
      ...clone(victimCase),
      tlp: 'amber+strict',
      victim: { vulnerability: ['trafficking_victim', 'elderly', 'language_barrier'] },
      markings: [
        { pointer: '/victim/vulnerability/0', tlp: 'red' },
        { pointer: '/victim/vulnerability/2', tlp: 'amber+strict' },
      ],
    };
    const out = await redact(record, { audience: 'amber+strict' });
    expect(out!.victim!.vulnerability).toEqual(['elderly', 'language_barrier']);
    expect(out!.markings).toEqual([{ pointer: '/victim/vulnerability/1', tlp: 'amber+strict' }]);
    expect(validate(out).valid, JSON.stringify(validate(out).problems)).toBe(true);
  });

  it('removes an array the markings emptied, so its presence says nothing', async () => {
    const record: VictimCase = { ...clone(victimCase), tlp: 'amber', victim: { vulnerability: ['elderly'] }, labels: ['lotus'], markings: [{ pointer: '/labels/0', tlp: 'red' }] };
    const out = await redact(record, { audience: 'amber' });
    expect(out).not.toHaveProperty('labels');
    expect(validate(out).valid).toBe(true);
  });

  it('removes the whole record when a required part is marked above the audience', async () => {
    const record: VictimCase = { ...clone(victimCase), tlp: 'amber', victim: {}, markings: [{ pointer: '/intake', tlp: 'red' }] };
    const { value, notes } = await redactWithNotes(record, { audience: 'amber' });
    expect(value).toBeUndefined();
    expect(notes[0]).toMatchObject({ action: 'record_removed', reason: expect.stringContaining('/intake') });
    expect((await redact(record, { audience: 'red' }))!.intake).toEqual(record.intake);
  });

  it('drops a marking that names nothing rather than pass on an invalid copy', async () => {
    const record: VictimCase = { ...clone(victimCase), tlp: 'amber', victim: {}, markings: [{ pointer: '/evidence/7', tlp: 'amber' }] };
    const out = await redact(record, { audience: 'red' });
    expect(out!.markings).toBeUndefined();
  });
});

describe('redact the 1.1 families and delta bundles', () => {
  const examples = new URL('../../../examples/', import.meta.url);
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, examples), 'utf8')) as Bundle;

  it('removes a relationship description below TLP:AMBER and a sighting note below TLP:GREEN, keeping the link and the counts', async () => {
    const network = read('bundles/scam-compound-network.json');
    const described = network.records.find((r) => r.type === 'relationship' && 'description' in r)!;
    expect(described.tlp).toBe('amber');
    const forAmber = await redact(network, { audience: 'amber' });
    expect(forAmber.records.find((r) => r.id === described.id)).toHaveProperty('description');
    const forGreen = await redactWithNotes(network, { audience: 'green' });
    // the record itself is TLP:AMBER, so it goes whole for a green audience; a green copy keeps the link without the text
    expect(forGreen.value.records.some((r) => r.id === described.id)).toBe(false);
    const greenCopy = await redactWithNotes({ ...described, tlp: 'green' } as never, { audience: 'green' });
    expect(greenCopy.value).toMatchObject({ relationship_type: 'registered_by_same_actor', source_ref: (described as { source_ref: string }).source_ref });
    expect(greenCopy.value).not.toHaveProperty('description');
    expect(greenCopy.notes.map((n) => n.pointer)).toContain('/description');

    const sighting = read('bundles/th-aoc1441-daily-delta.json').records.find((r) => r.type === 'sighting')!;
    const published = await redactWithNotes({ ...sighting, description: { en: 'Reported by the same family twice.' } } as never, { audience: 'clear' });
    expect(published.value).toBeUndefined(); // the sighting itself is TLP:GREEN
    const clearCopy = await redact({ ...sighting, tlp: 'clear', description: { en: 'Reported by the same family twice.' } } as never, { audience: 'clear' });
    expect(clearCopy).toMatchObject({ count: 214, distinct_victims: 180 });
    expect(clearCopy).not.toHaveProperty('description');
  });

  it('keeps a delta bundle a delta, with its references and its minimal retraction, which travels under the bundle tlp', async () => {
    const delta = read('bundles/th-aoc1441-daily-delta.json');
    const retraction = delta.records.find((r) => r.revoked === true && !('observable' in r))!;
    expect(retraction).not.toHaveProperty('tlp');
    const forGreen = await redact(delta, { audience: 'green' });
    expect(forGreen).toMatchObject({ scope: 'delta', since: delta.since, references: delta.references });
    expect(forGreen.records).toContainEqual(retraction);
    expect(validate(forGreen).valid).toBe(true);
    // marked above the audience, the bundle's own description goes but how to read its records stays
    const amberBundle = { ...delta, tlp: 'amber' as const };
    const lowered = await redact(amberBundle, { audience: 'green' });
    expect(lowered).not.toHaveProperty('description');
    expect(lowered).toMatchObject({ scope: 'delta', references: delta.references });
    // a retraction in an amber bundle is amber: it does not reach a clear audience
    expect((await redact(amberBundle, { audience: 'clear' })).records).not.toContainEqual(retraction);
  });
});

describe('redact links to records the audience may not see', () => {
  const examples = new URL('../../../examples/', import.meta.url);
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, examples), 'utf8')) as Bundle;

  it('drops relationships whose end was removed, so the redacted bundle still validates and names no hidden id', async () => {
    const network = read('bundles/scam-compound-network.json');
    const cases = network.records.filter((r) => r.type === 'case').map((r) => r.id);
    expect(cases.length).toBeGreaterThan(0);
    const { value, notes } = await redactWithNotes(network, { audience: 'green' });
    expect(JSON.stringify(value.records)).not.toMatch(new RegExp(cases.join('|')));
    expect(notes.filter((n) => n.reason.includes('names a record the audience may not see'))).toHaveLength(cases.length);
    expect(value.records.filter((r) => r.type === 'relationship' && (r as { relationship_type: string }).relationship_type === 'controls')).toHaveLength(9);
    expect(validate(value).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('removes statistic_refs to statistics that went, and the statistics that stay keep their place', async () => {
    const statistics = read('bundles/th-aoc1441-published-statistics.json');
    const suspended = statistics.records.find((r) => r.type === 'statistic' && (r as { measure: string }).measure === 'accounts_suspended')!;
    const hidden = { ...statistics, tlp: 'amber' as const, records: statistics.records.map((r) => (r.id === suspended.id ? { ...r, tlp: 'amber' as const } : r)) };
    const { value } = await redactWithNotes(hidden, { audience: 'green' });
    const commitment = value.records.find((r) => r.type === 'commitment') as { metrics: Array<{ periods: Array<{ statistic_refs?: string[] }> }> };
    expect(commitment.metrics[0]!.periods[0]).not.toHaveProperty('statistic_refs');
    expect(commitment.metrics[1]!.periods[0]!.statistic_refs).toHaveLength(1);
    expect(validate(value).valid).toBe(true);
  });
});

describe("indicatorsAbove: 'pseudonymise' lowers indicators instead of dropping them", () => {
  const chatty = (tlp: Indicator['tlp']): Indicator => ({
    ...phone(tlp),
    description: { en: 'Caller from 081-234-5678 claims to be the bank' },
    labels: ['hotline-7731'],
    local_refs: [{ system: 'hotline_ticket', value: 'HT-0812345678' }],
    typology: ['impersonation.bank'],
    confidence: 80,
  });

  it('a GREEN indicator reaches TLP:CLEAR as a keyed pseudonym with its coded fields, and the bundle validates', async () => {
    const ring = await keyring();
    const bundle = { ...clone(validBundle), tlp: 'green', description: { en: 'Numbers of the week: +66812345678' }, records: [chatty('green')] } as unknown as Bundle;
    const { value, notes } = await redactWithNotes(bundle, { audience: 'clear', keyring: ring, indicatorsAbove: 'pseudonymise' });
    const [lowered] = value.records as unknown as Indicator[];
    expect(lowered).toMatchObject({ tlp: 'clear', status: 'active', typology: ['impersonation.bank'], confidence: 80, observable: { kind: 'phone_number', pseudonym: await pseudonymise(ring, 'phone_number', '+66812345678') } });
    expect(lowered!.observable.match_keys?.every((k) => k.type === 'hmac_sha256')).toBe(true);
    expect(lowered!.observable.attributes).toEqual({ country: 'TH', number_type: 'MOBILE' });
    for (const gone of ['description', 'labels', 'local_refs']) expect(lowered).not.toHaveProperty(gone);
    const text = JSON.stringify(value);
    for (const secret of ['+66812345678', '081-234-5678', '081 234 5678', '0812345678']) expect(text).not.toContain(secret);
    expect(value.tlp).toBe('clear');
    expect(notes).toContainEqual(expect.objectContaining({ action: 'record_lowered', pointer: '/tlp' }));
    expect(validate(value).valid, JSON.stringify(validate(value).problems)).toBe(true);
  });

  it('by default, and for TLP:RED indicators, the indicator is removed as before', async () => {
    const ring = await keyring();
    expect(await redact(chatty('green'), { audience: 'clear', keyring: ring })).toBeUndefined();
    expect(await redact(chatty('red'), { audience: 'clear', keyring: ring, indicatorsAbove: 'pseudonymise' })).toBeUndefined();
    // an indicator already fit for the audience is left alone
    expect(await redact(chatty('green'), { audience: 'green', keyring: ring, indicatorsAbove: 'pseudonymise' })).toEqual(chatty('green'));
  });

  it('needs a keyring', async () => {
    await expect(redact(chatty('green'), { audience: 'clear', indicatorsAbove: 'pseudonymise' })).rejects.toThrow(/needs a keyring/);
  });
});
