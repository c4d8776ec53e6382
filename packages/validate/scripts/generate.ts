import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { _ as code } from 'ajv/dist/compile/codegen/index.js';
import addFormatsModule from 'ajv-formats';
import { codelists } from '@gpos/schema';
import { formats } from '../src/formats.js';

// CJS packages under NodeNext: the default import is `module.exports`, whose `.default` is the export itself
const Ajv2020 = Ajv2020Module.default;
type Ajv2020 = InstanceType<typeof Ajv2020>;
const standaloneCode = standaloneModule.default;
const addFormats = addFormatsModule.default;

const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SCHEMA_DIR = join(REPO_ROOT, 'schemas', 'v1');
/** The exchange's event envelopes (AsyncAPI payloads), which refer to the record schemas. */
export const EVENTS_FILE = join(REPO_ROOT, 'schemas', 'exchange', 'events.json');

/** The exchange event types with the `$defs` entry of events.json that checks each, in file order. */
export function readEvents(file = EVENTS_FILE): Array<{ type: string; def: string; id: string }> {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string; $defs: Record<string, { properties?: { type?: { const?: unknown } } }> };
  return Object.entries(schema.$defs)
    .filter(([, def]) => typeof def.properties?.type?.const === 'string')
    .map(([def, node]) => ({ type: node.properties!.type!.const as string, def, id: `${schema.$id}#/$defs/${def}` }));
}

export const EXTENSION_DIR = join(REPO_ROOT, 'schemas', 'extensions');

/** The registered extension schemas (schemas/extensions/index.csv), by namespace, in the order of the index. */
export function readExtensionSchemas(dir = EXTENSION_DIR): Array<{ namespace: string; schema: JsonObject }> {
  const [header, ...rows] = readFileSync(join(dir, 'index.csv'), 'utf8').trim().split('\n').map((line) => line.split(','));
  const at = (name: string) => header!.indexOf(name);
  // namespace and schema file are plain words: the first and last cells of a row whatever the quoted text between
  return rows.map((cells) => ({ namespace: cells[at('namespace')]!, schema: JSON.parse(readFileSync(join(dir, cells[cells.length - 1]!), 'utf8')) as JsonObject }));
}

/** Keywords of the standard that Ajv must accept in strict mode; validation ignores them (the semantic rules act on them). */
export const GPOS_KEYWORDS = ['x-gpos-codelist', 'x-gpos-personal-data', 'x-gpos-dispatch'] as const;

const banner = (comment: string) =>
  `${comment} generated from schemas/v1/*.json, schemas/exchange/events.json and schemas/extensions/ by packages/validate/scripts/generate.ts — do not edit.\n${comment} Run \`npm run generate -w @gpos/validate\` after changing the standard.\n`;

type JsonObject = { [key: string]: unknown };

/** Schema files in a stable order: common first, then the families alphabetically. */
export function readSchemas(dir = SCHEMA_DIR): Array<{ name: string; schema: JsonObject }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.slice(0, -'.json'.length), schema: JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonObject }))
    .sort((a, b) => (a.name === 'common' ? -1 : b.name === 'common' ? 1 : a.name.localeCompare(b.name)));
}

const ANNOTATIONS = new Set(['description', 'examples', 'title', '$comment', 'deprecated']);
const SUBSCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties']);
const SUBSCHEMA_LISTS = new Set(['anyOf', 'allOf', 'oneOf']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'contains']);

/** A schema without annotations, which do not change what validates but would otherwise be embedded in the generated code. */
export function stripAnnotations(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema as JsonObject)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SUBSCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, stripAnnotations(v)]));
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(stripAnnotations);
    else if (SUBSCHEMAS.has(key)) out[key] = stripAnnotations(value);
    else out[key] = value;
  }
  return out;
}

/**
 * An Ajv instance configured exactly as the reference validator is: strict, every error, formats, the GPOS
 * keywords. The runtime compile checks formats with ajv-formats itself; the standalone code calls the faster
 * checks in src/formats.ts, which give the same verdicts (a property test holds them to it).
 */
