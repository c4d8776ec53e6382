import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula, type CellValue } from './cells.js';
import { DEFAULT_LIMITS, TabularFileError, type ReadLimits } from './limits.js';
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
export async function* csvRows(file: string, limits: ReadLimits = DEFAULT_LIMITS): AsyncGenerator<{ number: number; cells: CellValue[] }> {
  const parser = createReadStream(file).pipe(parse({ bom: true, relax_column_count: true, info: true, skip_empty_lines: false, max_record_size: 16 * 1024 * 1024 }));
  let count = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (++count > limits.maxRows + 1) throw new TabularFileError(`${file} has more than ${limits.maxRows} rows.`, file, 'limit');
      if (record.length > limits.maxColumns) throw new TabularFileError(`Row ${info.lines} of ${file} has ${record.length} columns; at most ${limits.maxColumns} are read.`, file, 'limit');
      yield { number: info.lines, cells: record };
    }
  } catch (error) {
    if (error instanceof TabularFileError) throw error;
    const e = error as Error & { code?: string; lines?: number };
    throw new TabularFileError(`${file} is not valid CSV${e.lines ? ` (near line ${e.lines})` : ''}: ${e.message}`, file);
  }
}

/** Reads a whole CSV file as one sheet. */
export async function readCsv(file: string, options: { sheet?: string; limits?: ReadLimits } = {}): Promise<SheetInput> {
  const rows: Array<{ number: number; cells: CellValue[] }> = [];
  for await (const row of csvRows(file, options.limits)) rows.push(row);
  const [header, ...data] = rows;
  return { name: options.sheet ?? sheetNameOf(file), headerRow: header?.number ?? 1, headings: (header?.cells ?? []).map(String), rows: data, csv: true };
}
