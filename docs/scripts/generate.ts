/**
 * Generates the reference, codelist, rule and changelog pages of the docs site from schemas/ (and the validator's rule
 * table), copies the schemas and CSVs to docs/public/ so the site serves them at stable paths, and validates every example
 * the pages include. `generate()` is pure (returns path → content); running the file writes the pages.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { schemaBrowser } from './browser.js';
import { cliPage } from './cli.js';
import { edgesOf, familyLinks, familySvg, mermaidOf, modelSvg, referencesOf, referenceTable, type Edge } from './model.js';
import { SCHEMA_BASE, servedVersions, versionedSchemas } from './versions.js';
import { codelistIndex, codelistPage, pendingCodelistPage } from './codelists.js';
import { ExampleValidator, findIncludes, firstRecordOf, listExamples, resolveExample } from './examples.js';
import { ReferenceBuilder, SchemaDefects, cell } from './reference.js';
import { rulePages, type RulePagesResult } from './rules.js';
import { DOCS_ROOT, REPO_ROOT, readCodelists, readSchemas, readSpecVersion, recordFamilies, type SchemaFile } from './sources.js';

/** Folders (relative to docs/) that hold nothing but generated output; they are git-ignored and wiped on every run. */
export const GENERATED_DIRS = ['reference', 'codelists', 'rules', 'changelog', 'cli', 'public/v1', 'public/interop', 'public/codelists', '.vitepress/generated', ...versionDirs()];

/** `public/<version>/` folders: every released version's schemas at a fixed address (see versions.ts). */
function versionDirs(): string[] {
  return existsSync(join(DOCS_ROOT, 'public')) ? readdirSync(join(DOCS_ROOT, 'public')).filter((d) => /^\d+\.\d+\.\d+$/.test(d)).map((d) => `public/${d}`) : [];
}

const banner = (from: string) => `<!-- generated from ${from} by docs/scripts/generate.ts — do not edit; run \`npm run generate -w @gpos/docs\` -->`;

/** The kicker above a reference page's title; every family bundle.json dispatches on is a record family. */
const blurbOf = (name: string, families: readonly string[]) =>
  families.includes(name) ? 'Record family' : name === 'bundle' ? 'Exchange envelope' : name === 'common' ? 'Shared definitions' : 'Schema';

export interface GenerateOptions {
  /** load the validator's rule table (a dynamic import); tests of the generator can turn it off */
  rules?: RulePagesResult;
  /** where to read the standard from (tests point these at altered copies) */
  schemaDir?: string;
  codelistDir?: string;
  /** extra markdown pages (path → text) whose example includes are validated like the hand-written ones */
  extraPages?: Record<string, string>;
}

export async function loadRules(): Promise<RulePagesResult> {
  return rulePages(banner('packages/validate/src/rules/index.ts'));
}

