import { dirname } from 'node:path';
import { sheetNameOf } from '@gpos/tabular';
import type { Source } from '../input/expand.js';
import { familyOfSheet } from './read.js';

/**
 * Spreadsheet sources that are read together: a workbook alone; CSV files named after one family's sheets in one
 * folder (`case.csv`, `case.payments.csv`) together, so child rows join their records. Keyed by the first source.
 */
export function sheetGroups(sources: readonly Source[]): Map<Source, Source[]> {
  const groups = new Map<Source, Source[]>();
  const byKey = new Map<string, Source[]>();
  for (const source of sources) {
    if (source.file === undefined || (source.kind !== 'csv' && source.kind !== 'xlsx')) continue;
    const family = source.kind === 'csv' ? familyOfSheet(sheetNameOf(source.file)) : undefined;
    const key = family ? `${dirname(source.file)}\u0000${family}` : undefined;
    const existing = key ? byKey.get(key) : undefined;
    if (existing) existing.push(source);
    else {
      const group = [source];
      groups.set(source, group);
      if (key) byKey.set(key, group);
    }
  }
  return groups;
}
