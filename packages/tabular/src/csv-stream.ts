import type { CellRef } from './sheet-data.js';
import { csvRows, sheetNameOf } from './csv.js';
import type { ReadLimits } from './limits.js';
import { unflatten, type SheetInput, type TabularProblem } from './unflatten.js';

export interface StreamedRecord {
  readonly record: Record<string, unknown>;
  readonly problems: readonly TabularProblem[];
  readonly sourceMap: ReadonlyMap<string, CellRef>;
  readonly row: number;
}

/**
 * Reads a main-sheet CSV (one record a row, no child sheets) one row at a time, so a file of any size converts in
 * bounded memory. Child sheets need joining and go through {@link unflatten} instead.
 */
export async function* streamCsvRecords(file: string, options: { sheet?: string; limits?: ReadLimits } = {}): AsyncGenerator<StreamedRecord | { problems: readonly TabularProblem[]; row: number; record?: undefined }> {
  const name = options.sheet ?? sheetNameOf(file);
  let header: SheetInput | undefined;
  for await (const row of csvRows(file, options.limits)) {
    if (!header) {
      header = { name, headerRow: row.number, headings: row.cells.map(String), rows: [], csv: true };
      const check = unflatten([header]);
      if (check.problems.length) yield { problems: check.problems, row: row.number };
      continue;
    }
    const { records, problems, sourceMap } = unflatten([{ ...header, rows: [row] }]);
    // heading problems were reported once with the header
    const own = problems.filter((p) => p.code !== 'unknown_column' && p.code !== 'duplicate_column' && p.code !== 'unknown_sheet');
    const record = records[0];
    if (record) yield { record, problems: own, sourceMap, row: row.number };
    else if (own.length) yield { problems: own, row: row.number };
  }
}