export function createAjv(options: { code?: boolean; strip?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    messages: false,
    ...(options.code ? { code: { source: true, esm: true, optimize: true, formats: code`require("../../formats").formats` } } : {}),
  });
  if (options.code) for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
  else addFormats(ajv);
  for (const keyword of GPOS_KEYWORDS) ajv.addKeyword({ keyword });
  for (const { schema } of readSchemas()) ajv.addSchema((options.strip ? stripAnnotations(schema) : schema) as JsonObject);
  const events = JSON.parse(readFileSync(EVENTS_FILE, 'utf8')) as JsonObject;
  ajv.addSchema((options.strip ? stripAnnotations(events) : events) as JsonObject);
  for (const { schema } of readExtensionSchemas()) ajv.addSchema((options.strip ? stripAnnotations(schema) : schema) as JsonObject);
  return ajv;
}

/** The minimal form a revoked record may take instead of its family's schema (bundle.json's `x-gpos-dispatch.retraction`). */
export const RETRACTION_ID = 'https://schemas.gpos.network/v1/common.json#/$defs/retraction';

const exportName = (name: string) => `validate${name[0]!.toUpperCase()}${name.slice(1)}`;
/** `takedown_outcome` → `validateEventTakedownOutcome`. */
const eventExportName = (def: string) => `validateEvent${def.replace(/(^|_)([a-z])/g, (_, __: string, c: string) => c.toUpperCase())}`;
const extensionExportName = (namespace: string) => `validateExtension${namespace[0]!.toUpperCase()}${namespace.slice(1).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;

/**
 * The chunks the precompiled validators are split into, each with the exports it holds: one per record family, the
 * bundle envelope, the minimal retraction, the exchange events and the registered extensions. Each chunk is a
 * module of its own, so a run loads only the families its records belong to (src/chunks.ts).
 */
export function validatorChunks(): Array<{ chunk: string; exports: Record<string, string>; describe: Record<string, string> }> {
  const out: Array<{ chunk: string; exports: Record<string, string>; describe: Record<string, string> }> = [];
  for (const { name, schema } of readSchemas()) {
    if (name === 'common') continue;
    out.push({ chunk: name, exports: { [exportName(name)]: String(schema.$id) }, describe: { [exportName(name)]: `Checks a value against ${String(schema.$id)}.` } });
  }
  out.push({ chunk: 'retraction', exports: { validateRetraction: RETRACTION_ID }, describe: { validateRetraction: `Checks a value against ${RETRACTION_ID}: the minimal form of a revoked record.` } });
  const events = { chunk: 'events', exports: {} as Record<string, string>, describe: {} as Record<string, string> };
  for (const { type, def, id } of readEvents()) {
    events.exports[eventExportName(def)] = id;
    events.describe[eventExportName(def)] = `Checks a \`${type}\` exchange event envelope against ${id}.`;
  }
  out.push(events);
  const extensions = { chunk: 'extensions', exports: {} as Record<string, string>, describe: {} as Record<string, string> };
  for (const { namespace, schema } of readExtensionSchemas()) {
    extensions.exports[extensionExportName(namespace)] = String(schema.$id);
    extensions.describe[extensionExportName(namespace)] = `Checks the data of the registered extension \`${namespace}\` against ${String(schema.$id)}.`;
  }
  out.push(extensions);
  return out;
}

/** One chunk's standalone validator module. */
export function validatorsModule(exports: Record<string, string>): string {
  const ajv = createAjv({ code: true, strip: true });
  return `${banner('//')}/* eslint-disable */\n${esmImports(standaloneCode(ajv, exports))}\n`;
}

/** One chunk's declarations. */
export function chunkDeclarations(describe: Record<string, string>): string {
  const lines = [banner('//'), `import type { SchemaValidateFunction } from '../schema-validators.js';`, ''];
  for (const [name, text] of Object.entries(describe)) lines.push(`/** ${text} */`, `export declare const ${name}: SchemaValidateFunction;`);
  lines.push('');
  return lines.join('\n');
}

