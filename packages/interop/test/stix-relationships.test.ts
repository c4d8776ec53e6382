import type { BundleRecord, Relationship } from '@gpos/types';
import { relationshipTypeCodelist } from '@gpos/schema';
import { validate } from '@gpos/validate';
import { describe, expect, it } from 'vitest';
import { fromStix, stixIdFor, TLP2_MARKING_IDS, toStix, type StixObject } from '../src/index.js';
import { relationshipOut } from '../src/relationship-types.js';
import { exampleFiles } from './fixtures.js';

const records = exampleFiles().flatMap((e) => e.records);
const controls = records.find((r): r is Relationship => r.type === 'relationship' && 'relationship_type' in r && r.relationship_type === 'controls')!;
const ends = records.filter((r) => r.id === controls.source_ref || r.id === controls.target_ref);
const as = (type: string, swap = false): Relationship => ({
  ...controls,
  relationship_type: type as Relationship['relationship_type'],
  ...(swap ? { source_ref: controls.target_ref, target_ref: controls.source_ref } : {}),
});
const exported = (relationship: Relationship) => {
  const result = toStix([...ends, relationship] as BundleRecord[]);
  const object = result.bundle.objects.find((o) => o.type === 'relationship' && o.id === stixIdFor('relationship', relationship.id))!;
  return { object, losses: result.losses.filter((l) => l.object === relationship.id), objects: result.bundle.objects };
};
const dropExtensions = (objects: readonly StixObject[]) => objects.map(({ extensions: _, ...rest }) => rest);

describe('the xw_stix_relationship crosswalk', () => {
  it('reads in the GPOS direction: of two codes that are each other\'s inverse, at most one names a STIX type', () => {
    for (const row of relationshipTypeCodelist.rows) {
      const inverse = relationshipTypeCodelist.rows.find((r) => r.code === row.inverse);
      if (!inverse || inverse.code === row.code) continue;
      expect(row.xw_stix_relationship === '' || inverse.xw_stix_relationship === '', `${row.code} and ${inverse.code}`).toBe(true);
    }
  });
});

describe('relationships to STIX', () => {
  it('writes the STIX type the crosswalk names, which STIX tools know', () => {
    const { object, losses } = exported(controls);
    expect(object).toMatchObject({ relationship_type: 'owns', source_ref: expect.stringMatching(/^(intrusion-set|infrastructure)--/), target_ref: stixIdFor('indicator', controls.target_ref) });
    expect(losses).toEqual([]);
  });

  it('writes an inverse STIX names only the other way round from the other end, and says so', () => {
    const { object: forward } = exported(controls);
    const { object, losses } = exported(as('controlled_by', true));
    expect(object).toMatchObject({ relationship_type: 'owns', source_ref: forward.source_ref, target_ref: forward.target_ref });
    expect(losses).toEqual([expect.objectContaining({ code: 'reference_reversed', pointer: '/relationship_type' })]);
  });

  it('writes a code STIX has no type for as itself, hyphenated (a custom type, as STIX allows)', () => {
    const own = { ...as('linked_to'), relationship_type: 'investigates' } as Relationship;
    expect(relationshipOut('investigates', 'xw_stix_relationship')).toBeUndefined();
    expect(exported(own).object.relationship_type).toBe('investigates');
    expect(relationshipOut('received_funds_from', 'xw_stix_relationship')).toBeUndefined();
  });

  it('comes back exactly through the GPOS extension, and as the same relation without it', () => {
    const reversed = as('controlled_by', true);
    const { objects } = exported(reversed);
    const bundle = (list: readonly unknown[]) => ({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4d5b-b2f4-2b4b7a8b7a27', objects: list });
    const whole = fromStix(bundle(objects));
    if (!whole.ok) throw new Error(whole.error.message);
    expect(whole.records.find((r) => r.id === reversed.id)).toMatchObject({ relationship_type: 'controlled_by', source_ref: reversed.source_ref, target_ref: reversed.target_ref });
    const bare = fromStix(bundle(dropExtensions(objects)));
    if (!bare.ok) throw new Error(bare.error.message);
    const back = bare.records.find((r) => r.type === 'relationship') as Relationship;
    expect(back).toMatchObject({ relationship_type: 'controls' });
    expect(validate(back).valid).toBe(true);
  });
});

describe('relationships from STIX tools', () => {
  const at = '2026-03-01T10:00:00.000Z';
  const common = { spec_version: '2.1', created: at, modified: at, object_marking_refs: [TLP2_MARKING_IDS.amber] };
  const indicator = { ...common, type: 'indicator', id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', pattern: "[domain-name:value = 'bad.example']", pattern_type: 'stix', valid_from: at };
  const other = { ...indicator, id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40', pattern: "[domain-name:value = 'bad-copy.example']" };
  const intrusionSet = { ...common, type: 'intrusion-set', id: 'intrusion-set--0b4b1c0e-3a83-4c3d-9d6e-0f1c2d3e4f50', name: 'Compound 7' };
  const relationship = (type: string, source: string, target: string, n: number) => ({ ...common, type: 'relationship', id: `relationship--0b4b1c0e-3a83-4c3d-9d6e-0f1c2d3e4f5${n}`, relationship_type: type, source_ref: source, target_ref: target });
  const imported = (...objects: unknown[]) => {
    const result = fromStix({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4d5b-b2f4-2b4b7a8b7a27', objects: [indicator, other, intrusionSet, ...objects] });
    if (!result.ok) throw new Error(result.error.message);
    return result;
  };

  it('reads a STIX type through the crosswalk, in the direction it was written', () => {
    const result = imported(relationship('owns', intrusionSet.id, indicator.id, 1), relationship('duplicate-of', other.id, indicator.id, 2));
    const [owns, duplicate] = result.records.filter((r): r is Relationship => r.type === 'relationship');
    expect(owns).toMatchObject({ relationship_type: 'controls', source_ref: `operation--${intrusionSet.id.split('--')[1]}`, target_ref: indicator.id });
    expect(duplicate).toMatchObject({ relationship_type: 'same_as', source_ref: other.id, target_ref: indicator.id });
    expect(result.losses).toEqual([]);
    for (const r of [owns, duplicate]) expect(validate(r).valid).toBe(true);
  });

  it('picks the code that fits the ends: attributed-to from an indicator is attributed_to, never a relationship the validator refuses', () => {
    const result = imported(relationship('attributed-to', indicator.id, intrusionSet.id, 3));
    expect(result.records.find((r) => r.type === 'relationship')).toMatchObject({ relationship_type: 'attributed_to' });
  });

  it('reads a type GPOS has no code for as linked_to, and says so, instead of dropping the link', () => {
    const result = imported(relationship('indicates', indicator.id, intrusionSet.id, 4));
    const back = result.records.find((r): r is Relationship => r.type === 'relationship')!;
    expect(back).toMatchObject({ relationship_type: 'linked_to', source_ref: indicator.id });
    expect(validate(back).valid).toBe(true);
    expect(result.losses).toEqual([expect.objectContaining({ code: 'property_dropped', pointer: '/relationship_type', message: expect.stringContaining('"indicates"') })]);
  });
});
