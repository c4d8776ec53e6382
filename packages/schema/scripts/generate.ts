import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexFields, makeResolver } from './field-index.js';
import { CODELIST_DIR, readCodelists, readCsv, readExtensions, readSchemas, readSpecVersion } from './sources.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

const banner = (from: string) =>
  `// generated from ${from} by packages/schema/scripts/generate.ts — do not edit.\n// Run \`npm run generate\` after changing the standard.\n`;

const camel = (name: string) => name.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

export function schemasModule(): string {
  const schemas = readSchemas();
  const lines = [banner('schemas/v1/*.json'), `import type { JsonSchema } from '../json-schema.js';`, ''];
  lines.push(`/** The version of the GPOS standard these schemas define. */`);
  lines.push(`export const SPEC_VERSION = ${JSON.stringify(readSpecVersion())};`, '');
  for (const { name, schema } of schemas) {
    lines.push(`/** ${String(schema.title)}: ${String(schema.description)} */`);
    lines.push(`export const ${camel(name)}Schema: JsonSchema = ${JSON.stringify(schema, null, 2)};`, '');
  }
  lines.push(`/** Every schema of the standard, by file name. */`);
  lines.push(`export const schemas = {`);
  for (const { name } of schemas) lines.push(`  ${name}: ${camel(name)}Schema,`);
  lines.push(`} as const;`, '');
  return lines.join('\n');
}

export function codelistsModule(): string {
  const index = new Map(readCsv(join(CODELIST_DIR, 'index.csv')).map((row) => [row.name, row]));
  const lines = [banner('schemas/codelists/*.csv'), `import type { Codelist } from '../codelist.js';`, ''];
  const names: string[] = [];
  for (const { name, rows } of readCodelists()) {
    const meta = index.get(name);
    if (!meta) throw new Error(`schemas/codelists/${name}.csv is not listed in index.csv`);
    const open = meta.open === 'true';
    const codes = rows.map((r) => r.code);
    const id = camel(name);
    names.push(name);
    lines.push(`/** ${meta.title}: ${meta.description} (${open ? 'open' : 'closed'} codelist) */`);
    lines.push(`export const ${id}Codes = ${JSON.stringify(codes)} as const;`);
    lines.push(`export type ${id[0]!.toUpperCase()}${id.slice(1)}Code = (typeof ${id}Codes)[number];`);
    lines.push(
      `export const ${id}Codelist: Codelist<(typeof ${id}Codes)[number]> = ${JSON.stringify({ name, title: meta.title, description: meta.description, open, rows }, null, 2)};`,
      '',
    );
  }
  lines.push(`/** Every codelist of the standard, by name. */`);
  lines.push(`export const codelists = {`);
  for (const name of names) lines.push(`  ${name}: ${camel(name)}Codelist,`);
  lines.push(`} as const;`, '');
  return lines.join('\n');
}

export function fieldsModule(): string {
  const schemas = readSchemas();
  const resolve = makeResolver(schemas);
  const lines = [banner('schemas/v1/*.json'), `import type { FieldIndex } from '../field-index.js';`, ''];
  lines.push(`/** Per record family, every field that names a codelist, holds personal data or is deprecated. \`*\` stands for any array item, \`{}\` for any map value. */`);
  const index: Record<string, unknown> = {};
  for (const { name, schema } of schemas) if (name !== 'common') index[name] = indexFields(schema, `${name}.json`, resolve);
  lines.push(`export const fieldIndex: FieldIndex = ${JSON.stringify(index, null, 2)};`, '');
  return lines.join('\n');
}

export function extensionsModule(): string {
  const lines = [banner('schemas/extensions/'), `import type { RegisteredExtension } from '../extensions.js';`, ''];
  lines.push(`/** The extension namespaces registered with the standard, each with the JSON Schema its data must satisfy. */`);
  const entries = readExtensions().map(({ row, schema }) => ({
    namespace: row.namespace,
    title: row.title,
    description: row.description,
    records: (row.records ?? '').split(' ').filter(Boolean),
    source: row.source,
    schema,
  }));
  lines.push(`export const EXTENSIONS: readonly RegisteredExtension[] = ${JSON.stringify(entries, null, 2)};`, '');
  return lines.join('\n');
}

/** Everything the package derives from schemas/, as path → content; pure, so the drift test can compare. */
export function generate(): Record<string, string> {
  return {
    'src/generated/schemas.ts': schemasModule(),
    'src/generated/codelists.ts': codelistsModule(),
    'src/generated/fields.ts': fieldsModule(),
    'src/generated/extensions.ts': extensionsModule(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(generate())) {
    const target = join(PACKAGE_ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
