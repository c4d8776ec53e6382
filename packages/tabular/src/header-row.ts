import type { CellValue } from './cells.js';
import { headingRole } from './headings.js';
import { sheetModel, type Sheet } from './sheet-model.js';
import { FAMILIES, type SheetInput } from './unflatten.js';

/**
 * Finds the heading row among the first rows: the one whose cells name the most known columns.
 * Exports carry human titles on row 1 and field paths on row 2; a hand-made sheet may have either.
 */
export function detectHeaderRow(rows: ReadonlyArray<readonly CellValue[]>, sheet: Sheet | undefined, family: string | undefined): number {
  if (!sheet || !family) return 0;
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < Math.min(rows.length, 3); i++) {
    const score = (rows[i] ?? []).filter((cell) => typeof cell === 'string' && headingRole(cell, sheet, family)).length;
    if (score > 0 && score >= bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A workbook sheet's rows as the sheet a reader found: its heading row detected (titles on row 1, field paths on
 * row 2, or either alone), the rows below it as data. Shared by the Node and the browser workbook readers.
 */
export function sheetInputOf(name: string, rows: ReadonlyArray<{ number: number; cells: CellValue[] }>): SheetInput {
  const wanted = name.trim().toLowerCase();
  const family = FAMILIES.find((f) => wanted === f || wanted.startsWith(`${f}.`));
  const sheet = family ? sheetModel(family).sheets.find((s) => s.name.toLowerCase() === wanted) : undefined;
  const header = detectHeaderRow(rows.map((r) => r.cells), sheet, family);
  const headerRow = rows[header];
  return {
    name,
    headerRow: headerRow?.number ?? 1,
    headings: (headerRow?.cells ?? []).map((c) => (c === null || c === undefined ? '' : String(c))),
    rows: rows.slice(header + 1),
  };
}
