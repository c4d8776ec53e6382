import { flattenFamily } from './flatten.js';
import type { SheetData } from './sheet-data.js';
import { FAMILIES } from './unflatten.js';

type Obj = Record<string, unknown>;

/** Records of any family (or a bundle's records) as sheets: each family's main sheet, then its child sheets. */
export function recordsToSheets(records: readonly Obj[]): SheetData[] {
  const unknown = records.find((r) => !FAMILIES.includes(r.type as (typeof FAMILIES)[number]));
  if (unknown) throw new Error(`cannot flatten a record of type ${JSON.stringify(unknown.type)}; expected one of ${FAMILIES.join(', ')}`);
  return FAMILIES.flatMap((family) => {
    const ofFamily = records.filter((r) => r.type === family);
    return ofFamily.length ? flattenFamily(family, ofFamily) : [];
  });
}

/** The records of a file's JSON value: one record, an array of records, or a bundle. */
export function recordsOf(value: unknown): Obj[] {
  if (Array.isArray(value)) return value as Obj[];
  if (value && typeof value === 'object' && (value as Obj).type === 'bundle') return (value as { records: Obj[] }).records;
  return [value as Obj];
}
