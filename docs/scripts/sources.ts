import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The repository root: schemas/ there is the single source of truth for every generated page. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCS_ROOT = join(REPO_ROOT, 'docs');
export const SCHEMA_DIR = join(REPO_ROOT, 'schemas', 'v1');
export const CODELIST_DIR = join(REPO_ROOT, 'schemas', 'codelists');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type CsvRow = Record<string, string>;

export interface SchemaFile {
  /** file name without `.json`: `indicator`, `common`… */
  name: string;
  /** file name as it appears in relative `$ref`s */
  file: string;
  schema: JsonObject;
  text: string;
}

/** How bundle.json dispatches its records: the schema `$id` per record family, and the minimal form of a revoked record. */
export interface Dispatch {
  mapping: Record<string, string>;
  retraction?: string;
}

/** The dispatch bundle.json declares on its records (`x-gpos-dispatch`); empty when there is no bundle schema. */
export function dispatchOf(schemas: ReadonlyArray<{ name: string; schema: JsonObject }>): Dispatch {
  const bundle = schemas.find((s) => s.name === 'bundle')?.schema;
  const records = bundle?.properties && typeof bundle.properties === 'object' ? (bundle.properties as JsonObject).records : undefined;
  const items = records && typeof records === 'object' && !Array.isArray(records) ? (records as JsonObject).items : undefined;
  const dispatch = items && typeof items === 'object' && !Array.isArray(items) ? (items as JsonObject)['x-gpos-dispatch'] : undefined;
  return dispatch && typeof dispatch === 'object' && !Array.isArray(dispatch) ? (dispatch as unknown as Dispatch) : { mapping: {} };
}

/** The record families, in the order bundle.json lists them: the standard decides, never a list kept here. */
export function recordFamilies(schemas: ReadonlyArray<{ name: string; schema: JsonObject }>): string[] {
  return Object.keys(dispatchOf(schemas).mapping);
}

/** Reading order: the record families, then the envelope, then the shared definitions. */
export function pageOrder(families: readonly string[]): string[] {
  return [...families, 'bundle', 'common'];
}

export function readSchemas(dir = SCHEMA_DIR): SchemaFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return { name: file.slice(0, -5), file, schema: JSON.parse(text) as JsonObject, text };
    });
  const order = pageOrder(recordFamilies(files));
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return files.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

export function readCsv(path: string): CsvRow[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as CsvRow[];
}

export interface CodelistFile {
  name: string;
  title: string;
  description: string;
  /** undefined when index.csv does not say */
  open: boolean | undefined;
  columns: string[];
  rows: CsvRow[];
  csv: string;
  meta: CsvRow;
}

/** Every codelist CSV with its row in index.csv; empty when the folder has not landed yet. */
export function readCodelists(dir = CODELIST_DIR): { lists: CodelistFile[]; hasIndex: boolean } {
  if (!existsSync(dir)) return { lists: [], hasIndex: false };
  const indexPath = join(dir, 'index.csv');
  const hasIndex = existsSync(indexPath);
  const index = new Map((hasIndex ? readCsv(indexPath) : []).map((row) => [row.name ?? row.code ?? '', row]));
  const lists = readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && f !== 'index.csv')
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const csv = readFileSync(join(dir, f), 'utf8');
      const rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as CsvRow[];
      const columns = (parse(csv, { to_line: 1, bom: true }) as string[][])[0] ?? [];
      const meta = index.get(name) ?? {};
      const open = meta.open === 'true' ? true : meta.open === 'false' ? false : undefined;
      return { name, title: meta.title || name, description: meta.description ?? '', open, columns, rows, csv, meta };
    });
  return { lists, hasIndex };
}

export function readSpecVersion(): string {
  return readFileSync(join(REPO_ROOT, 'schemas', 'SPEC_VERSION'), 'utf8').trim();
}

/** Resolves an RFC 6901 JSON Pointer; throws with the failing segment. */
export function resolvePointer(doc: Json, pointer: string, where: string): Json {
  if (pointer === '' || pointer === '/') return pointer === '' ? doc : (doc as JsonObject)[''] ?? doc;
  if (!pointer.startsWith('/')) throw new Error(`${where}: JSON Pointer must start with "/": ${pointer}`);
  let node: Json = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < node.length) node = node[Number(key)]!;
    else if (node && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, key)) node = node[key]!;
    else throw new Error(`${where}: JSON Pointer ${pointer} does not resolve (no "${key}")`);
  }
  return node;
}
