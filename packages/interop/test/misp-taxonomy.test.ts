import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { MISP_TYPOLOGY_TAXONOMY_URL, mispTypologyTaxonomy, typologyMachineTag } from '../src/index.js';
import { generate, TAXONOMY_PATH } from '../scripts/generate.js';
import { MISP_DIR, REPO_ROOT } from './fixtures.js';

const csv = parse(readFileSync(join(REPO_ROOT, 'schemas', 'codelists', 'typology.csv'), 'utf8'), { columns: true }) as Array<{ code: string; title: string; deprecated: string }>;

describe('the GPOS typology as a MISP taxonomy (machinetag.json)', () => {
  const taxonomy = mispTypologyTaxonomy();

  it('has what the MISP taxonomy format requires: namespace, description, an unsigned integer version, uuids at every level, at least one predicate', () => {
    expect(taxonomy.namespace).toBe('gpos-typology');
    expect(taxonomy.description.length).toBeGreaterThan(20);
    expect(Number.isInteger(taxonomy.version) && taxonomy.version > 0).toBe(true);
    expect(taxonomy.predicates.length).toBeGreaterThan(0);
    const uuids = [taxonomy.uuid, ...taxonomy.predicates.map((p) => p.uuid), ...taxonomy.values.flatMap((v) => v.entry.map((e) => e.uuid))];
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(uuids).size).toBe(uuids.length);
    // predicate values must not contain spaces or colons
    for (const p of taxonomy.predicates) expect(p.value).toMatch(/^[^\s:]+$/);
    for (const v of taxonomy.values) expect(taxonomy.predicates.map((p) => p.value)).toContain(v.predicate);
  });

  it('holds every live typology code of the CSV exactly once, with its title', () => {
    const tags = [...taxonomy.predicates.map((p) => [p.value, p.expanded]), ...taxonomy.values.flatMap((v) => v.entry.map((e) => [`${v.predicate}.${e.value}`, e.expanded]))].sort();
    expect(tags).toEqual(csv.filter((r) => r.deprecated === '').map((r) => [r.code, r.title]).sort());
  });

  it('writes machine tags MISP parses', () => {
    expect(typologyMachineTag('investment')).toBe('gpos-typology:investment');
    expect(typologyMachineTag('investment.relationship')).toBe('gpos-typology:investment="relationship"');
  });

  it('is the same taxonomy every time (UUIDs stay across releases)', () => {
    expect(mispTypologyTaxonomy()).toEqual(taxonomy);
  });
});

describe('schemas/interop/misp/gpos-typology/machinetag.json, the committed build output', () => {
  it('is what the generate step makes of the typology codelist now (run `npm run generate -w @gpos/interop` if this fails)', () => {
    for (const [path, text] of Object.entries(generate())) {
      expect(readFileSync(join(REPO_ROOT, path), 'utf8'), `${path} is stale: run \`npm run generate -w @gpos/interop\` and commit it`).toBe(text);
    }
  });

  it('sits where the docs site publishes the URL its refs name', () => {
    expect(TAXONOMY_PATH).toBe(`schemas/${new URL(MISP_TYPOLOGY_TAXONOMY_URL).pathname.slice(1)}`);
    expect(mispTypologyTaxonomy().refs).toContain(MISP_TYPOLOGY_TAXONOMY_URL);
  });
});

/** The MISP taxonomy format (misp-rfc, taxonomy-format.md) ends with its JSON Schema; read from outside the repository. */
const TAXONOMY_FORMAT = join(MISP_DIR, 'misp-core-format', 'taxonomy-format.md');
describe.skipIf(!existsSync(TAXONOMY_FORMAT))(`the taxonomy satisfies the JSON Schema of the MISP taxonomy format (${TAXONOMY_FORMAT})`, () => {
  const text = existsSync(TAXONOMY_FORMAT) ? readFileSync(TAXONOMY_FORMAT, 'utf8') : '';
  const schemaText = text.slice(text.indexOf('# JSON Schema')).split('~~~~')[1] ?? '{}';

  it('validates, and the check can fail', () => {
    // the schema is draft-04 style ("id", "$schema": "http://json-schema.org/schema#"), which Ajv 8 will not take as such;
    // its keywords are the same in the draft Ajv reads, so only those two identification keywords are set aside
    const { id: _id, $schema: _schema, ...schema } = JSON.parse(schemaText) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const check = ajv.compile(schema);
    const committed = JSON.parse(readFileSync(join(REPO_ROOT, TAXONOMY_PATH), 'utf8')) as unknown;
    expect(check(committed), JSON.stringify(check.errors)).toBe(true);
    expect(check({ ...mispTypologyTaxonomy(), colour: 'red' })).toBe(false);
    expect(check({ ...mispTypologyTaxonomy(), version: '10100' })).toBe(false);
  });
});
