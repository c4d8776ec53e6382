import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleRecord } from '@gpos/types';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLES = join(REPO_ROOT, 'examples');

/**
 * The OASIS STIX 2.1 JSON Schemas (cti-stix2-json-schemas), read where the project keeps its third-party references
 * (`../shared/interop/` beside the repository) or from GPOS_STIX_SCHEMAS_DIR. Never copied into the repository.
 */
export const STIX_SCHEMAS_DIR = process.env.GPOS_STIX_SCHEMAS_DIR ?? join(REPO_ROOT, '..', 'shared', 'interop', 'stix2-json-schemas', 'schemas');
export const HAVE_STIX_SCHEMAS = existsSync(join(STIX_SCHEMAS_DIR, 'common', 'bundle.json'));
const STIX_BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** An Ajv 2020-12 instance holding every OASIS STIX 2.1 schema by its $id. */
export function stixAjv(): Ajv2020 {
  // the OASIS patterns escape '-' outside classes (`\-?$`), which only non-unicode ECMA-262 regexes accept
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  for (const dir of ['common', 'observables', 'sdos', 'sros']) {
    for (const file of readdirSync(join(STIX_SCHEMAS_DIR, dir)).filter((f) => f.endsWith('.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(STIX_SCHEMAS_DIR, dir, file), 'utf8')) as object);
    }
  }
  return ajv;
}

/** The $id of the OASIS schema for a STIX type, when OASIS publishes one. */
export function stixSchemaId(type: string): string | undefined {
  for (const dir of ['common', 'observables', 'sdos', 'sros']) {
    if (existsSync(join(STIX_SCHEMAS_DIR, dir, `${type}.json`))) return `${STIX_BASE}${dir}/${type}.json`;
  }
  return undefined;
}
/** The STIX types bundle.json lists by name; any other type falls to its custom-object branch. */
export function typesBundleSchemaLists(): Set<string> {
  const text = readFileSync(join(STIX_SCHEMAS_DIR, 'common', 'bundle.json'), 'utf8');
  return new Set([...text.matchAll(/"\.\.\/(?:common|sdos|sros|observables)\/([a-z0-9-]+)\.json"/g)].map((m) => m[1]!));
}
export const STIX_BUNDLE_SCHEMA = `${STIX_BASE}common/bundle.json`;
export const STIX_OBSERVABLE_CORE = `${STIX_BASE}common/cyber-observable-core.json`;

/** Every record of every file under examples/: bundles, single records, arrays and NDJSON feeds. */
export function exampleFiles(): Array<{ file: string; records: BundleRecord[] }> {
  const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(json|ndjson|jsonl)$/.test(f))
    .sort();
  return files.map((file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    if (!file.endsWith('.json')) return { file, records: text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as BundleRecord) };
    const value = JSON.parse(text) as unknown;
    if (Array.isArray(value)) return { file, records: value as BundleRecord[] };
    const obj = value as { type: string; records?: BundleRecord[] };
    return { file, records: obj.type === 'bundle' ? (obj.records ?? []) : [value as BundleRecord] };
  });
}
