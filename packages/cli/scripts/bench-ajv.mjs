// Baseline (b) of the benchmark: the naive validator, JSON.parse + Ajv (compiled at run time from schemas/v1) per line.
// Usage: node bench-ajv.mjs FILE SCHEMAS_DIR
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ajvValidators } from './ajv-schemas.mjs';

const [file, schemas] = process.argv.slice(2);
const validators = ajvValidators(schemas);
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
