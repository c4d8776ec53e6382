import { extname } from 'node:path';
import { FAMILIES, readCsv, readXlsx, sheetModel, sheetNameOf, unflatten, type SheetInput } from '@gpos/tabular';

import type { Family } from './families.js';

export type { Family } from './families.js';
export type SheetKind = 'xlsx' | 'csv';

export function sheetKindOf(path: string): SheetKind | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : undefined;
}

/** The family a sheet name belongs to, when it is one of the standard's sheets (`case`, `case.payments`). */
export function familyOfSheet(name: string): Family | undefined {
  const wanted = name.trim().toLowerCase();
  return FAMILIES.find((f) => sheetModel(f).sheets.some((s) => s.name.toLowerCase() === wanted || s.title.toLowerCase() === wanted));
}

/** The family whose main sheet recognises most of these headings: how a CSV named `export.csv` is read. */
export function guessFamily(headings: readonly string[]): Family | undefined {
  let best: Family | undefined;
  let bestScore = 0;
  const named = headings.filter((h) => h.trim() !== '').length;
  for (const family of FAMILIES) {
    const { problems } = unflatten([{ name: family, headerRow: 1, headings, rows: [] }]);
    const score = named - problems.filter((p) => p.code === 'unknown_column' || p.code === 'duplicate_column').length;
    if (score > bestScore) {
      best = family;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The sheet name a CSV file stands for: its file name when that is a sheet of the standard, else the main sheet of
 * `family` (given, or guessed from the headings). Undefined when nothing fits.
 */
export function csvSheetName(file: string, headings: readonly string[], family?: Family): string | undefined {
  const name = sheetNameOf(file);
  if (familyOfSheet(name)) return name;
  return family ?? guessFamily(headings);
}

/** Reads a workbook (every sheet) or a CSV file (one sheet). Throws TabularFileError for files it refuses. */
export async function readSheets(file: string, kind: SheetKind, family?: Family): Promise<SheetInput[]> {
  if (kind === 'xlsx') return readXlsx(file);
  const sheet = await readCsv(file);
  return [{ ...sheet, name: csvSheetName(file, sheet.headings, family) ?? sheet.name }];
}
