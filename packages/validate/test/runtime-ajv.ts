import { createAjv } from '../scripts/generate.js';

const BASE = 'https://schemas.gpos.network/v1/';
const FAMILIES = new Set(['indicator', 'case', 'commitment', 'organization']);
let ajv: ReturnType<typeof createAjv> | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function record(value: unknown): boolean {
  if (!isObject(value) || typeof value.type !== 'string' || !FAMILIES.has(value.type)) return false;
  return ajv!.getSchema(`${BASE}${value.type}.json`)!(value) as boolean;
}

/**
 * The schema-level verdict of a runtime Ajv compile of the raw schema files (annotations kept), with the
 * standard's dispatch: a bundle by bundle.json then each record by its type; an array item by item.
 * Independent of the generated standalone code, so the two can be compared.
 */
export function runtimeSchemaVerdict(value: unknown): boolean {
  ajv ??= createAjv();
  if (Array.isArray(value)) return value.map(record).every(Boolean);
  if (isObject(value) && value.type === 'bundle') {
    const envelope = ajv.getSchema(`${BASE}bundle.json`)!(value) as boolean;
    return envelope && (value.records as unknown[]).map(record).every(Boolean);
  }
  return record(value);
}

export function runtimeAjv(): ReturnType<typeof createAjv> {
  ajv ??= createAjv();
  return ajv;
}