/**
 * Ajv's "ESM" output still calls require() for its runtime helpers and formats (ajv#2209, ajv-formats#68).
 * Turn each into a static import so the module runs as real ESM from src/; tsup then bundles the helpers
 * (noExternal) so the published package needs no ajv at run time.
 */
export function esmImports(code: string): string {
  const specifiers: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_, spec: string) => {
    let index = specifiers.indexOf(spec);
    if (index < 0) index = specifiers.push(spec) - 1;
    return `__runtime${index}`;
  });
  // what require() would return, whichever CJS interop the loader applied (Node, Vite and esbuild differ)
  const interop = 'const __cjs = (ns) => (ns.default && ns.default.__esModule ? ns.default : ns);';
  const imports = specifiers.map((spec, i) => `import * as __ns${i} from ${JSON.stringify(`${spec}.js`)};\nconst __runtime${i} = __cjs(__ns${i});`);
  return body.replace(/^"use strict";\n?/, `${interop}\n${imports.join('\n')}\n`);
}

export function declarationsModule(): string {
  const lines = [banner('//')];
  lines.push(`/** One error as the precompiled validators report it (the Ajv error object shape, without depending on ajv). */`);
  lines.push(`export interface SchemaError {`);
  lines.push(`  readonly instancePath: string;`);
  lines.push(`  readonly schemaPath: string;`);
  lines.push(`  readonly keyword: string;`);
  lines.push(`  readonly params: Readonly<Record<string, unknown>>;`);
  lines.push(`  readonly message?: string;`);
  lines.push(`}`, '');
  lines.push(`/** A precompiled schema check: true when \`data\` is valid; otherwise \`errors\` holds what failed. */`);
  lines.push(`export interface SchemaValidateFunction {`);
  lines.push(`  (data: unknown): boolean;`);
  lines.push(`  errors?: readonly SchemaError[] | null;`);
  lines.push(`}`, '');
  lines.push(`/** The chunks the precompiled validators are split into (src/generated/validators/<chunk>.js). */`);
  lines.push(`export type ValidatorChunk = ${validatorChunks().map(({ chunk }) => JSON.stringify(chunk)).join(' | ')};`, '');
  return lines.join('\n');
}

/** The schema `$id`s this package has validators for, by schema file name. */
export function schemaIdsModule(): string {
  const lines = [banner('//')];
  lines.push(`/** The \`$id\` of every schema the reference validator checks against, by schema file name. */`);
  lines.push(`export const SCHEMA_IDS = {`);
  for (const { name, schema } of readSchemas()) if (name !== 'common') lines.push(`  ${name}: ${JSON.stringify(schema.$id)},`);
  lines.push(`} as const;`, '');
  lines.push(`export type SchemaName = keyof typeof SCHEMA_IDS;`, '');
  lines.push(`/** The exchange event types (schemas/exchange/events.json), each with the \`$id\` of the schema that checks its envelope. */`);
  lines.push(`export const EVENT_SCHEMA_IDS = {`);
  for (const { type, id } of readEvents()) lines.push(`  ${JSON.stringify(type)}: ${JSON.stringify(id)},`);
  lines.push(`} as const;`, '');
  lines.push(`export type EventType = keyof typeof EVENT_SCHEMA_IDS;`, '');
  lines.push(`/** The \`$id\` of every registered extension schema, by namespace. */`);
  lines.push(`export const EXTENSION_SCHEMA_IDS = {`);
  for (const { namespace, schema } of readExtensionSchemas()) lines.push(`  ${namespace}: ${JSON.stringify(schema.$id)},`);
  lines.push(`} as const;`, '');
  return lines.join('\n');
}

/**
 * Per schema file, the property names allowed at every object location, keyed by the instance path with
 * array indices written as `*`. The validator uses them to suggest the intended name of a mistyped field.
 */
