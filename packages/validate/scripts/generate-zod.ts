import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSchemas } from './generate.js';

// Compiles schemas/v1/*.json into zod 4 schemas (src/zod/generated.ts). A small, strict walker rather than a
// general JSON Schema converter: it knows exactly the subset the standard allows (DESIGN.md) and throws on
// any other keyword, so a schema change it cannot express fails `npm run generate` instead of silently
// producing a laxer zod schema. Every keyword is mapped so zod and Ajv give the same verdict; where zod's
// built-in disagrees with Ajv, a helper from src/zod/keywords.ts is used instead (see its comments).

const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const OUTPUT = 'src/zod/generated.ts';

type JsonObject = { [key: string]: unknown };

const BANNER = `/* eslint-disable */
// =====================================================================================================
// GENERATED FROM schemas/v1 — DO NOT EDIT.
// generated from schemas/v1/*.json by packages/validate/scripts/generate-zod.ts — do not edit.
// Run \`npm run generate -w @gpos/validate\` after changing the standard; a test fails when this file drifts.
// =====================================================================================================
`;

/** Keywords that do not change what validates. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples', '$comment', 'deprecated', 'x-gpos-codelist', 'x-gpos-personal-data']);
const BASE = 'https://schemas.gpos.network/v1/';
const SAFE = Number.MAX_SAFE_INTEGER;

const camel = (name: string) => name.replace(/[_\s-]+([a-zA-Z])/g, (_, ch: string) => ch.toUpperCase()).replace(/^[A-Z]/, (ch) => ch.toLowerCase());
const schemaName = (name: string) => `${camel(name)}Schema`;

/** A pattern as a regex literal with the `u` flag Ajv compiles patterns with. */
function regexLiteral(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') out += ch + (pattern[++i] ?? '');
    else if (ch === '/') out += '\\/';
    else out += ch;
  }
  new RegExp(out, 'u'); // throws on a pattern that is not a valid unicode-mode regex, as Ajv would
  return `/${out}/u`;
}

