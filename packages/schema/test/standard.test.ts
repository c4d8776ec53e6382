import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODELIST_DIR, REPO_ROOT, readCodelists, readCsv, readSchemas, type JsonObject } from '../scripts/sources.js';
import { EXTENSIONS, PRIVATE_EXTENSION_NAMESPACE } from '../src/index.js';
import { runtimeAjv } from './helpers.js';

const schemas = readSchemas();
const codelistRowSchema = JSON.parse(
  (await import('node:fs')).readFileSync(join(REPO_ROOT, 'schemas', 'meta', 'codelist-row.json'), 'utf8'),
) as JsonObject;

/** Every subschema that sits under `properties`, with its path for the failure message. */
function* properties(node: unknown, path: string): Generator<[string, JsonObject]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* properties(item, `${path}/${i}`);
    return;
  }
  const obj = node as JsonObject;
  if (obj.properties && typeof obj.properties === 'object') {
    for (const [key, child] of Object.entries(obj.properties as Record<string, JsonObject>)) yield [`${path}/properties/${key}`, child];
  }
  for (const [key, child] of Object.entries(obj)) if (key !== 'examples' && key !== 'enum' && key !== 'const') yield* properties(child, `${path}/${key}`);
}

/** Every `x-gpos-codelist` annotation with the enum beside it, if any. */
function* codelistUses(node: unknown, path: string): Generator<{ path: string; name: string; codes?: unknown[] }> {
  if (!node || typeof node !== 'object') return;
  const obj = node as JsonObject;
  if (typeof obj['x-gpos-codelist'] === 'string') {
    yield { path, name: obj['x-gpos-codelist'], ...(Array.isArray(obj.enum) ? { codes: obj.enum } : {}) };
  }
  for (const [key, child] of Object.entries(obj)) if (key !== 'examples') yield* codelistUses(child, `${path}/${key}`);
}

