import type { CellRef } from './sheet-data.js';

/** The cell behind a JSON Pointer, or behind its nearest ancestor when the value itself has no cell (a missing field). */
export function locate(sourceMap: ReadonlyMap<string, CellRef>, pointer: string): CellRef | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const ref = sourceMap.get(p);
    if (ref) return ref;
    if (p === '') return undefined;
  }
}
