import type { CellRef } from './sheet-data.js';

/** The cell behind a JSON Pointer, or behind its nearest ancestor when the value itself has no cell (a missing field). */
export function locate(sourceMap: ReadonlyMap<string, CellRef>, pointer: string): CellRef | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const ref = sourceMap.get(p);
    if (ref) return ref;
    if (p === '') return undefined;
  }
}

/**
 * The cell a problem at `pointer` is reported at, and whether it is the value's own cell (`exact`). Rows are
 * located by pointers ending in an index (`/3`, `/3/payments/0`): a problem that lands on one (a missing field)
 * names the row, not a column.
 */
export function locateCell(sourceMap: ReadonlyMap<string, CellRef>, pointer: string): { cell: CellRef; exact: boolean } | undefined {
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
    const cell = sourceMap.get(p);
    if (cell) return { cell, exact: !/\/\d+$/.test(p) };
  }
  return undefined;
}

/** Column letters as a spreadsheet shows them: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}
