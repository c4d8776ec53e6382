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

describe('the model at a glance', () => {
  const pages = generate({ rules: noRules });
  const families = ['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic'];

  it('draws every family, on the model page and on the home page, with no script', () => {
    for (const text of [pages['reference/model.md']!, pages['.vitepress/generated/model.md']!]) {
      const svg = /<svg[\s\S]*?<\/svg>/.exec(text)![0];
      for (const f of [...families, 'observable']) expect(svg).toContain(`>${f}</text>`);
      expect(svg).not.toMatch(/<script|on[a-z]+=/i);
    }
    expect(readFileSync(join(REPO, 'docs', 'index.md'), 'utf8')).toContain('<!--@include: ./.vitepress/generated/model.md-->');
  });

  it('agrees with the schemas: every id reference in a schema file is an arrow between the two families, and there is no other', () => {
    // an oracle that reads the schema text itself: "$ref": "common.json#/$defs/<family>_id" outside the family's own id
    const expected = new Set<string>();
    for (const from of families) {
      const text = readFileSync(join(REPO, 'schemas', 'v1', `${from}.json`), 'utf8');
      for (const m of text.matchAll(/"\$ref": "common\.json#\/\$defs\/([a-z]+)_id"/g)) if (m[1] !== from && families.includes(m[1]!)) expected.add(`${from} → ${m[1]}`);
      if (/"\$ref": "common\.json#\/\$defs\/observable_id"/.test(text)) expected.add(`${from} → observable`);
    }
    const svg = /<svg[\s\S]*?<\/svg>/.exec(pages['reference/model.md']!)![0];
    const drawn = new Set([...svg.matchAll(/<path[^>]*class="gpos-edge-id"[^>]*><title>([a-z]+ → [a-z]+):/g)].map((m) => m[1]!));
    expect(drawn).toEqual(expected);
  });

  it('follows a schema change: a new reference field appears on the diagram, the table and both family pages', () => {
    const schemaDir = alteredSchemas('commitment', (s) => {
      s.properties.lead_case = { $ref: 'common.json#/$defs/case_id', description: 'The case that prompted the commitment.' };
    });
    const altered = generate({ rules: noRules, schemaDir });
    expect(pages['reference/model.md']).not.toContain('commitment → case');
    expect(altered['reference/model.md']).toContain('<title>commitment → case: lead_case</title>');
    expect(altered['reference/model.md']).toContain('| [commitment](/reference/commitment) | `lead_case` | [case](/reference/case) | record id |');
    expect(altered['reference/commitment.md']).toMatch(/<title>commitment → case: lead_case<\/title>/);
    expect(altered['reference/case.md']).toMatch(/<title>commitment → case: lead_case<\/title>/);
  });

  it('gives each family page its neighbourhood and a schema browser that opens case → payments → freeze', () => {
    for (const f of families) {
      expect(pages[`reference/${f}.md`]).toContain('## How it connects {#connections}');
      expect(pages[`reference/${f}.md`]).toContain('<div class="gpos-browser" v-pre>');
    }
    const browser = /<div class="gpos-browser" v-pre>[\s\S]*?\n<\/div>/.exec(pages['reference/case.md']!)![0];
    // payments opens onto its own fields, among them freeze, which opens onto its fields, among them returns
    const payments = browser.indexOf('<summary><code>payments</code>');
    const freeze = browser.indexOf('<summary><code>freeze</code>', payments);
    const returns = browser.indexOf('<summary><code>returns</code>', freeze);
    expect(payments).toBeGreaterThan(0);
    expect(freeze).toBeGreaterThan(payments);
    expect(returns).toBeGreaterThan(freeze);
    // freeze belongs to payments: no </details> closes payments before it
    const between = browser.slice(payments, freeze);
    expect((between.match(/<details>/g) ?? []).length).toBeGreaterThan((between.match(/<\/details>/g) ?? []).length);
    expect(browser).not.toMatch(/\{\{/);
  });
});

describe('versioned schema addresses', () => {
  const pages = generate({ rules: noRules });
  const spec = readFileSync(join(REPO, 'schemas', 'SPEC_VERSION'), 'utf8').trim();

  it('serve 1.0.0 from the frozen copy and the current version from schemas/v1, each pinned to its own address', () => {
    for (const file of ['indicator.json', 'case.json', 'bundle.json', 'common.json']) {
      const frozen = readFileSync(join(REPO, 'conformance', 'compat', '1.0', 'schemas', file), 'utf8');
      expect(pages[`public/1.0.0/${file}`]).toBe(frozen.split('https://schemas.gpos.network/v1/').join('https://schemas.gpos.network/1.0.0/'));
      expect(JSON.parse(pages[`public/1.0.0/${file}`]!).$id).toBe(`https://schemas.gpos.network/1.0.0/${file}`);
      expect(JSON.parse(pages[`public/${spec}/${file}`]!).$id).toBe(`https://schemas.gpos.network/${spec}/${file}`);
      expect(pages[`public/${spec}/${file}`]).not.toContain('https://schemas.gpos.network/v1/');
    }
    // 1.0 had no operation family
    expect(pages['public/1.0.0/operation.json']).toBeUndefined();
    expect(pages[`public/${spec}/operation.json`]).toBeDefined();
  });

  it('each version compiles on its own and validates its own documents: a frozen 1.0 bundle against /1.0.0/', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const formats = (await import('ajv-formats')) as unknown as { default: { default?: unknown } };
    // ajv-formats is CJS: its default export is the function or the module object, depending on the loader
    const addFormats = (formats.default.default ?? formats.default) as (ajv: InstanceType<typeof Ajv2020>) => void;
    const compile = (version: string) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      for (const [path, text] of Object.entries(pages)) if (path.startsWith(`public/${version}/`)) ajv.addSchema(JSON.parse(text));
      return ajv;
    };
    const frozenBundle = JSON.parse(readFileSync(join(REPO, 'conformance', 'compat', '1.0', 'examples', 'bundles', 'th-aoc1441-mule-accounts.json'), 'utf8'));
    const v100 = compile('1.0.0');
    const bundle100 = v100.getSchema('https://schemas.gpos.network/1.0.0/bundle.json')!;
    expect(bundle100(frozenBundle), JSON.stringify(bundle100.errors?.slice(0, 3))).toBe(true);
    const indicator100 = v100.getSchema('https://schemas.gpos.network/1.0.0/indicator.json')!;
    // a field 1.1 added is unknown to the pinned 1.0.0 schema
    const record = frozenBundle.records.find((r: { type: string }) => r.type === 'indicator');
    expect(indicator100(record)).toBe(true);
    expect(indicator100({ ...record, source_reliability: 'b' })).toBe(false);
    const current = compile(spec).getSchema(`https://schemas.gpos.network/${spec}/indicator.json`)!;
    expect(current({ ...record, source_reliability: 'b' }), JSON.stringify(current.errors?.slice(0, 3))).toBe(true);
  });

  it('are listed on the governance page from what is served', () => {
    expect(pages['.vitepress/generated/versions.md']).toContain('`https://schemas.gpos.network/1.0.0/…`');
    expect(pages['.vitepress/generated/versions.md']).toContain(`\`https://schemas.gpos.network/${spec}/…\``);
    expect(readFileSync(join(REPO, 'docs', 'guide', 'governance.md'), 'utf8')).toContain('<!--@include: ../.vitepress/generated/versions.md-->');
  });
});

describe('changelog', () => {
  it('writes each unreleased change as complete sentences, never a line cut mid-sentence', async () => {
    const { changesetEntry } = await import('../scripts/generate.js');
    expect(changesetEntry('`gpos convert --assign-ids` turns a filled-in template into records that\nvalidate, with ids.\n\nMore detail.')).toBe('`gpos convert --assign-ids` turns a filled-in template into records that validate, with ids.');
    expect(changesetEntry('New commands for partners:\n\n- **`gpos a`** does one thing;\n- **`gpos b`** another')).toBe('New commands for partners: **`gpos a`** does one thing; **`gpos b`** another.');
    const page = generate({ rules: noRules })['changelog/index.md']!;
    const entries = page.split('## Unreleased')[1]!.split('\n').filter((l) => l.startsWith('- '));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.replace(/ \((`@gpos\/[\w-]+` (major|minor|patch)(, )?)+\)$/, ''), entry).toMatch(/[.!?)`]$/);
  });
});
