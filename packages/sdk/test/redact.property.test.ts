import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codelists, fieldIndex, TLP_ORDER } from '@gpos/schema';
import type { Bundle, Case, GposRecord, Indicator, Tlp } from '@gpos/types';
import { validate } from '@gpos/validate';
import { fromHex } from '../src/base64url.js';
import { Keyring, redact } from '../src/index.js';
import { cases, clone, commitment, indicatorsByKind, organization } from './fixtures.js';

// An independent oracle: reads the schema's markings itself rather than trusting the SDK's helpers.
const rank = (t: string) => TLP_ORDER.indexOf(t as Tlp);
const kindMin = new Map<string, string>(codelists.indicator_kind.rows.map((r) => [r.code, r.min_tlp as string]));
const KINDS = [...kindMin.keys()];

function valuesAt(node: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return node === undefined ? [] : [node];
  if (node === null || typeof node !== 'object') return [];
  const [step, ...rest] = path;
  if (step === '*') return Array.isArray(node) ? node.flatMap((v) => valuesAt(v, rest)) : [];
  if (step === '{}') return Array.isArray(node) ? [] : Object.values(node).flatMap((v) => valuesAt(v, rest));
  return Array.isArray(node) ? [] : valuesAt((node as Record<string, unknown>)[step!], rest);
}

/** Minimums set per code by a field's own codelist (1.1: vulnerability and victim_role), read from the CSV data. */
const perCode = (list: string) => new Map<string, string>(((codelists as unknown as Record<string, { rows: { code: string; min_tlp?: string }[] }>)[list]?.rows ?? []).filter((r) => r.min_tlp).map((r) => [r.code, r.min_tlp!]));
const CODE_MIN: Record<string, Map<string, string>> = { vulnerability: perCode('vulnerability'), victim_role: perCode('victim_role') };

/** Every value under a fieldIndex path, with its JSON Pointer. */
function located(node: unknown, path: readonly string[], at = ''): { pointer: string; value: unknown }[] {
  if (path.length === 0) return node === undefined ? [] : [{ pointer: at, value: node }];
  if (node === null || typeof node !== 'object') return [];
  const [step, ...rest] = path;
  if (step === '*') return Array.isArray(node) ? node.flatMap((v, i) => located(v, rest, `${at}/${i}`)) : [];
  if (step === '{}') return Array.isArray(node) ? [] : Object.entries(node).flatMap(([k, v]) => located(v, rest, `${at}/${k}`));
  return Array.isArray(node) ? [] : located((node as Record<string, unknown>)[step!], rest, `${at}/${step}`);
}

/** The label a value travels under: the deepest of the record's markings naming it or an ancestor, else the record's. */
function labelOf(record: Record<string, unknown>, pointer: string): number {
  let best: { depth: number; tlp: string } | undefined;
  for (const m of (record.markings as { pointer: string; tlp: string }[] | undefined) ?? []) {
    if (pointer === m.pointer || pointer.startsWith(`${m.pointer}/`)) {
      const depth = m.pointer.split('/').length;
      if (!best || depth > best.depth) best = { depth, tlp: m.tlp };
    }
  }
  return rank(best ? best.tlp : String(record.tlp));
}

/** Every personal value present in a record with the lowest label it may travel under, and the label it has. */
function personalValues(record: Record<string, unknown>): { path: string; min: number; own?: number; label: number }[] {
  const out: { path: string; min: number; own?: number; label: number }[] = [];
  for (const field of fieldIndex[String(record.type)] ?? []) {
    if (!field.personal) continue;
    const by = field.personal.min_tlp_by;
    for (const { pointer, value } of located(record, field.path)) {
      let min = rank(field.personal.min_tlp);
      if (by === 'indicator_kind.min_tlp') {
        const kind = (record.observable as { kind?: string } | undefined)?.kind ?? '';
        min = Math.max(min, kindMin.has(kind) ? rank(kindMin.get(kind)!) : 4);
      } else if (by) {
        const own = CODE_MIN[by.split('.')[0]!]?.get(String(value));
        if (own) min = rank(own);
      }
      if (field.personal.category === 'narrative') {
        const own = (value as { tlp?: string }).tlp;
        out.push({ path: pointer, min, own: own === undefined ? 4 : rank(own), label: labelOf(record, pointer) });
      } else out.push({ path: pointer, min, label: labelOf(record, pointer) });
    }
  }
  return out;
}

