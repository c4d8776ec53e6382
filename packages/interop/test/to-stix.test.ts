import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleRecord, Indicator } from '@gpos/types';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { GPOS_EXTENSION_DEFINITION, GPOS_EXTENSION_ID, GPOS_EXTENSION_SCHEMA_URL, GPOS_OBSERVABLE_TYPE, GPOS_STIX_NAMESPACE, identityIdFor, stixIdFor, TLP2_MARKING_IDS, toStix } from '../src/index.js';
import { exampleFiles, REPO_ROOT } from './fixtures.js';

const records = exampleFiles().flatMap((e) => e.records);
const indicators = records.filter((r): r is Indicator => r.type === 'indicator' && 'observable' in r);

function extensionAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const file of readdirSync(join(REPO_ROOT, 'schemas', 'v1'))) ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'v1', file), 'utf8')) as object);
  ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'interop', 'stix-extension.json'), 'utf8')) as object);
  return ajv;
}

describe('the GPOS extension-definition', () => {
  const ajv = extensionAjv();
  const { bundle } = toStix(records);

  it('is published with the standard at the URL the definition names', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'interop', 'stix-extension.json'), 'utf8')) as { $id: string; description: string };
    expect(schema.$id).toBe(GPOS_EXTENSION_SCHEMA_URL);
    expect(GPOS_EXTENSION_DEFINITION.schema).toBe(GPOS_EXTENSION_SCHEMA_URL);
    expect(schema.description).toContain(GPOS_EXTENSION_ID);
    expect(schema.description).toContain(`version ${GPOS_EXTENSION_DEFINITION.version}`);
  });

  it('every property-extension and every gpos-observable the exporter writes for examples/ satisfies its schema', () => {
    const property = ajv.getSchema(`${GPOS_EXTENSION_SCHEMA_URL}#/$defs/property_extension`)!;
    const sco = ajv.getSchema(`${GPOS_EXTENSION_SCHEMA_URL}#/$defs/gpos_observable`)!;
    let properties = 0;
    let scos = 0;
    for (const object of bundle.objects) {
      const ext = (object.extensions as Record<string, { extension_type: string }> | undefined)?.[GPOS_EXTENSION_ID];
      if (ext?.extension_type === 'property-extension') {
        properties++;
        expect(property(ext), `${object.id}: ${JSON.stringify(property.errors)}`).toBe(true);
      }
      if (object.type === GPOS_OBSERVABLE_TYPE) {
        scos++;
        expect(sco(object), `${object.id}: ${JSON.stringify(sco.errors)}`).toBe(true);
      }
    }
    expect(properties).toBeGreaterThan(50);
    expect(scos).toBeGreaterThan(20);
    expect(sco({ type: GPOS_OBSERVABLE_TYPE, spec_version: '2.1', id: `${GPOS_OBSERVABLE_TYPE}--0f5a1b5c-3c2d-5e4f-8a9b-0c1d2e3f4a5b`, kind: 'phone_numbr', value: '+66812345678', extensions: { [GPOS_EXTENSION_ID]: { extension_type: 'new-sco' } } })).toBe(false);
  });

  it('carries no custom x_ properties anywhere', () => {
    const text = JSON.stringify(bundle);
    expect(text).not.toMatch(/"x_[a-z_]+":/);
  });
});