describe('the schemas', () => {
  it.each(schemas.map((s) => [s.name, s.schema] as const))('%s is valid JSON Schema 2020-12 and compiles in strict mode', (_name, schema) => {
    const ajv = runtimeAjv();
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.getSchema(schema.$id as string)).not.toThrow();
  });

  it('have absolute $ids under one base URI carrying the major version', () => {
    for (const { name, schema } of schemas) expect(schema.$id).toBe(`https://schemas.gpos.network/v1/${name}.json`);
  });

  it('describe every property', () => {
    const missing: string[] = [];
    for (const { name, schema } of schemas) {
      for (const [path, prop] of properties(schema, name)) if (typeof prop.description !== 'string' || !prop.description.trim()) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it('keep to the subset every consumer understands', () => {
    const banned = ['prefixItems', 'unevaluatedProperties', 'unevaluatedItems', 'if', 'then', 'else', 'dependentSchemas', 'dependentRequired', 'oneOf'];
    const text = JSON.stringify(schemas.map((s) => s.schema));
    for (const keyword of banned) expect(text, keyword).not.toContain(`"${keyword}":`);
  });

  it('close every object, so typos are caught', () => {
    const open: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const obj = node as JsonObject;
      if (obj.properties && obj.additionalProperties !== false && !path.endsWith('/records/items')) open.push(path);
      for (const [key, child] of Object.entries(obj)) visit(child, `${path}/${key}`);
    };
    for (const { name, schema } of schemas) visit(schema, name);
    expect(open).toEqual([]);
  });
});

describe('the codelists', () => {
  const lists = readCodelists();
  const index = readCsv(join(CODELIST_DIR, 'index.csv'));

  it('are all listed in index.csv, and index.csv lists only existing files', () => {
    expect(index.map((row) => row.name).sort()).toEqual(lists.map((l) => l.name).sort());
  });

  it('have rows that validate against schemas/meta/codelist-row.json, with unique codes', () => {
    const ajv = runtimeAjv();
    const validateRow = ajv.compile(codelistRowSchema);
    for (const { name, rows } of lists) {
      for (const row of rows) expect(validateRow(row), `${name}.csv ${row.code}: ${ajv.errorsText(validateRow.errors)}`).toBe(true);
      expect(new Set(rows.map((r) => r.code)).size, `${name}.csv has duplicate codes`).toBe(rows.length);
    }
  });

  it('exist for every codelist the schemas name, and closed enums equal their CSV codes', () => {
    const byName = new Map(lists.map((l) => [l.name, l.rows.map((r) => r.code)]));
    const openness = new Map(index.map((row) => [row.name, row.open === 'true']));
    for (const { name: file, schema } of schemas) {
      for (const use of codelistUses(schema, file)) {
        expect(byName.has(use.name), `${use.path} names missing codelist ${use.name}.csv`).toBe(true);
        if (use.codes) {
          expect(openness.get(use.name), `${use.path}: ${use.name} is an enum but index.csv marks it open`).toBe(false);
          expect(use.codes, `${use.path} enum differs from ${use.name}.csv`).toEqual(byName.get(use.name));
        } else if (use.name !== 'org_id_scheme') {
          expect(openness.get(use.name), `${use.path}: ${use.name} is closed in index.csv but the schema has no enum`).toBe(true);
        }
      }
    }
  });

  it('describe every crosswalk column in schemas/codelists/README.md, naming the codelists that have it', () => {
    const readme = readFileSync(join(CODELIST_DIR, 'README.md'), 'utf8');
    const documented = new Map([...readme.matchAll(/^\| `(xw_[a-z0-9_]+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!]));
    for (const { name, rows } of lists) {
      for (const column of Object.keys(rows[0] ?? {}).filter((c) => c.startsWith('xw_'))) {
        expect(documented.has(column), `${name}.csv has the crosswalk column ${column}: add a row for it to the Crosswalks table of schemas/codelists/README.md`).toBe(true);
        expect(documented.get(column), `the README's row for ${column} should name the codelist ${name}`).toContain(name);
      }
    }
  });

  it('is the only place codelists are kept: every CSV file is a codelist', () => {
    const files = readdirSync(CODELIST_DIR).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBe(lists.length + 1);
  });
});

describe('the extension registry (schemas/extensions/)', () => {
  const dir = join(REPO_ROOT, 'schemas', 'extensions');
  const rows = readCsv(join(dir, 'index.csv'));
  const families = schemas.map((s) => s.name).filter((n) => n !== 'common' && n !== 'bundle');

  it('lists every schema file once, and every listed file exists', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(rows.map((r) => r.schema).sort()).toEqual(files);
    expect(EXTENSIONS.map((e) => e.namespace)).toEqual(rows.map((r) => r.namespace));
  });

  it('registers gse and goaml, under names without a dot (dotted names are partners\' own)', () => {
    expect(rows.map((r) => r.namespace)).toEqual(expect.arrayContaining(['gse', 'goaml']));
    for (const { namespace } of rows) {
      expect(namespace).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(PRIVATE_EXTENSION_NAMESPACE.test(namespace!)).toBe(false);
    }
    expect(PRIVATE_EXTENSION_NAMESPACE.test('th.go.aoc1441.hotline')).toBe(true);
  });

  it.each(rows.map((r) => [r.namespace!, r] as const))('%s: a strict JSON Schema 2020-12 with its $id, closed objects and a description on every property, for known record families', (namespace, row) => {
    const schema = JSON.parse((readFileSync(join(dir, row.schema!), 'utf8'))) as JsonObject;
    expect(schema.$id).toBe(`https://schemas.gpos.network/extensions/${namespace}.json`);
    const ajv = runtimeAjv();
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
    for (const [path, prop] of properties(schema, namespace)) expect(typeof prop.description === 'string' && prop.description.trim() !== '', path).toBe(true);
    const open: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const obj = node as JsonObject;
      if (obj.properties && obj.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries(obj)) visit(child, `${path}/${key}`);
    };
    visit(schema, namespace);
    expect(open).toEqual([]);
    const records = row.records!.split(' ');
    expect(records.length).toBeGreaterThan(0);
    for (const family of records) expect(families).toContain(family);
  });
});
