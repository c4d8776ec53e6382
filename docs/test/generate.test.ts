import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const noRules = { pages: {}, sidebar: [], problems: [], available: false };
const tmp: string[] = [];
afterEach(() => tmp.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of schemas/v1 with one schema altered. */
function alteredSchemas(name: string, change: (schema: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-docs-'));
  tmp.push(dir);
  cpSync(join(REPO, 'schemas', 'v1'), dir, { recursive: true });
  const schema = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  change(schema);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(schema));
  return dir;
}

describe('generate()', () => {
  const pages = generate({ rules: noRules });

  it('writes a reference page per schema file, each with a do-not-edit banner, and serves the schemas at /v1/', () => {
    for (const name of ['indicator', 'case', 'commitment', 'organization', 'bundle', 'common']) {
      expect(pages[`reference/${name}.md`]).toContain('do not edit');
      expect(pages[`public/v1/${name}.json`]).toBe(readFileSync(join(REPO, 'schemas', 'v1', `${name}.json`), 'utf8'));
    }
  });

  it('serves the STIX extension schema and the GPOS typology MISP taxonomy at the /interop/ URLs they name', () => {
    expect(pages['public/interop/stix-extension.json']).toBe(readFileSync(join(REPO, 'schemas', 'interop', 'stix-extension.json'), 'utf8'));
    const taxonomy = pages['public/interop/misp/gpos-typology/machinetag.json'];
    expect(taxonomy).toBe(readFileSync(join(REPO, 'schemas', 'interop', 'misp', 'gpos-typology', 'machinetag.json'), 'utf8'));
    expect(JSON.parse(taxonomy!).refs).toContain('https://schemas.gpos.network/interop/misp/gpos-typology/machinetag.json');
  });

  it('gives every nested object its own section, named by its title', () => {
    expect(pages['reference/indicator.md']).toContain('## Observable {#object-observable}');
    expect(pages['reference/indicator.md']).toContain('[Observable](#object-observable) object');
  });

  it('fails when a schema property has no description', () => {
    const schemaDir = alteredSchemas('indicator', (s) => delete s.properties.status.description);
    expect(() => generate({ rules: noRules, schemaDir })).toThrow(/indicator\.json#\/properties\/status: property "status" has no description/);
  });

  it('fails when an included example is invalid', () => {
    const dir = join(REPO, 'docs', 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'invalid-example.json'), JSON.stringify({ type: 'indicator', id: 'not-an-id' }));
    expect(() => generate({ rules: noRules, extraPages: { 'guide/x.md': '<!-- @include-example docs/test-results/invalid-example.json#/id -->' } })).toThrow(
      /included example is invalid/,
    );
  });

  it('fails when an include points at nothing', () => {
    expect(() => generate({ rules: noRules, extraPages: { 'guide/x.md': '<!-- @include-example examples/does-not-exist.json -->' } })).toThrow(/does not exist/);
  });
});
