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

const FAMILIES = new Set(['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic']);

/** The valid cases of the conformance corpus (every family folder and rules/), as records: one entry per case. */
export function validConformanceCases(): Array<{ file: string; description: string; records: BundleRecord[] }> {
  const root = join(REPO_ROOT, 'conformance');
  const out: Array<{ file: string; description: string; records: BundleRecord[] }> = [];
  for (const dir of [...FAMILIES, 'bundle', 'rules']) {
    const folder = join(root, dir);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const groups = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Array<{ tests: Array<{ description: string; data: unknown; valid: boolean }> }>;
      for (const group of groups) {
        for (const test of group.tests) {
          if (!test.valid || typeof test.data !== 'object' || test.data === null) continue;
          const data = test.data as { type?: string; records?: BundleRecord[] };
          const records = Array.isArray(data) ? (data as BundleRecord[]) : data.type === 'bundle' ? (data.records ?? []) : FAMILIES.has(data.type ?? '') ? [data as BundleRecord] : [];
          if (records.length > 0) out.push({ file: `${dir}/${file}`, description: test.description, records });
        }
      }
    }
  }
  return out;
}

/**
 * The MISP object templates (github.com/MISP/misp-objects) and the MISP core format (misp-rfc), read where the
 * project keeps its third-party references (`../shared/interop/` beside the repository) or from GPOS_MISP_DIR.
 */
export const MISP_DIR = process.env.GPOS_MISP_DIR ?? join(REPO_ROOT, '..', 'shared', 'interop');
export const HAVE_MISP_REFERENCES = existsSync(join(MISP_DIR, 'misp-objects', 'objects', 'phone-number', 'definition.json')) && existsSync(join(MISP_DIR, 'misp-core-format', 'raw.md'));

export interface MispTemplateDefinition {
  name: string;
  uuid: string;
  version: number;
  'meta-category': string;
  description: string;
  required?: string[];
  requiredOneOf?: string[];
  attributes: Record<string, { 'misp-attribute': string; multiple?: boolean; values_list?: string[]; categories?: string[] }>;
}

/** A MISP object template by name, from misp-objects/objects/<name>/definition.json, or undefined when absent. */
export function mispTemplate(name: string): MispTemplateDefinition | undefined {
  const file = join(MISP_DIR, 'misp-objects', 'objects', name, 'definition.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MispTemplateDefinition) : undefined;
}

/** The category → attribute types table of the MISP core format (raw.md, "type"): which types each category allows. */
export function mispCategoryTypes(): Map<string, Set<string>> {
  const text = readFileSync(join(MISP_DIR, 'misp-core-format', 'raw.md'), 'utf8');
  const start = text.indexOf('The list of valid category-type combinations is as follows:');
  const end = text.indexOf('Attributes are based on the usage', start);
  const table = new Map<string, Set<string>>();
  for (const m of text.slice(start, end).matchAll(/^([A-Z][^\n]*)\n:\s+([^\n]+)$/gm)) table.set(m[1]!.trim(), new Set(m[2]!.split(',').map((t) => t.trim())));
  return table;
}
