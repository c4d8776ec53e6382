import type { CellValue } from './cells.js';
import { headingRole } from './headings.js';
import type { Sheet } from './sheet-model.js';

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
