import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The repository root: schemas/ there is the single source of truth. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SCHEMA_DIR = join(REPO_ROOT, 'schemas', 'v1');
export const CODELIST_DIR = join(REPO_ROOT, 'schemas', 'codelists');
export const EXTENSION_DIR = join(REPO_ROOT, 'schemas', 'extensions');

export type JsonObject = { [key: string]: unknown };
export type CsvRow = Record<string, string>;

/** Schema files in a stable order: common first, then the families alphabetically. */
export function readSchemas(dir = SCHEMA_DIR): Array<{ name: string; schema: JsonObject }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.slice(0, -'.json'.length), schema: JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonObject }))
    .sort((a, b) => (a.name === 'common' ? -1 : b.name === 'common' ? 1 : a.name.localeCompare(b.name)));
}

export function readCsv(path: string): CsvRow[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as CsvRow[];
}

export function readCodelists(dir = CODELIST_DIR): Array<{ name: string; rows: CsvRow[] }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && f !== 'index.csv')
    .sort()
    .map((f) => ({ name: f.slice(0, -'.csv'.length), rows: readCsv(join(dir, f)) }));
}

export function readSpecVersion(): string {
  return readFileSync(join(REPO_ROOT, 'schemas', 'SPEC_VERSION'), 'utf8').trim();
}

/** The registered extension namespaces (schemas/extensions/index.csv), each with its schema. */
export function readExtensions(dir = EXTENSION_DIR): Array<{ row: CsvRow; schema: JsonObject }> {
  return readCsv(join(dir, 'index.csv')).map((row) => ({ row, schema: JSON.parse(readFileSync(join(dir, row.schema!), 'utf8')) as JsonObject }));
}
