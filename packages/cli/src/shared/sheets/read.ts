import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { csvSheetFor, fileDates, readCsv, readXlsx, readXlsxWorkbook, sheetNameOf, type FileDates, type SheetInput } from '@gpos/tabular';
import type { Family } from './families.js';

export { familyOfSheet } from '@gpos/tabular';

export type { Family } from './families.js';
export type SheetKind = 'xlsx' | 'csv';

export function sheetKindOf(path: string): SheetKind | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : undefined;
}

/**
 * The sheet name a CSV file stands for: its file name when that is a sheet of the standard, else the main sheet of
 * `family` (given, or guessed from the headings). Undefined when nothing fits.
 */
export function csvSheetName(file: string, headings: readonly string[], family?: Family): string | undefined {
  return csvSheetFor(sheetNameOf(file), headings, family);
}

/** Reads a workbook (every sheet) or a CSV file (one sheet). Throws TabularFileError for files it refuses. */
export async function readSheets(file: string, kind: SheetKind, family?: Family): Promise<SheetInput[]> {
  if (kind === 'xlsx') return readXlsx(file);
  const sheet = await readCsv(file);
  return [{ ...sheet, name: csvSheetName(file, sheet.headings, family) ?? sheet.name }];
}

/** The sheets and the dates `--assign-ids` gives records whose row has none (`fileDates` of @gpos/tabular). */
export async function readSheetsDated(file: string, kind: SheetKind, family?: Family): Promise<{ sheets: SheetInput[]; dates: FileDates }> {
  const { mtime } = await stat(file);
  if (kind === 'xlsx') {
    const workbook = await readXlsxWorkbook(file);
    return { sheets: workbook.sheets, dates: fileDates(workbook, mtime) };
  }
  return { sheets: await readSheets(file, kind, family), dates: fileDates({}, mtime) };
}
