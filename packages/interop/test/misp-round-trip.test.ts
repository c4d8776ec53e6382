import type { BundleRecord, GposRecord, Indicator, Operation, Relationship, Sighting } from '@gpos/types';
import { validate } from '@gpos/validate';
import { describe, expect, it } from 'vitest';
import { displayText, fromMisp, toMisp } from '../src/index.js';
import { gposRelationshipOf, mispRelationshipOf } from '../src/misp.js';
import { exampleFiles } from './fixtures.js';

const all = exampleFiles().flatMap((e) => e.records);
/** One version per id, the latest, as a MISP instance keeps it. */
const latest = [...all.reduce((m, r) => (!m.has(r.id) || (m.get(r.id) as GposRecord).modified < (r as GposRecord).modified ? m.set(r.id, r) : m), new Map<string, BundleRecord>()).values()].filter((r) => 'tlp' in r) as GposRecord[];

function roundTrip(records: readonly BundleRecord[]) {
  const exported = toMisp(records);
  const imported = fromMisp(JSON.stringify(exported.events));
  if (!imported.ok) throw new Error(imported.error.message);
  return { exported, imported, back: new Map(imported.records.map((r) => [r.id, r as GposRecord])) };
}

/** MISP timestamps are whole Unix seconds. */
const toSecond = (t: string) => new Date(Math.floor(Date.parse(t) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** MISP first_seen/last_seen are ISO 8601 datetimes: a GPOS date comes back as midnight UTC. */
const asTimestamp = (t: string | undefined) => (t === undefined ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
const lostFields = (losses: ReturnType<typeof toMisp>['losses'], id: string) => new Set(losses.filter((l) => l.object === id && l.code === 'property_dropped').map((l) => l.pointer.split('/')[1]));

describe('GPOS → MISP → GPOS: what each family keeps and loses, field by field', () => {
  const { exported, imported, back } = roundTrip(latest);

  it('imports back valid GPOS records with no losses of its own beyond references the export already reported', () => {
    expect(validate(imported.records).problems.filter((p) => p.severity === 'error')).toEqual([]);
    // cases and organisations do not come back (the victim and organization templates lack what GPOS requires), and say so
    expect(new Set(imported.losses.map((l) => l.code))).toEqual(new Set(['no_counterpart', 'record_incomplete', 'unresolved_reference']));
    // nor do a case's payments (transaction objects), so the references from its victim object to them are reported too, and only those
    const victims = new Set(exported.events.flatMap((e) => (e.Event.Object ?? []).filter((o) => o.name === 'victim').map((o) => o.uuid)));
    const unresolved = imported.losses.filter((l) => l.code === 'unresolved_reference');
    expect(unresolved.length).toBeGreaterThan(0);
    for (const loss of unresolved) expect([...victims].some((uuid) => loss.message.startsWith(uuid)), loss.message).toBe(true);
  });

  const indicators = latest.filter((r): r is Indicator => r.type === 'indicator');
  it(`indicators (${indicators.length}) keep: id, observable kind and canonical value, source, tlp, pap, source_reliability, labels, typology, first_seen, last_seen, revoked and description (one language); modified to the second; actionable (absent reads as false)`, () => {
    expect(indicators.length).toBeGreaterThan(50);
    for (const original of indicators) {
      const got = back.get(original.id) as Indicator | undefined;
      expect(got, original.id).toBeDefined();
      const o = original.observable;
      expect([got!.observable.kind, got!.observable.canonical], original.id).toEqual([o.kind, o.canonical]);
      expect(got!.observable.id).toBe(o.id);
      expect(got!.source).toBe(original.source);
      expect(got!.tlp).toBe(original.tlp);
      expect(got!.pap).toBe(original.pap);
      expect(got!.source_reliability).toBe(original.source_reliability);
      expect(got!.labels).toEqual(original.labels?.length ? original.labels : undefined);
      expect(got!.typology).toEqual(original.typology?.length ? original.typology : undefined);
      expect(got!.first_seen).toBe(asTimestamp(original.first_seen));
      expect(got!.last_seen).toBe(asTimestamp(original.last_seen));
      expect(got!.revoked).toBe(original.revoked === true ? true : undefined);
      expect(got!.description && displayText(got!.description)).toBe(displayText(original.description));
      expect(got!.modified).toBe(toSecond(original.modified));
      expect(got!.actionable).toBe(original.actionable ?? false);
    }
  });

  it('indicators lose, and the export lists per record: created (back as modified), status (back as reported), confidence, roles, countries, actions, sighting_count, impersonated, enablers, provenance, local and external refs, related indicators', () => {
    const lossy = ['created', 'status', 'confidence', 'roles', 'countries', 'actions', 'sighting_count', 'impersonated', 'enablers', 'provenance', 'local_refs', 'external_refs', 'related_indicators', 'valid_until', 'predictive', 'markings', 'revocation_reason', 'extensions'] as const;
    for (const original of indicators) {
      const got = back.get(original.id) as Indicator;
      const listed = lostFields(exported.losses, original.id);
      for (const field of lossy) {
        const value = (original as unknown as Record<string, unknown>)[field];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        expect(listed, `${original.id} ${field}`).toContain(field);
      }
      expect(got.created).toBe(got.modified);
      expect(got.status).toBe('reported');
      for (const field of ['confidence', 'roles', 'countries', 'actions', 'external_refs'] as const) expect(got[field], field).toBeUndefined();
    }
  });

  const operations = latest.filter((r): r is Operation => r.type === 'operation');
  it(`operations (${operations.length}) keep id, name, aliases, kind, description (one language), typology, first_seen, last_seen, tlp and source; status comes back unknown`, () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const original of operations) {
      const got = back.get(original.id) as Operation;
      expect(got, original.id).toBeDefined();
      expect(displayText(got.name)).toBe(displayText(original.name));
      expect((got.aliases ?? []).map((a) => displayText(a))).toEqual((original.aliases ?? []).map((a) => displayText(a)));
      expect([got.kind, got.tlp, got.source, got.status]).toEqual([original.kind, original.tlp, original.source, 'unknown']);
      expect(got.typology).toEqual(original.typology);
      expect(got.description && displayText(got.description)).toBe(displayText(original.description));
      expect(got.first_seen).toBe(asTimestamp(original.first_seen));
      expect(got.last_seen).toBe(asTimestamp(original.last_seen));
      for (const field of ['operates_from', 'size_estimates', 'disrupted_by', 'status'] as const) if (original[field] !== undefined) expect(lostFields(exported.losses, original.id)).toContain(field);
    }
  });

  const relationships = latest.filter((r): r is Relationship => r.type === 'relationship');
  it(`relationships (${relationships.length}) keep id, both ends and description; the type through the MISP crosswalk; TLP comes back as the stricter end's (AMBER at least with a description)`, () => {
    const unresolved = new Set(exported.losses.filter((l) => l.code === 'unresolved_reference' || l.code === 'no_counterpart').map((l) => l.object));
    const written = relationships.filter((r) => !unresolved.has(r.id));
    expect(written.length).toBeGreaterThan(5);
    const sameBack: Record<string, string> = { source_of: 'derived_from', registered_by_same_actor: 'same_as' };
    for (const original of written) {
      const got = back.get(original.id) as Relationship | undefined;
      if (!got) {
        // an end that did not come back (a case, an organisation) takes its relationship with it, and the import says so
        expect(imported.losses.map((l) => l.object)).toContain(original.id.slice('relationship--'.length));
        continue;
      }
      const mapped = mispRelationshipOf(original.relationship_type);
      if (mapped?.reversed) {
        // MISP names only the inverse: written from the other end, it reads back as the inverse with the ends swapped
        expect([got.source_ref, got.target_ref]).toEqual([original.target_ref, original.source_ref]);
        expect(got.relationship_type).toBe(gposRelationshipOf(mapped.type));
        expect(exported.losses).toContainEqual(expect.objectContaining({ object: original.id, code: 'reference_reversed' }));
      } else {
        expect([got.source_ref, got.target_ref]).toEqual([original.source_ref, original.target_ref]);
        expect(got.relationship_type).toBe(sameBack[original.relationship_type] ?? original.relationship_type);
      }
      expect(got.description && displayText(got.description)).toBe(displayText(original.description));
      if (original.start_time) expect(lostFields(exported.losses, original.id)).toContain('start_time');
    }
  });

  const sightings = latest.filter((r): r is Sighting => r.type === 'sighting');
  it(`sightings (${sightings.length}) keep id, the indicator, observed_by, the last time seen and the verdict MISP can say (confirmed reads back as seen); count, first_seen, victims, losses and countries are listed as lost`, () => {
    expect(sightings.length).toBeGreaterThan(0);
    for (const original of sightings) {
      const got = back.get(original.id) as Sighting;
      expect(got, original.id).toBeDefined();
      expect(got.indicator_ref).toBe(original.indicator_ref);
      expect(got.observed_by).toBe(original.observed_by ?? original.source);
      expect(got.last_seen).toBe(toSecond(asTimestamp(original.last_seen ?? original.first_seen ?? original.modified)!));
      expect(got.verdict).toBe(({ confirmed: 'seen', spoofed: 'false_positive' } as Record<string, string>)[original.verdict] ?? original.verdict);
      for (const field of ['count', 'distinct_victims', 'reported_losses', 'countries'] as const) if (original[field] !== undefined) expect(lostFields(exported.losses, original.id)).toContain(field);
    }
  });

  it('cases, commitments, statistics and organisations do not come back, and each is reported on the way out or in', () => {
    const gone = latest.filter((r) => ['case', 'commitment', 'statistic', 'organization'].includes(r.type));
    const reported = new Set([...exported.losses.filter((l) => l.code === 'no_counterpart' && l.pointer === '').map((l) => l.object), ...imported.losses.map((l) => l.object)]);
    for (const r of gone) expect(reported.has(r.id) || reported.has(r.id.slice(r.id.indexOf('--') + 2)), r.id).toBe(true);
  });
});

describe('re-exports update rather than duplicate', () => {
  it('the same records give the same events, and a record edited later keeps its MISP UUIDs', () => {
    const first = toMisp(latest);
    expect(toMisp(structuredClone(latest))).toEqual(first);
    const edited = latest.map((r) => (r.type === 'indicator' ? { ...r, modified: '2027-01-01T00:00:00Z' } : r));
    const second = toMisp(edited);
    const uuids = (events: typeof first.events) => events.flatMap((d) => [d.Event.uuid, ...d.Event.Object.flatMap((o) => [o.uuid, ...o.Attribute.map((a) => a.uuid)]), ...d.Event.Attribute.map((a) => a.uuid)]).sort();
    expect(uuids(second.events)).toEqual(uuids(first.events));
    expect(second.events).not.toEqual(first.events);
  });

  it('a GPOS record keeps its UUID in MISP, so the importer gives back the same GPOS id', () => {
    const indicator = latest.find((r): r is Indicator => r.type === 'indicator' && r.observable.kind === 'phone_number')!;
    const object = toMisp([indicator]).events[0]!.Event.Object[0]!;
    expect(`indicator--${object.uuid}`).toBe(indicator.id);
  });
});
