import type { BundleRecord, Indicator, Retraction } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { fromStix, GPOS_EXTENSION_ID, identityIdFor, RETRACTION_SPEC_VERSION, retractionPattern, StixExportStream, stixIdFor, TLP2_MARKING_IDS, toStix, type StixObject } from '../src/index.js';
import { parsePattern } from '../src/pattern.js';
import { exampleFiles, HAVE_STIX_SCHEMAS, STIX_BUNDLE_SCHEMA, stixAjv, stixSchemaId, typesBundleSchemaLists } from './fixtures.js';

const records = exampleFiles().flatMap((e) => e.records);
const indicator = records.find((r): r is Indicator => r.type === 'indicator' && 'observable' in r && r.id === 'indicator--01a19bc5-e480-7a8e-a095-a70c2d133a4e')!;
const caseRecord = records.find((r) => r.type === 'case' && 'intake' in r)!;

const retraction: Retraction = {
  type: 'indicator',
  id: indicator.id,
  modified: '2026-11-24T08:00:00Z',
  source: indicator.source,
  revoked: true,
  revocation_reason: 'Reported in error: the account belongs to a genuine gold dealer.',
};

function streamed(input: readonly BundleRecord[]): { objects: StixObject[]; losses: unknown[] } {
  const stream = new StixExportStream();
  const objects: StixObject[] = [];
  const losses: unknown[] = [];
  for (const record of input) {
    const step = stream.push(record);
    objects.push(...step.objects);
    losses.push(...step.losses);
  }
  const last = stream.end();
  return { objects: [...objects, ...last.objects], losses: [...losses, ...last.losses] };
}

describe('a minimal retraction in STIX: the object its record became, revoked', () => {
  it('re-sends the indicator under the id the full record was exported with, revoked, with the later modified and the original created', () => {
    const full = toStix([indicator]).bundle.objects.find((o) => o.type === 'indicator')!;
    const { bundle, losses } = toStix([{ ...retraction, created: indicator.created }]);
    expect(losses).toEqual([]);
    const revoked = bundle.objects.find((o) => o.type === 'indicator')!;
    expect(revoked.id).toBe(full.id);
    expect(revoked.id).toBe(stixIdFor('indicator', indicator.id));
    expect(revoked.revoked).toBe(true);
    expect(revoked.created).toBe(full.created);
    expect(revoked.modified).toBe('2026-11-24T08:00:00.000Z');
    expect(revoked.modified! > full.modified!).toBe(true);
    expect(revoked.created_by_ref).toBe(identityIdFor(indicator.source));
    // the identity it names is in the bundle
    expect(bundle.objects.some((o) => o.id === revoked.created_by_ref)).toBe(true);
    expect(revoked.description).toBe(retraction.revocation_reason);
  });

  it('fills the pattern with valid STIX patterning that names no real observable', () => {
    const revoked = toStix([retraction]).bundle.objects.find((o) => o.type === 'indicator')!;
    expect(revoked.pattern).toBe(retractionPattern(indicator.id));
    expect(parsePattern(revoked.pattern as string).ok).toBe(true);
    expect(revoked.valid_from).toBe(revoked.created);
  });

  it('in a bundle with an earlier full version, the revoked version wins (the latest modified)', () => {
    const { bundle } = toStix([indicator, retraction]);
    const held = bundle.objects.filter((o) => o.id === stixIdFor('indicator', indicator.id));
    expect(held).toHaveLength(1);
    expect(held[0]!.revoked).toBe(true);
  });

  it('a case retraction revokes its incident', () => {
    const { bundle, losses } = toStix([{ type: 'case', id: caseRecord.id, modified: '2027-01-01T00:00:00Z', source: caseRecord.source, revoked: true, tlp: 'amber' } as Retraction]);
    expect(losses).toEqual([]);
    const incident = bundle.objects.find((o) => o.type === 'incident')!;
    expect(incident.id).toBe(stixIdFor('incident', caseRecord.id));
    expect(incident.revoked).toBe(true);
    expect(incident.object_marking_refs).toEqual([TLP2_MARKING_IDS.amber]);
  });

  it.each(['organization', 'operation', 'relationship', 'sighting', 'commitment', 'statistic'] as const)('a %s retraction, whose STIX form needs content it lacks, is reported, not written', (type) => {
    const id = `${type}--01a19bc5-e480-7a8e-a095-a70c2d133a4e`;
    const { bundle, losses } = toStix([{ type, id, modified: '2027-01-01T00:00:00Z', source: 'TH-GOV:aoc1441', revoked: true } as Retraction]);
    expect(losses).toEqual([expect.objectContaining({ object: id, code: 'no_counterpart' })]);
    expect(bundle.objects.filter((o) => o.revoked === true)).toEqual([]);
  });

  it('the streaming exporter writes the same revoked object', () => {
    const a = toStix([retraction]).bundle.objects.find((o) => o.type === 'indicator');
    const b = streamed([retraction]).objects.find((o) => o.type === 'indicator');
    expect(b).toEqual(a);
  });

  it('comes back from STIX as the same minimal retraction', () => {
    for (const r of [retraction, { ...retraction, created: indicator.created, tlp: 'green' as const, spec_version: '1.0.0' }]) {
      const back = fromStix(JSON.parse(JSON.stringify(toStix([r]).bundle)) as unknown);
      // one that states no version comes back as 1.1.0, the version that introduced the form
      expect(back.ok && back.records).toEqual([{ spec_version: RETRACTION_SPEC_VERSION, ...r }]);
      expect(back.ok && back.losses).toEqual([]);
    }
  });

  it('a whole record with revoked: true still comes back whole', () => {
    const whole = { ...indicator, modified: '2026-12-01T00:00:00Z', revoked: true } as Indicator;
    const back = fromStix(JSON.parse(JSON.stringify(toStix([whole]).bundle)) as unknown);
    expect(back.ok && back.records).toEqual([whole]);
  });

  it('a revoked indicator from another producer (no GPOS extension) is read as a retraction of the record it was imported as', () => {
    const first = toStix([indicator]).bundle;
    const plain = first.objects.filter((o) => o.type !== 'extension-definition').map(({ extensions: _x, ...o }) => o as StixObject);
    const imported = fromStix({ ...first, objects: plain });
    const revokedObjects = plain.map((o) => (o.type === 'indicator' ? { ...o, modified: '2026-11-24T08:00:00.000Z', revoked: true } : o));
    const back = fromStix({ ...first, objects: revokedObjects });
    expect(imported.ok && back.ok).toBe(true);
    if (!imported.ok || !back.ok) return;
    const before = imported.records.find((r) => r.type === 'indicator')!;
    expect(back.records.filter((r) => r.type === 'indicator')).toEqual([{ type: 'indicator', id: before.id, created: before.created, modified: '2026-11-24T08:00:00Z', source: before.source, tlp: indicator.tlp, revoked: true }]);
    // its observable is not reported as an orphan
    expect(back.losses).toEqual([]);
  });

  it('a revoked object whose GPOS extension is tampered into a retraction of another family fails validation, not silently', () => {
    const bundle = toStix([retraction]).bundle;
    const object = bundle.objects.find((o) => o.type === 'indicator')!;
    (object.extensions as Record<string, { gpos_id: string }>)[GPOS_EXTENSION_ID]!.gpos_id = 'not-an-id';
    const back = fromStix(JSON.parse(JSON.stringify(bundle)) as unknown);
    expect(back.ok && back.records).toEqual([]);
    expect(back.ok && back.losses.map((l) => l.code)).toEqual(['record_incomplete']);
  });
});