/** Parts of a case a random marking may name, and the secrets they hold. */
const SECRET_NAME = 'Krungthai impersonation script 7731';
const SECRET_LABEL = 'informant-lotus-4412';
const MARKED_SECRETS: Record<string, string> = { '/impersonated/0/name': SECRET_NAME, '/impersonated': SECRET_NAME, '/labels/1': SECRET_LABEL, '/labels': SECRET_LABEL };
const MARKABLE = [...Object.keys(MARKED_SECRETS), '/victim/vulnerability/0', '/victim/vulnerability/1', '/victim/vulnerability', '/victim', '/timeline'];

/** Protection blocks of trafficking victims (1.1): the whole block is special-category data. */
const PROTECTIONS: NonNullable<NonNullable<Case['victim']>['protection']>[] = [
  { identification: { stage: 'formal', identified_at: '2026-10-04', identified_by: 'TH-GOV:dsi', legal_basis: 'Anti-Trafficking in Persons Act B.E. 2551' } },
  { rescue: { rescued_at: '2026-10-02', location: { country: 'MM', subdivision: 'MM-13' }, by: ['TH-GOV:rtp'] }, repatriation: { status: 'completed', to_country: 'BD', assisted_by: ['UN:iom'] } },
  { support: [{ service: 'shelter', provided_by: 'TH-GOV:msdhs', started_at: '2026-10-03' }, { service: 'consular', provided_by: 'BD-GOV:mofa' }] },
];

