/**
 * TLP as STIX markings. GPOS exports only the TLP 2.0 marking definitions OASIS published with fixed ids
 * (cti-stix-common-objects, `extension-definition-specifications/tlp-2.0`); on import the STIX 2.1 predefined
 * TLP 1.0 markings are read too, TLP:WHITE as `clear` (FIRST: "TLP:CLEAR replaces TLP:WHITE").
 */
import type { Indicator } from '@gpos/types';

export type Tlp = Indicator['tlp'];

export const TLP2_MARKING_IDS: Readonly<Record<Tlp, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** The extension-definition OASIS published for TLP 2.0 marking-definitions. */
export const TLP2_EXTENSION_DEFINITION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** A TLP 2.0 marking-definition object, as OASIS published it. */
export interface Tlp2MarkingDefinition {
  readonly type: 'marking-definition';
  readonly spec_version: '2.1';
  readonly id: string;
  readonly created: string;
  readonly name: string;
  readonly extensions: Readonly<Record<string, { readonly extension_type: 'property-extension'; readonly tlp_2_0: Tlp }>>;
}

/**
 * The TLP 2.0 marking-definition objects, exactly as OASIS publishes them in cti-stix-common-objects,
 * `extension-definition-specifications/tlp-2.0/examples/tlp-*.json` (ids, `created`, `name` and the `tlp_2_0`
 * property-extension; their schema is `tlp-2.0/marking-definition.json` there). Exported bundles carry the ones
 * their objects reference, so a consumer that does not know these fixed ids can still resolve the markings.
 */
export const TLP2_MARKING_DEFINITIONS: Readonly<Record<Tlp, Tlp2MarkingDefinition>> = {
  clear: {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:CLEAR',
    extensions: { [TLP2_EXTENSION_DEFINITION_ID]: { extension_type: 'property-extension', tlp_2_0: 'clear' } },
  },
  green: {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:GREEN',
    extensions: { [TLP2_EXTENSION_DEFINITION_ID]: { extension_type: 'property-extension', tlp_2_0: 'green' } },
  },
  amber: {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:AMBER',
    extensions: { [TLP2_EXTENSION_DEFINITION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber' } },
  },
  'amber+strict': {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:AMBER+STRICT',
    extensions: { [TLP2_EXTENSION_DEFINITION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } },
  },
  red: {
    type: 'marking-definition',
    spec_version: '2.1',
    id: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    created: '2022-10-01T00:00:00.000Z',
    name: 'TLP:RED',
    extensions: { [TLP2_EXTENSION_DEFINITION_ID]: { extension_type: 'property-extension', tlp_2_0: 'red' } },
  },
};

const DEFINITION_BY_ID = new Map(Object.values(TLP2_MARKING_DEFINITIONS).map((d) => [d.id, d] as const));

/** Copies of the TLP 2.0 marking-definitions the objects reference in `object_marking_refs`, in TLP order, each once. */
export function tlpMarkingDefinitionsFor(objects: Iterable<Record<string, unknown>>): Array<Tlp2MarkingDefinition & Record<string, unknown>> {
  const ids = new Set<string>();
  for (const o of objects) if (Array.isArray(o.object_marking_refs)) for (const ref of o.object_marking_refs) if (typeof ref === 'string' && DEFINITION_BY_ID.has(ref)) ids.add(ref);
  return Object.values(TLP2_MARKING_DEFINITIONS)
    .filter((d) => ids.has(d.id))
    .map((d) => structuredClone(d) as Tlp2MarkingDefinition & Record<string, unknown>);
}

/** The TLP 1.0 markings STIX 2.1 §7.2.1.4 predefines. */
export const TLP1_MARKING_IDS: Readonly<Record<'white' | 'green' | 'amber' | 'red', string>> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

const ORDER: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
const BY_ID = new Map<string, Tlp>([
  ...Object.entries(TLP2_MARKING_IDS).map(([tlp, id]) => [id, tlp as Tlp] as const),
  [TLP1_MARKING_IDS.white, 'clear'],
  [TLP1_MARKING_IDS.green, 'green'],
  [TLP1_MARKING_IDS.amber, 'amber'],
  [TLP1_MARKING_IDS.red, 'red'],
]);

/** The TLP a list of marking references states: the most restrictive TLP marking among them, if any. */
export function tlpOfMarkings(refs: readonly unknown[]): Tlp | undefined {
  let found: Tlp | undefined;
  for (const ref of refs) {
    const tlp = typeof ref === 'string' ? BY_ID.get(ref) : undefined;
    if (tlp && (found === undefined || ORDER.indexOf(tlp) > ORDER.indexOf(found))) found = tlp;
  }
  return found;
}

/** True for the ids of TLP marking definitions, 1.0 or 2.0. */
export function isTlpMarking(id: string): boolean {
  return BY_ID.has(id);
}
