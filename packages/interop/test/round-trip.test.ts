import type { BundleRecord, Indicator } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { fromStix, GPOS_EXTENSION_ID, RETRACTION_SPEC_VERSION, toStix, type StixBundle } from '../src/index.js';
import { exampleFiles } from './fixtures.js';

const examples = exampleFiles();
const allRecords = examples.flatMap((e) => e.records);

/** Families STIX 2.1 has an object for; commitments, statistics and minimal retractions of other families than indicator and case have none (reported as losses). */
const MAPPED = new Set(['indicator', 'case', 'organization', 'operation', 'relationship', 'sighting']);
const isMinimalRetraction = (r: BundleRecord) => r.revoked === true && !('tlp' in r && 'spec_version' in r);
const retractionCarried = (r: BundleRecord) => r.type === 'indicator' || r.type === 'case';
/** What comes back: a minimal retraction that states no spec_version comes back as 1.1.0. */
const asReadBack = (r: BundleRecord) => (isMinimalRetraction(r) && r.spec_version === undefined ? { spec_version: RETRACTION_SPEC_VERSION, ...r } : r);

function roundTrip(records: readonly BundleRecord[]) {
  const exported = toStix(records);
  const imported = fromStix(JSON.parse(JSON.stringify(exported.bundle)) as unknown);
  if (!imported.ok) throw new Error(imported.error.message);
  return { exported, imported };
}

function withoutExtension(bundle: StixBundle): StixBundle {
  // what a STIX consumer that drops unknown extensions sends back
  return { ...bundle, objects: bundle.objects.filter((o) => o.type !== 'extension-definition').map(({ extensions: _dropped, ...o }) => o as typeof o & { type: string; id: string }) };
}

describe('GPOS → STIX → GPOS with the GPOS extension kept', () => {
  it.each(examples.map((e) => [e.file, e.records] as const))('%s comes back field for field', (_file, records) => {
    const { exported, imported } = roundTrip(records);
    // a relationship whose far end is not exported cannot get its STIX id: reported, not written
    const unresolved = new Set(exported.losses.filter((l) => l.code === 'unresolved_reference').map((l) => l.object));
    const expected = records.filter((r) => MAPPED.has(r.type) && (!isMinimalRetraction(r) || retractionCarried(r)) && !unresolved.has(r.id));
    expect(imported.losses).toEqual([]);
    const byId = (a: BundleRecord, b: BundleRecord) => a.id.localeCompare(b.id);
    expect([...imported.records].sort(byId)).toEqual(expected.map(asReadBack).sort(byId));
    // what does not come back was reported on export, one loss per record
    const notBack = records.filter((r) => !expected.includes(r)).map((r) => r.id).sort();
    expect(exported.losses.filter((l) => l.code === 'no_counterpart' || l.code === 'unresolved_reference').map((l) => l.object).sort()).toEqual(notBack);
  });

  it('exports the same records to the same STIX ids every time, so a re-export updates rather than duplicates', () => {
    const first = toStix(allRecords).bundle;
    const second = toStix(structuredClone(allRecords)).bundle;
    expect(second).toEqual(first);
    const updated = allRecords.map((r) => (r.type === 'indicator' ? { ...r, modified: '2027-01-01T00:00:00Z' } : r));
    const third = toStix(updated).bundle;
    expect(third.objects.map((o) => o.id).sort()).toEqual(first.objects.map((o) => o.id).sort());
  });
});

describe('GPOS → STIX → GPOS when a consumer drops the GPOS extension: what native STIX holds', () => {
  // one version per id (two examples carry versions of the same indicator)
  const indicators = [...new Map(allRecords.filter((r): r is Indicator => r.type === 'indicator' && 'observable' in r && r.observable.canonical !== undefined).map((r) => [r.id, r])).values()];

  it('keeps, for every indicator, field by field: kind and canonical value (pattern), created, modified, source (created_by_ref → identity), tlp (TLP 2.0 marking), confidence, labels, typology (gpos-typology: labels), first_seen (valid_from), valid_until, revoked and external_refs', () => {
    const bundle = withoutExtension(toStix(indicators).bundle);
    const result = fromStix(bundle);
    if (!result.ok) throw new Error(result.error.message);
    const back = new Map(result.records.map((r) => [r.id, r as Indicator]));
    expect(back.size).toBe(indicators.length);
    const byStixRef = new Map([...back.values()].map((r) => [r.external_refs?.find((x) => x.source_name === 'stix')?.external_id, r]));
    for (const original of indicators) {
      const stix = bundle.objects.find((o) => (o.external_references as Array<{ external_id?: string }> | undefined)?.[0]?.external_id === original.id)!;
      const got = byStixRef.get(stix.id)!;
      expect(got, original.id).toBeDefined();
      expect(got.observable.kind === original.observable.kind || (original.observable.kind === 'hostname' && got.observable.kind === 'domain') || (original.observable.kind === 'messaging_account' && got.observable.kind === 'social_media_account'), `${original.id} kind`).toBe(true);
      expect(got.observable.canonical, `${original.id} canonical`).toBe(original.observable.canonical);
      expect(got.created).toBe(original.created);
      expect(got.modified).toBe(original.modified);
      expect(got.source).toBe(original.source);
      expect(got.tlp).toBe(original.tlp);
      expect(got.confidence).toBe(original.confidence);
      expect(got.labels).toEqual(original.labels);
      expect(got.typology).toEqual(original.typology);
      expect(got.first_seen).toBe(original.first_seen ?? original.created);
      expect(got.valid_until).toBe(original.valid_until);
      expect(got.revoked).toBe(original.revoked);
      expect(got.external_refs?.slice(1)).toEqual(original.external_refs?.length ? original.external_refs : []);
    }
  });

  it('loses, and says it loses, what only the extension held: cases (incident is a stub in STIX 2.1)', () => {
    const cases = allRecords.filter((r) => r.type === 'case');
    const result = fromStix(withoutExtension(toStix(cases).bundle));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.records).toEqual([]);
    expect(result.losses.filter((l) => l.code === 'record_incomplete')).toHaveLength(cases.length);
  });

  it('the pattern still names the observable: the extension is not needed to read it', () => {
    const { bundle } = toStix(indicators.slice(0, 1));
    const indicator = bundle.objects.find((o) => o.type === 'indicator')!;
    expect(indicator.extensions).toHaveProperty([GPOS_EXTENSION_ID]);
    expect(String(indicator.pattern)).toContain(indicators[0]!.observable.canonical!.replace(/'/g, "\\'"));
  });
});
