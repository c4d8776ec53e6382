import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { dispatchOf, REPO_ROOT, resolvePointer, type Json, type JsonObject, type SchemaFile } from './sources.js';

// ajv-formats is CJS; under NodeNext its default import is the module object in some loaders
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** `<!-- @include-example examples/x.json#/records/0 -->`: the file is relative to the repository root, the fragment a JSON Pointer. */
export const INCLUDE_RE = /<!--\s*@include-example\s+([^\s#]+)(?:#(\S*))?\s*-->/g;

export interface ExampleRef {
  file: string;
  pointer: string;
}

export class ExampleValidator {
  private readonly ajv: Ajv2020;
  private readonly byType = new Map<string, ValidateFunction>();
  private readonly retraction: ValidateFunction | undefined;
  private readonly checked = new Map<string, string[]>();

  constructor(schemas: SchemaFile[]) {
    this.ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(this.ajv);
    for (const keyword of ['x-gpos-codelist', 'x-gpos-personal-data', 'x-gpos-dispatch']) this.ajv.addKeyword({ keyword });
    for (const { schema } of schemas) this.ajv.addSchema(schema as object);
    // the families are whatever bundle.json dispatches on, plus the bundle itself
    const dispatch = dispatchOf(schemas);
    const families = [...Object.keys(dispatch.mapping), 'bundle'];
    for (const { name, schema } of schemas) if (families.includes(name)) this.byType.set(name, this.ajv.getSchema(String(schema.$id))!);
    this.retraction = dispatch.retraction ? this.ajv.getSchema(dispatch.retraction) : undefined;
  }

  /** Problems with one record or bundle, dispatching bundle records on their `type` as the standard prescribes. */
  problems(value: Json, where: string): string[] {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${where}: not a GPOS record or bundle`];
    const type = String((value as JsonObject).type);
    const validate = this.byType.get(type);
    if (!validate) return [`${where}: unknown record type ${JSON.stringify(type)}`];
    const out: string[] = [];
    // a revoked record may be sent in its minimal form instead of in full
    const retracted = type !== 'bundle' && (value as JsonObject).revoked === true && this.retraction?.(value) === true;
    if (!retracted && !validate(value)) for (const e of validate.errors ?? []) out.push(`${where}${e.instancePath}: ${e.message}`);
    if (type === 'bundle' && Array.isArray((value as JsonObject).records)) {
      ((value as JsonObject).records as Json[]).forEach((r, i) => out.push(...this.problems(r, `${where}/records/${i}`)));
    }
    return out;
  }

  /** Validates a whole example file once: a record, an array of records, a bundle, or NDJSON. */
  checkFile(file: string): string[] {
    const cached = this.checked.get(file);
    if (cached) return cached;
    const docs = loadExample(file);
    const out: string[] = [];
    docs.forEach(({ value, where }) => {
      if (Array.isArray(value)) value.forEach((r, i) => out.push(...this.problems(r, `${where}/${i}`)));
      else out.push(...this.problems(value, where));
    });
    this.checked.set(file, out);
    return out;
  }
}

function loadExample(file: string): Array<{ value: Json; where: string }> {
  const abs = join(REPO_ROOT, file);
  if (!existsSync(abs)) throw new Error(`example ${file} does not exist`);
  const text = readFileSync(abs, 'utf8');
  if (/\.(nd)?jsonl?$/.test(file) && !file.endsWith('.json')) {
    return text
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim())
      .map(({ line, i }) => ({ value: JSON.parse(line) as Json, where: `${file}:${i + 1}#` }));
  }
  return [{ value: JSON.parse(text) as Json, where: `${file}#` }];
}

/** The JSON a directive points at, pretty-printed for a code block. */
export function resolveExample(ref: ExampleRef): string {
  const abs = join(REPO_ROOT, ref.file);
  if (!existsSync(abs)) throw new Error(`@include-example: ${ref.file} does not exist`);
  const doc = JSON.parse(readFileSync(abs, 'utf8')) as Json;
  return JSON.stringify(resolvePointer(doc, ref.pointer, ref.file), null, 2);
}

export function findIncludes(markdown: string): ExampleRef[] {
  return [...markdown.matchAll(INCLUDE_RE)].map((m) => ({ file: m[1]!, pointer: decodeURIComponent(m[2] ?? '') }));
}

/** Example files under examples/ (JSON only), with the record families they hold, for the reference pages. */
export function listExamples(): Array<{ file: string; value: Json }> {
  const root = join(REPO_ROOT, 'examples');
  if (!existsSync(root)) return [];
  const out: Array<{ file: string; value: Json }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.json')) {
        try {
          out.push({ file: relative(REPO_ROOT, abs).split('\\').join('/'), value: JSON.parse(readFileSync(abs, 'utf8')) as Json });
        } catch {
          // a malformed example fails its own test in @gpos/schema; the docs just do not pick it
        }
      }
    }
  };
  walk(root);
  return out;
}

/** A pointer to the first record of `type` in an example file, if any. */
export function firstRecordOf(type: string, value: Json): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (value.type === type) return '';
    if (value.type === 'bundle' && Array.isArray(value.records)) {
      const i = value.records.findIndex((r) => r && typeof r === 'object' && !Array.isArray(r) && r.type === type);
      if (i >= 0) return `/records/${i}`;
    }
  }
  if (Array.isArray(value)) {
    const i = value.findIndex((r) => r && typeof r === 'object' && !Array.isArray(r) && r.type === type);
    if (i >= 0) return `/${i}`;
  }
  return undefined;
}
