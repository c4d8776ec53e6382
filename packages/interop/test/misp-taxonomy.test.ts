import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mispTypologyTaxonomy, typologyMachineTag } from '../src/index.js';
import { REPO_ROOT } from './fixtures.js';

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