const jsdoc = (text: string) => (text ? `/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

const indent = (text: string, by = '  ') => text.replace(/\n/g, `\n${by}`);

interface Declaration {
  name: string;
  code: string;
  doc?: string;
}

class Generator {
  readonly declarations: Declaration[] = [];
  private readonly emitted = new Set<string>();
  private readonly inProgress = new Set<string>();
  /** `file.json#/$defs/name` → schema. */
  private readonly defs = new Map<string, { file: string; name: string; schema: JsonObject }>();
  readonly helpers = new Set<string>();
  readonly exportNames = new Map<string, string>();

  constructor(private readonly schemas: Array<{ name: string; schema: JsonObject }>) {
    for (const { name: file, schema } of schemas) {
      for (const [name, def] of Object.entries((schema.$defs ?? {}) as Record<string, JsonObject>)) this.defs.set(`${file}.json#/$defs/${name}`, { file, name, schema: def });
    }
  }

  /** The const name of a named schema: `common.json` definitions by their key, nested objects by their `title`. */
  private claim(name: string, origin: string): string {
    const owner = this.exportNames.get(name);
    if (owner && owner !== origin) throw new Error(`two schemas would be named ${name}: ${owner} and ${origin}`);
    this.exportNames.set(name, origin);
    return name;
  }

  private declare(name: string, origin: string, build: () => string, doc?: unknown): string {
    if (this.emitted.has(name)) return name;
    if (this.inProgress.has(name)) throw new Error(`recursive schema ${origin}: emit it with z.lazy`);
    this.claim(name, origin);
    this.inProgress.add(name);
    const code = build();
    this.inProgress.delete(name);
    this.emitted.add(name);
    this.declarations.push({ name, code, ...(typeof doc === 'string' ? { doc } : {}) });
    return name;
  }

  /** The named const for a `$ref`, declared (after whatever it depends on) on first use. */
  private ref(ref: string, file: string): string {
    const target = ref.startsWith('#') ? `${file}.json${ref}` : ref.startsWith(BASE) ? ref.slice(BASE.length) : ref;
    const def = this.defs.get(target);
    if (!def) throw new Error(`unresolved $ref ${ref} in ${file}.json`);
    const title = typeof def.schema.title === 'string' ? def.schema.title : def.name;
    return this.declare(schemaName(title), target, () => this.node(def.schema, def.file, target, true), def.schema.description);
  }

  declareRoot(file: string, schema: JsonObject, name: string): string {
    return this.declare(name, `${file}.json`, () => this.node(schema, file, `${file}.json`, true), schema.description);
  }

  /** Zod code for one schema node; `named` is true for the node a const is being declared for. */
  node(schema: JsonObject, file: string, path: string, named = false): string {
    const unknownKeys = Object.keys(schema).filter((key) => !ANNOTATIONS.has(key) && !KNOWN.has(key));
    if (unknownKeys.length) throw new Error(`${path}: unsupported keyword(s) ${unknownKeys.join(', ')}`);
    if (!named && typeof schema.title === 'string' && schema.type === 'object' && !schema['x-gpos-dispatch']) {
      return this.declare(schemaName(schema.title), path, () => this.node(schema, file, path, true), schema.description);
    }
    if (typeof schema.$ref === 'string') {
      const siblings = Object.keys(schema).filter((key) => key !== '$ref' && !ANNOTATIONS.has(key));
      if (siblings.length) throw new Error(`${path}: $ref with validating siblings ${siblings.join(', ')}`);
      return this.ref(schema.$ref, file);
    }
    if (schema['x-gpos-dispatch']) return (schema['x-gpos-dispatch'] as { retraction?: string }).retraction ? 'bundleRecordSchema' : 'recordSchema';
    if (Array.isArray(schema.anyOf)) {
      return `z.union([${schema.anyOf.map((branch, i) => this.node(branch as JsonObject, file, `${path}/anyOf/${i}`)).join(', ')}])`;
    }
    if ('const' in schema) {
      if (schema.type !== undefined && typeof schema.const !== schema.type) throw new Error(`${path}: const of another type`);
      return `z.literal(${JSON.stringify(schema.const)})`;
    }
    if (Array.isArray(schema.enum)) {
      if (!schema.enum.every((v) => typeof v === 'string') || (schema.type !== undefined && schema.type !== 'string')) throw new Error(`${path}: only string enums are supported`);
      return `z.enum([${schema.enum.map((v) => JSON.stringify(v)).join(', ')}])`;
    }
    switch (schema.type) {
      case 'string':
        return this.string(schema, path);
      case 'integer':
      case 'number':
        return this.number(schema, path);
      case 'boolean':
        return 'z.boolean()';
      case 'array':
        return this.array(schema, file, path);
      case 'object':
        return this.object(schema, file, path);
      default:
        throw new Error(`${path}: unsupported type ${JSON.stringify(schema.type)}`);
    }
  }

  private string(schema: JsonObject, path: string): string {
    let code: string;
    switch (schema.format) {
      case undefined:
        code = 'z.string()';
        break;
      // zod's ISO date agrees with ajv-formats' full `date` (days per month, leap years)
      case 'date':
        code = 'z.iso.date()';
        break;
      case 'date-time':
        code = 'z.string()';
        break;
      case 'uri':
        code = 'z.string()';
        break;
      default:
        throw new Error(`${path}: unsupported format ${String(schema.format)}`);
    }
    if (typeof schema.pattern === 'string') code += `.regex(${regexLiteral(schema.pattern)})`;
    if (schema.format === 'date-time') code += this.use('dateTimeFormat', '.check(dateTimeFormat)');
    if (schema.format === 'uri') code += this.use('uriFormat', '.check(uriFormat)');
    if (typeof schema.minLength === 'number') code += this.use('minChars', `.check(minChars(${schema.minLength}))`);
    if (typeof schema.maxLength === 'number') code += this.use('maxChars', `.check(maxChars(${schema.maxLength}))`);
    return code;
  }

  private number(schema: JsonObject, path: string): string {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    if ((minimum !== undefined && typeof minimum !== 'number') || (maximum !== undefined && typeof maximum !== 'number')) throw new Error(`${path}: bounds must be numbers`);
    const bounds = `${minimum !== undefined ? `.min(${minimum})` : ''}${maximum !== undefined ? `.max(${maximum})` : ''}`;
    if (schema.type === 'number') return `z.number()${bounds}`;
    // z.int() also requires a safe integer; use it only where the bounds already imply one
    if (minimum !== undefined && maximum !== undefined && minimum >= -SAFE && maximum <= SAFE) return `z.int()${bounds}`;
    return `z.number()${bounds}${this.use('integer', '.check(integer)')}`;
  }

  private array(schema: JsonObject, file: string, path: string): string {
    if (!schema.items || typeof schema.items !== 'object') throw new Error(`${path}: an array needs items`);
    let code = `z.array(${this.node(schema.items as JsonObject, file, `${path}/items`)})`;
    if (typeof schema.minItems === 'number') code += `.min(${schema.minItems})`;
    if (typeof schema.maxItems === 'number') code += `.max(${schema.maxItems})`;
    if (schema.uniqueItems === true) code += this.use('uniqueItems', '.check(uniqueItems)');
    return code;
  }

  private object(schema: JsonObject, file: string, path: string): string {
    const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set((schema.required ?? []) as string[]);
    for (const key of required) if (!(key in properties)) throw new Error(`${path}: required ${key} has no property schema`);
    const additional = schema.additionalProperties;
    if (Object.keys(properties).length > 0) {
      if (additional !== false) throw new Error(`${path}: an object with properties must be closed (additionalProperties: false)`);
      if (schema.propertyNames || schema.minProperties !== undefined) throw new Error(`${path}: propertyNames/minProperties on a closed object`);
      const lines = Object.entries(properties).map(([key, property]) => {
        const value = this.node(property, file, `${path}/properties/${key}`);
        // exactOptional: an optional property is absent or valid, never `undefined`, which is what
        // json-schema-to-typescript's `key?: T` means under exactOptionalPropertyTypes (and JSON cannot carry undefined)
        return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${required.has(key) ? value : `${value}.exactOptional()`},`;
      });
      return `z.strictObject({\n  ${lines.map((line) => indent(line)).join('\n  ')}\n})`;
    }
    if (additional === undefined && !schema.propertyNames && schema.minProperties === undefined) return this.use('anyObject', 'anyObject');
    if (!additional || typeof additional !== 'object') throw new Error(`${path}: an open map needs an additionalProperties schema`);
    const names = (schema.propertyNames ?? { type: 'string' }) as JsonObject;
    const key = this.string({ type: 'string', ...names }, `${path}/propertyNames`);
    // partialRecord: a map has no key it must hold, which json-schema-to-typescript types as `[k: string]: T | undefined`
    let code = `z.partialRecord(${key}, ${this.node(additional as JsonObject, file, `${path}/additionalProperties`)})`;
    if (typeof schema.minProperties === 'number') code += this.use('minProperties', `.check(minProperties(${schema.minProperties}))`);
    return code;
  }

  private use(helper: string, code: string): string {
    this.helpers.add(helper);
    return code;
  }
}

const KNOWN = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'minProperties', 'items', 'minItems', 'maxItems',
  'uniqueItems', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', '$ref', '$defs', 'anyOf',
  'x-gpos-dispatch',
]);

const FAMILY_DOC: Record<string, string> = {
  indicator: 'An indicator record (`indicator.json`).',
  case: 'A victim case record (`case.json`).',
  commitment: 'A commitment record (`commitment.json`).',
  organization: 'An organisation record (`organization.json`).',
  operation: 'A scam operation record (`operation.json`).',
  relationship: 'A relationship record (`relationship.json`).',
  sighting: 'A sighting record (`sighting.json`).',
  statistic: 'A statistic record (`statistic.json`).',
  bundle: 'A bundle (`bundle.json`), each of its records checked against the schema of its own `type`.',
};

/** The text of src/zod/generated.ts. Pure: reads schemas/v1, writes nothing. */
export function generate(): Record<string, string> {
  const schemas = readSchemas();
  const generator = new Generator(schemas);
  // every shared definition gets a named export, used or not, so callers can check a single field
  for (const { name: file, schema } of schemas) {
    for (const name of Object.keys((schema.$defs ?? {}) as JsonObject)) generator.node({ $ref: `${file}.json#/$defs/${name}` }, file, `${file}.json`);
  }
  const bundle = schemas.find((s) => s.name === 'bundle');
  if (!bundle) throw new Error('schemas/v1/bundle.json is missing');
  const dispatch = (((bundle.schema.properties as JsonObject).records as JsonObject).items as JsonObject)['x-gpos-dispatch'] as { property: string; mapping: Record<string, string> };
  const families = Object.keys(dispatch.mapping);
  for (const family of families) {
    const entry = schemas.find((s) => `${BASE}${s.name}.json` === dispatch.mapping[family]);
    if (!entry) throw new Error(`x-gpos-dispatch names ${dispatch.mapping[family]}, which is not in schemas/v1`);
    generator.declareRoot(entry.name, entry.schema, schemaName(family));
  }
  const recordCode = `z.discriminatedUnion(${JSON.stringify(dispatch.property)}, [${families.map(schemaName).join(', ')}])`;
  generator.declarations.push({ name: 'recordSchema', code: recordCode });
  generator.exportNames.set('recordSchema', 'x-gpos-dispatch');
  const retraction = (dispatch as { retraction?: string }).retraction;
  if (retraction) {
    // a revoked record may be sent in full or in its minimal form (common.json#/$defs/retraction)
    const retractionName = generator.node({ $ref: retraction }, 'bundle', 'x-gpos-dispatch/retraction');
    generator.declarations.push({ name: 'bundleRecordSchema', code: `z.union([recordSchema, ${retractionName}])` });
    generator.exportNames.set('bundleRecordSchema', 'x-gpos-dispatch');
  }
  generator.declareRoot('bundle', bundle.schema, 'bundleSchema');
  for (const { name } of schemas) if (name !== 'common' && name !== 'bundle' && !families.includes(name)) throw new Error(`${name}.json is not a record family named by x-gpos-dispatch`);

  const docs: Record<string, string> = {
    ...Object.fromEntries(families.map((f) => [schemaName(f), FAMILY_DOC[f] ?? `A ${f} record.`])),
    recordSchema: `Any record, chosen by its \`${dispatch.property}\` (a discriminated union, as the standard dispatches; never a plain union).`,
    bundleRecordSchema: 'What a bundle or a feed may carry: any full record, or a revoked record in its minimal form (`retractionSchema`).',
    bundleSchema: FAMILY_DOC.bundle!,
  };
  const helpers = [...generator.helpers].sort();
  const body = generator.declarations
    .map(({ name, code, doc }) => `${jsdoc([docs[name], doc].filter(Boolean).join(' '))}export const ${name} = ${code};`)
    .join('\n\n');
  const text = `${BANNER}\nimport { z } from 'zod';\nimport { ${helpers.join(', ')} } from './keywords.js';\n\n${body}\n`;
  return { [OUTPUT]: text };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(generate())) writeFileSync(join(PACKAGE_ROOT, path), text);
}
