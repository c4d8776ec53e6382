import type { Indicator } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { StixExportStream, TLP2_MARKING_DEFINITIONS, TLP2_MARKING_IDS, toStix, type StixObject } from '../src/index.js';
import { exampleFiles, HAVE_STIX_SCHEMAS, stixAjv, stixSchemaId } from './fixtures.js';

const records = exampleFiles().flatMap((e) => e.records);
const indicators = records.filter((r): r is Indicator => r.type === 'indicator' && 'observable' in r);

// two of the objects OASIS publishes in cti-stix-common-objects, extension-definition-specifications/tlp-2.0/examples
// (tlp-clear.json, tlp-amber+strict.json), transcribed separately from src/tlp.ts so a slip in either shows
const OASIS_TLP_CLEAR = {
  type: 'marking-definition',
  spec_version: '2.1',
  id: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  created: '2022-10-01T00:00:00.000Z',
  name: 'TLP:CLEAR',
  extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'clear' } },
};
const OASIS_TLP_AMBER_STRICT = {
  type: 'marking-definition',
  spec_version: '2.1',
  id: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  created: '2022-10-01T00:00:00.000Z',
  name: 'TLP:AMBER+STRICT',
  extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } },
};

const referenced = (objects: readonly StixObject[]) => new Set(objects.flatMap((o) => (Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as string[]) : [])));

describe('TLP 2.0 marking-definitions travel with the objects that reference them', () => {
  it('are the objects OASIS publishes', () => {
    expect(TLP2_MARKING_DEFINITIONS.clear).toEqual(OASIS_TLP_CLEAR);
    expect(TLP2_MARKING_DEFINITIONS['amber+strict']).toEqual(OASIS_TLP_AMBER_STRICT);
    for (const [tlp, definition] of Object.entries(TLP2_MARKING_DEFINITIONS)) expect(definition.id).toBe(TLP2_MARKING_IDS[tlp as keyof typeof TLP2_MARKING_IDS]);
  });

  it('toStix: every TLP marking referenced is defined in the bundle, once, and no other', () => {
    const { bundle } = toStix(records);
    const refs = referenced(bundle.objects);
    const defined = bundle.objects.filter((o) => o.type === 'marking-definition').map((o) => o.id);
    expect(new Set(defined).size).toBe(defined.length);
    expect(new Set(defined)).toEqual(refs);
    expect(defined.length).toBeGreaterThan(1);
  });

  it('toStix: a bundle at TLP:GREEN only carries TLP:GREEN', () => {
    const green = indicators.find((r) => r.tlp === 'green')!;
    const definitions = toStix([green]).bundle.objects.filter((o) => o.type === 'marking-definition');
    expect(definitions).toEqual([TLP2_MARKING_DEFINITIONS.green]);
  });

  it('StixExportStream: each marking-definition is written once, before the first object that references it', () => {
    const stream = new StixExportStream();
    const objects: StixObject[] = [];
    for (const record of records) objects.push(...stream.push(record).objects);
    objects.push(...stream.end().objects);
    const seen = new Set<string>();
    for (const o of objects) {
      if (o.type === 'marking-definition') {
        expect(seen.has(o.id)).toBe(false);
        seen.add(o.id);
      }
      for (const ref of (o.object_marking_refs as string[] | undefined) ?? []) expect(seen.has(ref), `${o.id} references ${ref} before its definition`).toBe(true);
    }
    expect(seen).toEqual(referenced(objects));
  });

  it.skipIf(!HAVE_STIX_SCHEMAS)('validate against the OASIS marking-definition schema', () => {
    const validate = stixAjv().getSchema(stixSchemaId('marking-definition')!)!;
    for (const definition of Object.values(TLP2_MARKING_DEFINITIONS)) expect(validate(definition), JSON.stringify(validate.errors)).toBe(true);
    // the check can fail: a TLP 2.0 object without its extension is neither a statement nor a TLP 1.0 marking
    const { extensions: _dropped, ...bare } = TLP2_MARKING_DEFINITIONS.red;
    expect(validate(bare)).toBe(false);
  });
});