describe('ids and markings', () => {
  it('derives its namespace from the published URL, so it can be re-derived anywhere', () => {
    expect(uuidv5('https://schemas.gpos.network/interop/stix-2.1', uuidv5.URL)).toBe(GPOS_STIX_NAMESPACE);
    expect(stixIdFor('indicator', 'indicator--01a1c365-ef80-726d-a272-ac86df3cc2d8')).toBe(`indicator--${uuidv5('indicator--01a1c365-ef80-726d-a272-ac86df3cc2d8', GPOS_STIX_NAMESPACE)}`);
  });

  it('names each organisation once, as the identity of its identifier, whether or not its organisation record is exported', () => {
    const org = records.find((r) => r.type === 'organization')!;
    const withRecord = toStix([org]).bundle.objects.filter((o) => o.type === 'identity' && o.id === identityIdFor((org as { identifier: string }).identifier));
    expect(withRecord).toHaveLength(1);
    expect(withRecord[0]!.name).not.toBe((org as { identifier: string }).identifier);
    const indicator = indicators[0]!;
    const stub = toStix([indicator]).bundle.objects.find((o) => o.id === identityIdFor(indicator.source))!;
    expect(stub).toMatchObject({ type: 'identity', name: indicator.source, identity_class: 'organization' });
  });

  it('marks every record and every observable with the OASIS TLP 2.0 marking of its TLP; a shared observable takes the strictest', () => {
    const indicator = indicators.find((r) => r.tlp === 'green')!;
    const red = { ...indicator, id: 'indicator--01a1c365-ef80-726d-a272-ac86df3c0000', tlp: 'red' } as Indicator;
    for (const order of [[indicator, red], [red, indicator]] as BundleRecord[][]) {
      const objects = toStix(order).bundle.objects;
      const scos = objects.filter((o) => !('created' in o));
      expect(scos).toHaveLength(1);
      expect(scos[0]!.object_marking_refs).toEqual([TLP2_MARKING_IDS.red]);
      expect(objects.filter((o) => o.type === 'indicator').map((o) => o.object_marking_refs).sort()).toEqual([[TLP2_MARKING_IDS.green], [TLP2_MARKING_IDS.red]].sort());
    }
  });

  it('writes STIX SCOs where STIX has them and a gpos-observable for the rest', () => {
    const typeOf = new Map<string, Set<string>>();
    for (const indicator of indicators) {
      const sco = toStix([indicator]).bundle.objects.find((o) => !('created' in o))!;
      typeOf.set(indicator.observable.kind, (typeOf.get(indicator.observable.kind) ?? new Set()).add(sco.type));
    }
    const native = { url: 'url', domain: 'domain-name', hostname: 'domain-name', email_address: 'email-addr' } as Record<string, string>;
    for (const [kind, types] of typeOf) expect([...types], kind).toEqual([native[kind] ?? (kind === 'ip_address' ? [...types][0] : kind.endsWith('_account') && [...types][0] === 'user-account' ? 'user-account' : GPOS_OBSERVABLE_TYPE)]);
    expect(typeOf.get('phone_number')).toEqual(new Set([GPOS_OBSERVABLE_TYPE]));
    expect(typeOf.get('iban') ?? typeOf.get('bank_account')).toEqual(new Set([GPOS_OBSERVABLE_TYPE]));
  });
});

describe('edge values', () => {
  it('empty lists and revoked: false, which STIX cannot write, come back as they were', async () => {
    const { fromStix } = await import('../src/index.js');
    const indicator = { ...indicators.find((r) => r.labels === undefined)!, labels: [], typology: [], external_refs: [], revoked: false } as Indicator;
    const { bundle } = toStix([indicator]);
    const stix = bundle.objects.find((o) => o.type === 'indicator')!;
    expect(stix).not.toHaveProperty('labels', []);
    expect(stix).not.toHaveProperty('revoked');
    const back = fromStix(bundle);
    expect(back.ok && back.records).toEqual([indicator]);
  });
});

describe('versions', () => {
  it('two versions of one record in the input export as one STIX object, the latest, in either order', () => {
    const v1 = indicators[0]!;
    const v2 = { ...v1, modified: '2030-01-01T00:00:00Z', confidence: 11 } as Indicator;
    for (const input of [[v1, v2], [v2, v1]]) {
      const exported = toStix(input).bundle.objects.filter((o) => o.type === 'indicator');
      expect(exported).toHaveLength(1);
      expect(exported[0]).toMatchObject({ modified: '2030-01-01T00:00:00.000Z', confidence: 11 });
    }
  });
});