describe.skipIf(!HAVE_STIX_SCHEMAS)('revoked objects and TLP marking-definitions validate against the OASIS STIX 2.1 JSON Schemas', () => {
  const ajv = HAVE_STIX_SCHEMAS ? stixAjv() : undefined;
  const listed = HAVE_STIX_SCHEMAS ? typesBundleSchemaLists() : new Set<string>();
  const caseRetraction = { type: 'case', id: caseRecord.id, modified: '2027-01-01T00:00:00Z', source: caseRecord.source, revoked: true, tlp: 'red' } as Retraction;
  const inputs: Array<[string, BundleRecord[]]> = [
    ['toStix', [retraction, { ...retraction, id: 'indicator--01a19bc5-e480-7a8e-a095-a70c2d133a4f', tlp: 'amber+strict' } as Retraction, caseRetraction]],
    ['stream', [retraction, caseRetraction]],
  ];
  it.each(inputs)('%s', (how, input) => {
    const objects = how === 'toStix' ? toStix(input).bundle.objects : streamed(input).objects;
    expect(objects.filter((o) => o.revoked === true)).toHaveLength(how === 'toStix' ? 3 : 2);
    expect(objects.filter((o) => o.type === 'marking-definition').length).toBeGreaterThan(0);
    const validateBundle = ajv!.getSchema(STIX_BUNDLE_SCHEMA)!;
    const envelope = { type: 'bundle', id: 'bundle--4ba6b8a5-9e55-4b0e-b3c5-d3d4d5a2b1c0', objects: objects.filter((o) => listed.has(o.type) || stixSchemaId(o.type) === undefined) };
    expect(validateBundle(envelope), JSON.stringify(validateBundle.errors?.slice(0, 5), null, 1)).toBe(true);
    for (const object of objects) {
      const validate = ajv!.getSchema(stixSchemaId(object.type)!)!;
      expect(validate(object), `${object.id}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`).toBe(true);
    }
  });
});