const tlpArb = fc.constantFrom<Tlp>(...(TLP_ORDER as Tlp[]));
const keyringPromise = Keyring.create([{ keyId: 'community-1', secret: fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f') }]);

/** Valid records from the corpus with a random marking and random optional personal fields. */
const markedRecord = (options: { kindSwap: boolean }): fc.Arbitrary<GposRecord> =>
  fc.oneof(
    fc.record({ base: fc.constantFrom(...indicatorsByKind), tlp: tlpArb, kind: fc.constantFrom(...KINDS), swap: fc.boolean(), accountNumber: fc.option(fc.stringMatching(/^[0-9]{10,12}$/), { nil: undefined }), accountId: fc.option(fc.constantFrom('wallet-77812', 'acct-991'), { nil: undefined }), keysOnly: fc.boolean() }).map(({ base, tlp, kind, swap, accountNumber, accountId, keysOnly }) => {
      const r = clone(base) as Indicator;
      r.tlp = tlp;
      if (options.kindSwap && swap) r.observable.kind = kind as Indicator['observable']['kind'];
      if (keysOnly) {
        r.observable.match_keys = [...(r.observable.match_keys ?? []), { type: 'e164', value: '+66812345678' }];
        r.observable.pseudonym = { alg: 'hmac-sha256', key_id: 'community-1', value: 'y7x-SZ0AajcQJ00xPCiGoerswA3gN36VFYUoxjUguXQ' };
        delete r.observable.raw;
        delete r.observable.canonical;
        delete r.observable.id;
      }
      if (accountNumber || accountId) r.observable.attributes = { ...r.observable.attributes, ...(accountNumber ? { account_number: accountNumber } : {}), ...(accountId ? { account_id: accountId } : {}) };
      return r as GposRecord;
    }),
    fc.record({ base: fc.constantFrom(...cases), tlp: tlpArb, narrative: fc.option(tlpArb, { nil: undefined }), hasNarrative: fc.boolean(), residence: fc.boolean(), nationality: fc.boolean(), vulnerable: fc.boolean(), ref: fc.boolean(), protection: fc.option(fc.constantFrom(...PROTECTIONS), { nil: undefined }), marks: fc.array(fc.record({ part: fc.constantFrom(...MARKABLE), tlp: tlpArb }), { maxLength: 4 }) }).map(({ base, tlp, narrative, hasNarrative, residence, nationality, vulnerable, ref, protection, marks }) => {
      const r = clone(base);
      r.tlp = tlp;
      if (hasNarrative) r.narrative = { text: { en: 'He said his name was Somchai and called from a hospital.' }, ...(narrative ? { tlp: stricter(narrative, tlp) } : {}) };
      r.victim = { ...r.victim, ...(residence ? { residence: 'TH-10' } : {}), ...(nationality ? { nationality: 'MM' } : {}), ...(vulnerable ? { vulnerability: ['elderly', 'trafficking_victim', 'language_barrier'] } : {}), ...(protection ? { role: 'forced_criminality', protection } : {}) };
      if (ref && r.payments?.[0]) r.payments[0].transaction_ref = 'KBANK-20260120-000991';
      // field-level markings (1.1), each on a part that holds a secret the leak check looks for
      r.impersonated = [{ entity_type: 'bank', name: SECRET_NAME }];
      r.labels = ['triage', SECRET_LABEL];
      const seen = new Set<string>();
      const markings = marks.filter(({ part }) => !seen.has(part) && seen.add(part) && (part.startsWith('/victim/vulnerability') ? vulnerable : true));
      // for the validity property, only markings a valid record may carry: never lower than the label a part
      // inherits, except a vulnerability code (whose own minimum the redaction then enforces)
      const inherited = (part: string) => markings.filter((m) => part.startsWith(`${m.part}/`)).reduce<Tlp>((t, m) => stricter(t, m.tlp), tlp);
      const valid = ({ part, tlp: t }: { part: string; tlp: Tlp }) => (/^\/victim\/vulnerability\/\d$/.test(part) ? t : stricter(t, inherited(part)));
      const sorted = [...markings].sort((x, y) => x.part.length - y.part.length);
      for (const m of sorted) if (!options.kindSwap) m.tlp = valid(m);
      if (markings.length > 0) r.markings = markings.map(({ part, tlp }) => ({ pointer: part, tlp })) as NonNullable<Case['markings']>;
      return r as GposRecord;
    }),
    fc.record({ base: fc.constantFrom(...cases), tlp: tlpArb }).map(({ base, tlp }) => {
      // the elderly victim's vulnerability shared with banks at TLP:AMBER while the rest of the case is stricter
      const r = clone(base);
      r.tlp = tlp;
      r.victim = { ...r.victim, vulnerability: ['elderly', 'trafficking_victim'] };
      r.markings = [{ pointer: '/victim/vulnerability/0', tlp: 'amber' }, { pointer: '/victim/vulnerability/1', tlp: 'amber+strict' }] as NonNullable<Case['markings']>;
      return r as GposRecord;
    }),
    fc.record({ base: fc.constantFrom(commitment, organization), tlp: tlpArb }).map(({ base, tlp }) => ({ ...clone(base), tlp }) as GposRecord),
  );
const stricter = (a: Tlp, b: Tlp): Tlp => (rank(a) >= rank(b) ? a : b);

const bundleOf = (records: GposRecord[], tlp: Tlp, description?: Bundle['description']): Bundle => ({
  type: 'bundle', id: 'bundle--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', spec_version: '1.0.0', created: '2026-03-14T10:00:00Z', producer: 'TH-GOV:aoc1441', tlp,
  ...(description ? { description } : {}),
  records: records as unknown as Bundle['records'],
});
const ENVELOPE_SECRET = 'Operation Lotus: informant in the call centre';
const descriptionArb = fc.option(fc.constantFrom({ en: ENVELOPE_SECRET }, { en: 'Weekly feed', th: ENVELOPE_SECRET }), { nil: undefined });

/** Distinct ids, as a bundle requires and as the leak check needs to pair input and output records. */
const uniqueIds = (records: GposRecord[]) => records.map((r, i) => ({ ...r, id: r.id.replace(/.{4}$/, i.toString(16).padStart(4, '0')) }) as GposRecord);

function assertNoLeak(input: GposRecord[], output: Bundle, audience: Tlp) {
  const a = rank(audience);
  const byId = new Map((output.records as unknown as { id: string }[]).map((r) => [r.id, JSON.stringify(r)]));
  for (const record of output.records as unknown as Record<string, unknown>[]) {
    expect(rank(String(record.tlp)), 'record above the audience').toBeLessThanOrEqual(a);
    for (const v of personalValues(record)) {
      if (v.own !== undefined) expect(Math.max(v.min, v.own), `${v.path} above the audience`).toBeLessThanOrEqual(a);
      else expect(v.min, `${v.path} above the audience or the label it travels under`).toBeLessThanOrEqual(Math.min(a, v.label));
    }
    // no part survives with a marking above the audience
    for (const m of (record.markings as { pointer: string; tlp: string }[] | undefined) ?? []) expect(rank(m.tlp), `${m.pointer} marked above the audience`).toBeLessThanOrEqual(a);
  }
  // and no secret of a part marked above the audience survives anywhere
  for (const record of input as unknown as Record<string, unknown>[]) {
    const text = byId.get(String(record.id));
    if (text === undefined) continue;
    for (const m of (record.markings as { pointer: string; tlp: string }[] | undefined) ?? []) {
      const secret = MARKED_SECRETS[m.pointer];
      if (secret && rank(m.tlp) > a) expect(text.includes(secret), `${m.pointer} marked ${m.tlp} leaked to ${audience}`).toBe(false);
    }
  }
  // and no observable value that had to go survives anywhere in its record, in any form it was given
  for (const record of input as unknown as Record<string, unknown>[]) {
    const level = Math.min(a, rank(String(record.tlp)));
    const obs = record.observable as Indicator['observable'] | undefined;
    const min = obs ? (kindMin.has(obs.kind) ? rank(kindMin.get(obs.kind)!) : 4) : -1;
    const text = byId.get(String(record.id));
    if (obs && min > level && text !== undefined) {
      const keys = (obs.match_keys ?? []).filter((k) => k.type !== 'hmac_sha256').map((k) => k.value);
      for (const secret of [obs.canonical, obs.raw, obs.id, obs.attributes?.account_number, obs.attributes?.account_id, ...keys]) {
        if (typeof secret === 'string' && secret.length >= 6) expect(text.includes(JSON.stringify(secret)), `${obs.kind} value leaked`).toBe(false);
      }
    }
  }
}

describe('redaction never leaks (property)', () => {
  it('for arbitrary bundles, audiences and keyrings, nothing personal survives above the audience', async () => {
    const keyring = await keyringPromise;
    await fc.assert(
      fc.asyncProperty(fc.array(markedRecord({ kindSwap: true }), { maxLength: 8 }), tlpArb, tlpArb, fc.boolean(), descriptionArb, async (given, bundleTlp, audience, withKeyring, description) => {
        const records = uniqueIds(given);
        const input = bundleOf(records, bundleTlp, description);
        const before = JSON.stringify(input);
        const output = await redact(input, { audience, ...(withKeyring ? { keyring } : {}) });
        expect(JSON.stringify(input)).toBe(before);
        assertNoLeak(records, output, audience);
        expect(rank(output.tlp)).toBeLessThanOrEqual(rank(audience));
        // the envelope's own text travels only as far as the bundle's own marking
        if (rank(bundleTlp) > rank(audience)) expect(JSON.stringify(output)).not.toContain(ENVELOPE_SECRET);
        else expect(output.description).toEqual(description);
      }),
      { numRuns: 300 },
    );
  });

  it('records redacted one by one or as an array obey the same rule', async () => {
    const keyring = await keyringPromise;
    await fc.assert(
      fc.asyncProperty(fc.array(markedRecord({ kindSwap: true }), { maxLength: 6 }), tlpArb, async (given, audience) => {
        const records = uniqueIds(given);
        const array = await redact(records, { audience, keyring });
        assertNoLeak(records, bundleOf(array, 'red'), audience);
        for (const record of records) {
          const one = await redact(record, { audience });
          if (one) assertNoLeak([record], bundleOf([one], 'red'), audience);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('valid records with any marking redact to a bundle that validates', async () => {
    const keyring = await keyringPromise;
    await fc.assert(
      fc.asyncProperty(fc.array(markedRecord({ kindSwap: false }), { maxLength: 6 }), tlpArb, tlpArb, descriptionArb, async (records, bundleTlp, audience, description) => {
        // distinct ids, as a bundle requires
        const unique = uniqueIds(records);
        const output = await redact(bundleOf(unique, bundleTlp, description), { audience, keyring });
        const result = validate(output);
        expect(result.valid, JSON.stringify(result.problems.filter((p) => p.severity === 'error'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** Every form of an observable's value a reader could recognise it by. */
function valueForms(obs: Indicator['observable']): string[] {
  const keys = (obs.match_keys ?? []).filter((k) => k.type !== 'hmac_sha256').map((k) => k.value);
  const attributes = Object.entries(obs.attributes ?? {}).filter(([k, v]) => typeof v === 'string' && !['country', 'institution_id', 'institution_name', 'scheme', 'proxy_type', 'provider', 'card_network', 'issuer_country', 'chain_id', 'custodian', 'asset', 'platform', 'app_platform', 'number_type'].includes(k)).map(([, v]) => v as string);
  return [obs.canonical, obs.raw, obs.id, ...keys, ...attributes].filter((v): v is string => typeof v === 'string' && v.length >= 6);
}

/** An indicator that repeats its own value wherever a person might write it: free text, labels, references, names, notes. */
const chattyIndicator = fc.record({ base: fc.constantFrom(...indicatorsByKind), tlp: tlpArb }).map(({ base, tlp }) => {
  const r = clone(base) as Indicator;
  // validly marked: never below its kind's minimum
  r.tlp = stricter(tlp, (kindMin.get(r.observable.kind) ?? 'red') as Tlp);
  const value = r.observable.raw ?? r.observable.canonical ?? 'unknown';
  r.description = { en: `Reported by three victims: ${value}` };
  r.labels = [`seen-${value}`];
  r.local_refs = [{ system: 'hotline_ticket', value: `T-${value}` }];
  r.external_refs = [{ source_name: 'urlscan', url: `https://urlscan.example/search?q=${encodeURIComponent(value)}`, description: value }];
  r.impersonated = [{ entity_type: 'bank', name: `Bank behind ${value}` }];
  return r as GposRecord;
});

describe('lowering indicators by pseudonymising them (property)', () => {
  it('for arbitrary bundles and audiences: every indicator not above the audience or lowered to it, no value of a lowered or pseudonymised observable anywhere in the output, and the output validates', async () => {
    const keyring = await keyringPromise;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(chattyIndicator, markedRecord({ kindSwap: false })), { maxLength: 6 }), tlpArb, async (given, audience) => {
        const records = uniqueIds(given);
        // a valid bundle: marked at least as strictly as every record it carries, its description naming the values
        const bundleTlp = records.reduce<Tlp>((t, r) => stricter(t, r.tlp as Tlp), 'clear');
        // mis-marked indicators (below their kind's minimum; the validator's business) are redacted but not judged here
        const wellMarked = (r: GposRecord) => r.type === 'indicator' && rank(r.tlp as Tlp) >= rank(kindMin.get((r as Indicator).observable.kind) ?? 'red');
        const values = records.filter(wellMarked).flatMap((r) => valueForms((r as Indicator).observable));
        const input = bundleOf(records, bundleTlp, { en: `This week: ${values.join(', ')}` });
        const output = await redact(input, { audience, keyring, indicatorsAbove: 'pseudonymise' });
        const text = JSON.stringify(output);
        const result = validate(output);
        expect(result.valid, JSON.stringify(result.problems.filter((p) => p.severity === 'error'))).toBe(true);
        const out = new Map((output.records as unknown as Indicator[]).map((r) => [r.id, r]));
        // a value another record may publish to this audience in the clear is no secret
        const published = new Set(records.filter((r) => wellMarked(r) && rank(r.tlp as Tlp) <= rank(audience)).flatMap((r) => valueForms((r as Indicator).observable)));
        // nor is one that a record already marked for this audience holds anywhere: a domain inside a clear URL, the
        // digest of an empty file that is also a clear case's evidence
        const visible = records.filter((r) => rank(r.tlp as Tlp) <= rank(audience)).map((r) => JSON.stringify(r)).join('\n');
        const isSecret = (v: string) => !published.has(v) && !visible.includes(v);
        for (const record of records) {
          if (!wellMarked(record)) continue;
          const kept = out.get(record.id as Indicator['id']);
          const above = rank(record.tlp as Tlp) > rank(audience);
          // lowered unless TLP:RED or there was no canonical value to pseudonymise
          if (above && record.tlp !== 'red' && typeof (record as Indicator).observable.canonical === 'string') expect(kept, `${record.tlp} indicator lowered to ${audience}`).toBeDefined();
          if (above && record.tlp === 'red') expect(kept).toBeUndefined();
          if (kept && (above || kept.observable.pseudonym !== undefined && (record as Indicator).observable.pseudonym === undefined)) {
            expect(kept.tlp).toBe(above ? audience : record.tlp);
            for (const secret of valueForms((record as Indicator).observable).filter(isSecret)) {
              expect(text.includes(secret), `${(record as Indicator).observable.kind} value ${secret} of a ${record.tlp} indicator survived redaction for ${audience}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
