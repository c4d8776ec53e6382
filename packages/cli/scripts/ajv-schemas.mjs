// The naive validator of the benchmarks' baseline (b): every schema of the standard compiled by Ajv at run time,
// one validate function per record type. bench-ajv.mjs runs it over a feed; bench-breakdown.mjs times it per record.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Record type → Ajv validate function, compiled from the JSON Schema files in `schemas` (schemas/v1). */
export function ajvValidators(schemas) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats.default ?? addFormats)(ajv);
  const ids = new Map();
  for (const name of readdirSync(schemas).filter((n) => n.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(schemas, name), 'utf8'));
    ajv.addSchema(schema);
    ids.set(name.replace(/\.json$/, ''), schema.$id);
  }
  return new Map([...ids].map(([type, id]) => [type, ajv.getSchema(id)]));
}
