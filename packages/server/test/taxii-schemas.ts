import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { EXCHANGE_DIR } from './schemas.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const OPENAPI_ID = 'https://schemas.gpos.network/exchange/openapi.yaml';

/** The TAXII resources as openapi.yaml describes them, under short names: what the server answers must match the contract. */
const NAMES = {
  discovery: 'TaxiiDiscovery',
  api_root: 'TaxiiApiRoot',
  collections: 'TaxiiCollections',
  collection: 'TaxiiCollection',
  envelope: 'TaxiiEnvelope',
  manifest: 'TaxiiManifest',
  error: 'TaxiiError',
} as const;

/** An Ajv holding openapi.yaml's components, with each TAXII resource schema also under its short name. */
export function taxiiAjv(): Ajv2020 {
  const openapi = parseYaml(readFileSync(join(EXCHANGE_DIR, 'openapi.yaml'), 'utf8')) as { components: { schemas: Record<string, object> } };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: OPENAPI_ID, components: { schemas: openapi.components.schemas } });
  for (const [name, schema] of Object.entries(NAMES)) ajv.addSchema({ $ref: `${OPENAPI_ID}#/components/schemas/${schema}` }, name);
  return ajv;
}
