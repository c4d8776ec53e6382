import type { CellValue } from './cells.js';
import { TabularFileError, type ReadLimits } from './limits.js';
import type { SheetInput } from './unflatten.js';

/*
 * How a CSV file is parsed, one declaration for the Node reader (csv.ts, streaming) and the browser reader
 * (csv-text.ts, a File's text): the same csv-parse options, the same limits, the same messages.
 */

/** csv-parse's options: a byte order mark is skipped, rows may differ in length, every row keeps its line number. */
export const CSV_PARSE_OPTIONS = { bom: true, relax_column_count: true, info: true, skip_empty_lines: false, max_record_size: 16 * 1024 * 1024 } as const;

export interface CsvRow {
  readonly number: number;
  readonly cells: CellValue[];
}

/** The `count`-th row (1-based, the heading row included), refused when it passes a limit. */
export function checkCsvRow(count: number, record: readonly string[], line: number, file: string, limits: ReadLimits): void {
  if (count > limits.maxRows + 1) throw new TabularFileError(`${file} has more than ${limits.maxRows} rows.`, file, 'limit');
  if (record.length > limits.maxColumns) throw new TabularFileError(`Row ${line} of ${file} has ${record.length} columns; at most ${limits.maxColumns} are read.`, file, 'limit');
}

/** A parser error (broken quoting, a record over the size limit) as the refusal of the file. */
export function csvError(error: unknown, file: string): TabularFileError {
  if (error instanceof TabularFileError) return error;
  const e = error as Error & { code?: string; lines?: number };
  return new TabularFileError(`${file} is not valid CSV${e.lines ? ` (near line ${e.lines})` : ''}: ${e.message}`, file);
}

/** The rows of a whole CSV file as one sheet: the first row holds the headings. */
export function csvSheet(name: string, rows: readonly CsvRow[]): SheetInput {
  const [header, ...data] = rows;
  return { name, headerRow: header?.number ?? 1, headings: (header?.cells ?? []).map(String), rows: data, csv: true };
}
