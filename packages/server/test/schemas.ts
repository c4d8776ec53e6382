import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** The repository's schemas/ folder: the standard's records (v1/) and the exchange contract (exchange/). */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));
export const EXCHANGE_DIR = join(SCHEMAS_DIR, 'exchange');

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** An Ajv 2020-12 instance holding every JSON Schema under schemas/v1 and schemas/exchange, by $id. */
export function schemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const dir of ['v1', 'exchange']) {
    for (const file of readdirSync(join(SCHEMAS_DIR, dir)).filter((f) => f.endsWith('.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS_DIR, dir, file), 'utf8')) as object);
    }
  }
  return ajv;
}
