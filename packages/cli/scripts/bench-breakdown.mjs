// Where the time of one record goes, in one process: CPU per record of each stage of `gpos validate` beside the
// Ajv baseline (b) of bench.ts, best of seven passes over the same records (CPU time, so a busy machine matters less).
// Usage: node scripts/bench-breakdown.mjs FILE.ndjson [RECORDS]   (a feed from `npm run bench:validate -- --keep`)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules, validate } from '@gpos/validate';
import { fastParse } from '@gpos/validate/json';
import { ajvValidators } from './ajv-schemas.mjs';

const [file, count = '50000'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/bench-breakdown.mjs FILE.ndjson [RECORDS]');
const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').slice(0, Number(count));
const values = lines.map((line) => JSON.parse(line));

const schemas = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'schemas', 'v1');
const ajvOf = ajvValidators(schemas);
validate(values[0]); // loads the chunks the feed needs
const off = rules.map((rule) => rule.code);

function time(name, over, fn) {
  let best = Infinity;
  for (let pass = 0; pass < 7; pass++) {
    const start = process.cpuUsage();
    for (const item of over) fn(item);
    const spent = process.cpuUsage(start);
    best = Math.min(best, (spent.user + spent.system) / over.length);
  }
  process.stdout.write(`| ${name} | ${best.toFixed(2)} µs |\n`);
  return best;
}

process.stdout.write(`${values.length.toLocaleString('en-US')} records of ${file}, Node ${process.version}\n\n| stage | CPU per record |\n| --- | --- |\n`);
time('JSON.parse', lines, (line) => JSON.parse(line));
time('strict reader fast path (JSON.parse, duplicate keys, big integers)', lines, (line) => fastParse(line));
time('(b) Ajv schema check, compiled at run time', values, (value) => ajvOf.get(value.type)?.(value));
const schemaOnly = time('validate(), every rule disabled (precompiled schema check + engine)', values, (value) => validate(value, { rules: { disable: off } }));
const full = time('validate(), every rule', values, (value) => validate(value));
process.stdout.write(`| the semantic rules (difference) | ${(full - schemaOnly).toFixed(2)} µs |\n`);
