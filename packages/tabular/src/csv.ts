import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './cells.js';
import { checkCsvRow, csvError, csvSheet, CSV_PARSE_OPTIONS, type CsvRow } from './csv-rows.js';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.js';
import type { SheetData } from './sheet-data.js';
import type { SheetInput } from './unflatten.js';

/** One CSV per sheet, headed by field paths; text that a spreadsheet would run as a formula is neutralised. */
export function writeCsvSheet(sheet: SheetData): string {
  const rows = sheet.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  return stringify([[...sheet.headings], ...rows], { bom: false, record_delimiter: '\n', cast: { boolean: (b) => (b ? 'TRUE' : 'FALSE') } });
}

/** The sheet a CSV file stands for: its name without `.csv` (`case.payments.csv` → `case.payments`). */
export function sheetNameOf(file: string): string {
  return basename(file).replace(/\.csv$/i, '');
}

/** Parses a CSV stream row by row, so a file of any size is read in bounded memory. */
export async function* csvRows(file: string, limits: ReadLimits = DEFAULT_LIMITS): AsyncGenerator<CsvRow> {
  const parser = createReadStream(file).pipe(parse(CSV_PARSE_OPTIONS));
  let count = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      checkCsvRow(++count, record, info.lines, file, limits);
      yield { number: info.lines, cells: record };
    }
  } catch (error) {
    throw csvError(error, file);
  }
}

/** Reads a whole CSV file as one sheet. */
export async function readCsv(file: string, options: { sheet?: string; limits?: ReadLimits } = {}): Promise<SheetInput> {
  const rows: CsvRow[] = [];
  for await (const row of csvRows(file, options.limits)) rows.push(row);
  return csvSheet(options.sheet ?? sheetNameOf(file), rows);
}
