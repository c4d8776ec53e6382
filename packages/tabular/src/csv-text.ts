import { parse } from 'csv-parse/browser/esm/sync';
import { checkCsvRow, csvError, csvSheet, CSV_PARSE_OPTIONS, type CsvRow } from './csv-rows.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import type { SheetInput } from './unflatten.js';

/**
 * Reads a whole CSV file's text as one sheet (a browser File's `text()`): csv-parse's browser build with the
 * options, limits and messages of the Node reader, so rows carry the same line numbers. `file` names the file in
 * messages; the sheet is named `sheet`, or the file's name without `.csv`.
 */
export function readCsvText(text: string, file: string, options: { sheet?: string; limits?: ReadLimits } = {}): SheetInput {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const rows: CsvRow[] = [];
  try {
    const parsed = parse(text, CSV_PARSE_OPTIONS) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    for (const { record, info } of parsed) {
      checkCsvRow(rows.length + 1, record, info.lines, file, limits);
      rows.push({ number: info.lines, cells: record });
    }
  } catch (error) {
    throw csvError(error, file);
  }
  return csvSheet(options.sheet ?? file.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''), rows);
}