export function generate(options: GenerateOptions = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const schemas = readSchemas(options.schemaDir);
  const families = recordFamilies(schemas);
  const spec = readSpecVersion();
  const { lists, hasIndex } = readCodelists(options.codelistDir);
  const byName = new Map(lists.map((l) => [l.name, l]));
  const builder = new ReferenceBuilder(schemas, (name) => new Set(byName.get(name)?.rows.filter((r) => r.deprecated).map((r) => r.code ?? '')));
  const validator = new ExampleValidator(schemas);
  const examples = listExamples();
  const problems: string[] = [];
  const references = referencesOf(schemas, families, byName.get('relationship_type')?.rows ?? []);
  // provenance.derived_from may name any record in every family: said once under the diagram, not drawn eight times
  const edges = edgesOf(references.filter((r) => !(r.to === '*' && r.field === 'provenance.derived_from[]')));
  const pageLink = (name: string) => (schemas.some((s) => s.name === name) ? `/reference/${name}` : name === 'observable' ? '/reference/indicator#object-observable' : undefined);

  // 1. reference pages, one per schema file
  const sidebarReference: Array<{ text: string; link: string }> = [];
  for (const sf of schemas) {
    const { sections } = builder.page(sf);
    const title = String(sf.schema.title ?? sf.name);
    const lines: string[] = ['---', `title: ${JSON.stringify(title)}`, 'outline: [2, 2]', 'pageClass: gpos-reference', '---', '', banner(`schemas/v1/${sf.file}`), ''];
    lines.push(`# ${title}`, '', `<p class="gpos-kicker">${blurbOf(sf.name, families)} · standard version ${spec}</p>`, '');
    lines.push(cell(String(sf.schema.description ?? '')), '');
    lines.push(
      `- **JSON Schema** (2020-12): <a href="/v1/${sf.file}" download>/v1/${sf.file}</a>, \`$id\` \`${String(sf.schema.$id)}\``,
      ...(sf.name !== 'common' ? ['- **Shared definitions** used below: [common](./common)'] : []),
      `- Every object is closed: a field not listed here is an error, except under \`extensions\`.`,
    );
    lines.push('');
    const personal = personalSummary(sf.name, builder);
    if (personal) lines.push(personal, '');
    if (families.includes(sf.name)) lines.push(...connectionsSection(sf.name, edges, pageLink), ...browserSection(sf, schemas));
    for (const s of sections) {
      lines.push(`## ${s.heading} {#${s.anchor}}`, '');
      lines.push(`<p class="gpos-pointer">JSON Pointer <code>#${s.pointer === '/' ? '' : s.pointer}</code></p>`, '');
      if (s.description) lines.push(cell(s.description), '');
      if (s.body) lines.push(s.body, '');
    }
    if (sf.name !== 'common') {
      const example = examples.map((e) => ({ ...e, pointer: firstRecordOf(sf.name, e.value) })).find((e) => e.pointer !== undefined);
      if (example) {
        lines.push('## Example {#example}', '', `From \`${example.file}\`, validated against this schema when the site is built.`, '', `<!-- @include-example ${example.file}#${example.pointer} -->`, '');
      }
    }
    out[`reference/${sf.name}.md`] = lines.join('\n');
    out[`public/v1/${sf.file}`] = sf.text;
    sidebarReference.push({ text: title, link: `/reference/${sf.name}` });
  }

  // the GPOS STIX extension's schema and the GPOS typology MISP taxonomy (misp/gpos-typology/machinetag.json), at the
  // URLs the extension-definition and the taxonomy's refs name (https://schemas.gpos.network/interop/…)
  const interopDir = join(REPO_ROOT, 'schemas', 'interop');
  if (existsSync(interopDir)) {
    const files = readdirSync(interopDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    for (const file of files.sort()) out[`public/interop/${file.split(/[\\/]/).join('/')}`] = readFileSync(join(interopDir, file), 'utf8');
  }

  out['reference/model.md'] = modelPage(families, edges, references, pageLink);
  out['.vitepress/generated/model.md'] = `${banner('schemas/v1/*.json and schemas/codelists/relationship_type.csv')}\n\n${modelSvg(families, edges, pageLink)}\n\nReference pages: ${familyLinks([...families, 'observable'], pageLink)} · [every reference field](/reference/model)\n`;
  sidebarReference.unshift({ text: 'The model at a glance', link: '/reference/model' });
  Object.assign(out, versionedSchemas(schemas, spec));
  out['.vitepress/generated/versions.md'] = versionsTable(schemas, spec);

  out['reference/personal-data.md'] = personalDataPage(builder);
  sidebarReference.push({ text: 'Personal data fields', link: '/reference/personal-data' });

  // 2. codelist pages: every CSV, plus any list the schema names whose CSV has not landed
  const sidebarCodelists: Array<{ text: string; link: string }> = [];
  const indexEntries: Parameters<typeof codelistIndex>[0] = [];
  const names = [...new Set([...lists.map((l) => l.name), ...builder.namedLists.keys()])].sort();
  for (const name of names) {
    const list = byName.get(name);
    const named = builder.namedLists.get(name);
    const usage = builder.usage.get(name) ?? [];
    if (list) {
      const closed = named ? named.closed : list.open === false;
      if (named && list.open !== undefined && list.open === named.closed) problems.push(`schemas/codelists/index.csv says ${name} is ${list.open ? 'open' : 'closed'} but the schema ${named.closed ? 'has an enum (closed)' : 'has no enum (open)'}`);
      if (named?.enum) {
        const csvCodes = list.rows.map((r) => r.code ?? '');
        const missing = named.enum.filter((c) => !csvCodes.includes(c));
        const extra = csvCodes.filter((c) => !named.enum!.includes(c));
        if (missing.length || extra.length) problems.push(`codelist ${name}: schema enum and CSV differ (only in schema: ${missing.join(', ') || '—'}; only in CSV: ${extra.join(', ') || '—'})`);
      }
      out[`codelists/${name}.md`] = codelistPage(list, closed, usage, banner(`schemas/codelists/${name}.csv`));
      out[`public/codelists/${name}.csv`] = list.csv;
      indexEntries.push({ name, title: list.title, description: list.description, closed, count: list.rows.length, crosswalks: list.columns.filter((c) => c.startsWith('xw_')) });
    } else {
      if (hasIndex) problems.push(`the schema names codelist "${name}" but schemas/codelists/${name}.csv does not exist`);
      out[`codelists/${name}.md`] = pendingCodelistPage(name, named!.closed, named!.enum, usage, banner('schemas/v1/*.json'));
      indexEntries.push({ name, title: name, description: 'CSV not published yet.', closed: named!.closed, count: named!.enum?.length, crosswalks: [] });
    }
    sidebarCodelists.push({ text: name, link: `/codelists/${name}` });
  }
  out['codelists/index.md'] = codelistIndex(indexEntries, banner('schemas/codelists/*.csv'));

  // 3. rule pages from @gpos/validate's rule table
  const rules = options.rules ?? { pages: {}, sidebar: [], problems: [], available: false };
  Object.assign(out, rules.pages);
  problems.push(...rules.problems);
  if (!rules.pages['rules/index.md']) out['rules/index.md'] = rulesPendingPage();

  // 4. changelog
  out['changelog/index.md'] = changelogPage();
  out['cli/index.md'] = cliPage(banner('packages/cli/src/commands/index.ts'));

  // 5. examples: every include in hand-written and generated pages must resolve and be valid
  const markdown = { ...handWrittenPages(), ...options.extraPages, ...Object.fromEntries(Object.entries(out).filter(([p]) => p.endsWith('.md'))) };
  for (const [page, text] of Object.entries(markdown)) {
    for (const ref of findIncludes(text)) {
      try {
        resolveExample(ref);
        for (const p of validator.checkFile(ref.file)) problems.push(`${page}: included example is invalid: ${p}`);
      } catch (e) {
        problems.push(`${page}: ${(e as Error).message}`);
      }
    }
  }

  problems.unshift(...builder.defects);
  if (problems.length) throw new SchemaDefects(`docs generation failed:\n  - ${problems.join('\n  - ')}`);

  out['.vitepress/generated/sidebar.json'] = JSON.stringify({ reference: sidebarReference, codelists: sidebarCodelists, rules: rules.sidebar }, null, 2) + '\n';
  return out;
}

function connectionsSection(family: string, edges: readonly Edge[], link: (name: string) => string | undefined): string[] {
  const mine = edges.filter((e) => e.from === family || e.to === family);
  if (mine.length === 0) return [];
  return [
    '## How it connects {#connections}',
    '',
    `What a ${family} record refers to (right) and what refers to it (left), generated from the schemas' reference fields and the \`relationship_type\` codelist. Hover over an arrow for every field. [All families at a glance](./model).`,
    '',
    familySvg(family, edges, link),
    '',
    `Linked families: ${familyLinks([...new Set(mine.map((e) => (e.from === family ? e.to : e.from)))].filter((n) => n !== family && n !== '*'), link)}.`,
    '',
    ...edges.filter((e) => e.from === family && e.to === family).map((e) => `Records of this family also refer to each other: ${e.fields.map((f) => `\`${f}\``).join(', ')}${e.via === 'relationship' ? ' (relationship types)' : ''}.\n`),
  ];
}

function browserSection(sf: SchemaFile, schemas: readonly SchemaFile[]): string[] {
  return [
    '## Schema browser {#browser}',
    '',
    'Every field of the record, nested as in a document: open a field that holds an object or a list of objects to see its own fields. `*` marks a required field. The sections below give each object in full.',
    '',
    schemaBrowser(sf, schemas),
    '',
  ];
}

function versionsTable(schemas: readonly SchemaFile[], spec: string): string {
  const versions = servedVersions(spec);
  const rows = [
    `| \`${SCHEMA_BASE}v1/…\` | the latest 1.x (now ${spec}) | ${schemas.map((s) => `<a href="/v1/${s.file}">${s.name}</a>`).join(', ')} |`,
    ...[...versions].reverse().map((v) => `| \`${SCHEMA_BASE}${v}/…\` | ${v}${v === spec ? ' (current)' : ''}, fixed | ${['indicator', 'case', 'bundle', 'common'].map((n) => `<a href="/${v}/${n}.json">${n}</a>`).join(', ')} |`),
  ];
  return [banner('schemas/v1/ and conformance/compat/*/schemas/'), '', '| address | version | files (for example) |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

function modelPage(families: readonly string[], edges: readonly Edge[], references: ReturnType<typeof referencesOf>, link: (name: string) => string | undefined): string {
  return [
    '---',
    'title: The model at a glance',
    '---',
    '',
    banner('schemas/v1/*.json and schemas/codelists/relationship_type.csv'),
    '',
    '# The model at a glance',
    '',
    `The standard's record families and how their records refer to each other: by **record id** (a case's \`indicator_refs\`, a sighting's \`indicator_ref\`), by **organisation identifier** (\`source\`, \`reporting_org\`, who froze a payment — an org-id such as \`TH-GOV:aoc1441\`, which an organisation record describes) and through **relationship records** whose type (from the [relationship_type](/codelists/relationship_type) codelist) says which families it may link. Observables are not records: indicators, sightings and transfers name them by their deterministic id. The diagram and the table are generated from the schemas when the site is built, so they cannot drift from the standard.`,
    '',
    modelSvg(families, edges, link),
    '',
    `Reference pages: ${familyLinks([...families, 'observable'], link)}`,
    '',
    '## Every reference field {#references}',
    '',
    referenceTable(references, link),
    '',
    '## As Mermaid {#mermaid}',
    '',
    'The same graph as a Mermaid flowchart, to paste into a document or a wiki that renders Mermaid:',
    '',
    '```text',
    mermaidOf(families, edges),
    '```',
    '',
  ].join('\n');
}

function personalSummary(page: string, builder: ReferenceBuilder): string {
  const count = builder.personal.filter((p) => p.page === page).length;
  return count ? `::: tip Personal data\n${count} field${count > 1 ? 's' : ''} on this page can hold personal data; **Minimum TLP** under a field gives the lowest marking a record may carry while holding ${count > 1 ? 'them' : 'it'}. See [all personal-data fields](./personal-data) and [Share safely](../guide/share-safely).\n:::` : '';
}

const TLP_ORDER = ['clear', 'green', 'amber', 'amber+strict', 'red'];

function personalDataPage(builder: ReferenceBuilder): string {
  const lines = ['---', 'title: Personal data fields', '---', '', banner('schemas/v1/*.json (x-gpos-personal-data)'), '', '# Personal data fields', ''];
  lines.push(
    'Every field the schemas mark with `x-gpos-personal-data`, with the lowest TLP a record may carry while it holds the field. The validator reports a record marked below a field\'s minimum as an error; the SDK\'s `redact` removes or pseudonymises such fields before a record is shared with a wider audience. See [Share safely](../guide/share-safely).',
    '',
    '| Record family | Field | Category | Minimum TLP |',
    '| --- | --- | --- | --- |',
  );
  const rows = [...builder.personal].sort((a, b) => a.page.localeCompare(b.page) || TLP_ORDER.indexOf(b.min_tlp) - TLP_ORDER.indexOf(a.min_tlp) || a.path.localeCompare(b.path));
  for (const p of rows) {
    const by = p.by ? ` — ${p.by === 'indicator_kind.min_tlp' ? 'raised' : 'set'} per code by \`${p.by}\` ([${p.by.split('.')[0]}](../codelists/${p.by.split('.')[0]}))` : '';
    lines.push(`| [${p.page}](./${p.page}) | [\`${p.path}\`](./${p.page}#${p.anchor}) | ${cell(p.category)} | \`${p.min_tlp}\`${by} |`);
  }
  return lines.join('\n') + '\n';
}

function rulesPendingPage(): string {
  return [
    '---',
    'title: Validation rules',
    '---',
    '',
    banner('packages/validate/src/rules/index.ts'),
    '',
    '# Validation rules',
    '',
    'JSON Schema cannot say everything: dates in order, amounts that add up, a checksum on a wallet address, a reference that resolves, a TLP consistent with the personal data a record holds. Those checks are the semantic rules of `@gpos/validate`, each with a stable code, a severity and a page here.',
    '',
    '::: info Rule pages are generated from the validator',
    "The pages are generated from the `rules` table that `@gpos/validate` exports (`packages/validate/src/rules/index.ts`). That table is not in the repository yet, so there are no rule pages in this build. `gpos rules` lists the rules of the installed validator.",
    ':::',
    '',
  ].join('\n');
}

/**
 * A changeset as a changelog entry: its whole first paragraph on one line (a changeset's text wraps, and its first line
 * alone stops mid-sentence), ending as a sentence does.
 */
export function changesetEntry(body: string): string {
  const paragraphs = body.trim().split(/\n\s*\n/);
  let paragraph = (paragraphs[0] ?? '').replace(/^[-*]\s+/, '').replace(/\s*\n\s*/g, ' ').trim();
  // a paragraph that introduces a list takes the list along, as one sentence
  for (let i = 1; paragraph.endsWith(':') && i < paragraphs.length; i++) {
    const items = paragraphs[i]!.split(/\n(?=[-*]\s)/).map((item) => item.replace(/^[-*]\s+/, '').replace(/\s*\n\s*/g, ' ').trim().replace(/[.;]$/, ''));
    paragraph = `${paragraph} ${items.join('; ')}`;
  }
  const sentence = /[.!?)`]$/.test(paragraph) ? paragraph : `${paragraph}.`;
  return sentence.replace(/</g, '&lt;');
}

function changelogPage(): string {
  const lines = ['---', 'title: Changelog', '---', '', banner('CHANGELOG.md files and .changeset/'), '', '# Changelog', ''];
  lines.push('Changes to the standard and its packages, newest first. The version of the standard is in `schemas/SPEC_VERSION`; see [Governance](../guide/governance) for what counts as a breaking change, [who decides](../guide/governance#who-decides) and [how to cite](../guide/governance#how-to-cite) a version, and [versioned schema addresses](../guide/governance#versioned-urls) for every release.', '');
  const changelogs = [join(REPO_ROOT, 'CHANGELOG.md'), join(REPO_ROOT, 'schemas', 'CHANGELOG.md')];
  const pkgDir = join(REPO_ROOT, 'packages');
  if (existsSync(pkgDir)) for (const p of readdirSync(pkgDir).sort()) changelogs.push(join(pkgDir, p, 'CHANGELOG.md'));
  let found = false;
  for (const file of changelogs.filter((f) => existsSync(f))) {
    found = true;
    const text = readFileSync(file, 'utf8').replace(/^#\s.*\n/, '');
    lines.push(`## ${relative(REPO_ROOT, file).replace(/\/?CHANGELOG\.md$/, '') || 'The standard'}`, '', text.replace(/^(#+)/gm, '$1#').replace(/</g, '&lt;'), '');
  }
  const pending = existsSync(join(REPO_ROOT, '.changeset'))
    ? readdirSync(join(REPO_ROOT, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()
    : [];
  if (pending.length) {
    lines.push('## Unreleased', '', 'Changes merged since the last release (from `.changeset/`):', '');
    for (const f of pending) {
      const text = readFileSync(join(REPO_ROOT, '.changeset', f), 'utf8');
      const body = text.replace(/^---[\s\S]*?---\s*/, '').trim();
      const pkgs = [...text.matchAll(/^["']?(@gpos\/[\w-]+)["']?:\s*(major|minor|patch)/gm)].map((m) => `\`${m[1]}\` ${m[2]}`);
      lines.push(`- ${changesetEntry(body)}${pkgs.length ? ` (${pkgs.join(', ')})` : ''}`);
    }
    lines.push('');
  }
  if (!found) {
    lines.push(
      '::: info No release yet',
      'Version 1.0.0 of the standard is the first release. From then on, every user-visible change is recorded as a changeset (`npx changeset`); `changeset version` writes each package\'s `CHANGELOG.md` in Keep-a-Changelog style, and this page is generated from those files and from the changesets not yet released.',
      ':::',
      '',
    );
  }
  return lines.join('\n');
}

/** Hand-written markdown under docs/ (generated folders excluded), so their example includes are validated too. */
function handWrittenPages(): Record<string, string> {
  const out: Record<string, string> = {};
  const skip = new Set(['README.md', 'node_modules', '.vitepress', 'public', 'test', 'test-results', 'scripts', ...GENERATED_DIRS]);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      const rel = relative(DOCS_ROOT, abs);
      if (skip.has(rel) || skip.has(name)) continue;
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.md')) out[rel] = readFileSync(abs, 'utf8');
    }
  };
  walk(DOCS_ROOT);
  return out;
}

export function write(files: Record<string, string>): void {
  for (const dir of GENERATED_DIRS) rmSync(join(DOCS_ROOT, dir), { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    const target = join(DOCS_ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  try {
    const files = generate({ rules: await loadRules() });
    write(files);
    console.log(`docs: generated ${Object.keys(files).length} files into docs/ (${GENERATED_DIRS.join(', ')})`);
  } catch (e) {
    console.error(e instanceof SchemaDefects ? e.message : e);
    process.exit(1);
  }
}