export function propertyNames(): Record<string, Record<string, string[]>> {
  const files = new Map(readSchemas().map(({ name, schema }) => [`${name}.json`, schema]));
  const resolve = (ref: string, base: string): { node: JsonObject; base: string } => {
    const [file, pointer = ''] = ref.split('#');
    const target = file ? file : base;
    let node: unknown = files.get(target);
    for (const part of pointer.split('/').filter(Boolean)) node = (node as JsonObject)[part];
    if (!node || typeof node !== 'object') throw new Error(`unresolvable $ref ${ref} from ${base}`);
    return { node: node as JsonObject, base: target };
  };
  const out: Record<string, Record<string, string[]>> = {};
  for (const [file, schema] of files) {
    if (file === 'common.json') continue;
    const table: Record<string, string[]> = {};
    const visit = (node: JsonObject, base: string, path: string, depth: number): void => {
      if (depth > 30) throw new Error(`schema nesting too deep at ${path}`);
      if (typeof node.$ref === 'string') {
        const target = resolve(node.$ref, base);
        return visit(target.node, target.base, path, depth + 1);
      }
      const props = node.properties as Record<string, JsonObject> | undefined;
      if (props && node.additionalProperties === false) table[path] = Object.keys(props);
      if (props) for (const [key, child] of Object.entries(props)) visit(child, base, `${path}/${key}`, depth + 1);
      if (node.items && typeof node.items === 'object') visit(node.items as JsonObject, base, `${path}/*`, depth + 1);
    };
    visit(schema, file, '', 0);
    out[file.slice(0, -'.json'.length)] = table;
  }
  return out;
}

export function propertyNamesModule(): string {
  const lines = [banner('//')];
  lines.push(`/** Per schema file, the property names allowed at each closed object, by instance path (\`*\` for any array index). */`);
  lines.push(`export const PROPERTY_NAMES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = ${JSON.stringify(propertyNames())};`, '');
  return lines.join('\n');
}

/** Row columns the codelist rules never read: the text for people and the crosswalks to other schemes (`xw_*`). */
const PROSE_COLUMNS = new Set(['title', 'description', 'source']);

/**
 * The codelists as the codelist rules read them: each list's openness and rows of codes, deprecations and the
 * columns rules use (min_tlp, inverse, value_kind, caip19…), without titles, descriptions, sources or crosswalks —
 * a quarter of the size, and a one-record run parses every byte of the chunk that holds it.
 */
export function codesModule(): string {
  const lean = Object.fromEntries(
    Object.entries(codelists).map(([name, list]) => [
      name,
      { open: list.open, rows: list.rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !PROSE_COLUMNS.has(column) && !column.startsWith('xw_')))) },
    ]),
  );
  const lines = [banner('//'), `import type { CodeRow } from '../chunks.js';`, ''];
  lines.push(`/** Each codelist of the standard, by name: whether it is open, and its rows without prose or crosswalks. */`);
  lines.push(`export const CODELISTS: Readonly<Record<string, { readonly open: boolean; readonly rows: readonly CodeRow[] }>> = ${JSON.stringify(lean)};`, '');
  return lines.join('\n');
}

/** Everything the package derives from schemas/, as path → content; pure, so the drift test can compare. */
export function generate(): Record<string, string> {
  return {
    'src/generated/schema-validators.d.ts': declarationsModule(),
    ...Object.fromEntries(
      validatorChunks().flatMap(({ chunk, exports, describe }) => [
        [`src/generated/validators/${chunk}.js`, validatorsModule(exports)],
        [`src/generated/validators/${chunk}.d.ts`, chunkDeclarations(describe)],
      ]),
    ),
    'src/generated/schema-ids.ts': schemaIdsModule(),
    'src/generated/property-names.ts': propertyNamesModule(),
    'src/generated/codelists.ts': codesModule(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(generate())) {
    const target = join(PACKAGE_ROOT, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
