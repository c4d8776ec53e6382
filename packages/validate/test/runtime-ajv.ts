import { createAjv, readSchemas } from '../scripts/generate.js';

const BASE = 'https://schemas.gpos.network/v1/';
/** The dispatch the standard declares on a bundle's records: the schema per family, and the minimal form of a revoked record. */
const DISPATCH = (() => {
  const bundle = readSchemas().find((s) => s.name === 'bundle')!.schema as { properties: { records: { items: { 'x-gpos-dispatch': { mapping: Record<string, string>; retraction: string } } } } };
  return bundle.properties.records.items['x-gpos-dispatch'];
})();
let ajv: ReturnType<typeof createAjv> | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function record(value: unknown): boolean {
  if (!isObject(value) || typeof value.type !== 'string' || !Object.hasOwn(DISPATCH.mapping, value.type)) return false;
  if (ajv!.getSchema(DISPATCH.mapping[value.type]!)!(value)) return true;
  return value.revoked === true && (ajv!.getSchema(DISPATCH.retraction)!(value) as boolean);
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
