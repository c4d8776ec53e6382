// Baseline (b) of the benchmark: the naive validator, JSON.parse + Ajv (compiled at run time from schemas/v1) per line.
// Usage: node bench-ajv.mjs FILE SCHEMAS_DIR
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [file, schemas] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default ? addFormats.default(ajv) : addFormats(ajv);
const byType = new Map();
for (const name of readdirSync(schemas).filter((n) => n.endsWith('.json'))) {
  const schema = JSON.parse(readFileSync(join(schemas, name), 'utf8'));
  ajv.addSchema(schema);
  byType.set(name.replace(/\.json$/, ''), schema.$id);
}
const validators = new Map([...byType].map(([type, id]) => [type, ajv.getSchema(id)]));
let records = 0;
let invalid = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const value = JSON.parse(line);
  const validate = validators.get(value.type);
  if (!validate || !validate(value)) invalid++;
  records++;
}
process.stdout.write(`${JSON.stringify({ records, invalid })}\n`);
