import type { CodelistRow } from './codelist.js';
import { codelists } from './generated/codelists.js';

type CodelistName = keyof typeof codelists;

const indexes = new Map<string, Map<string, CodelistRow>>();

function indexOf(list: string): Map<string, CodelistRow> | undefined {
  let index = indexes.get(list);
  if (!index) {
    const codelist = (codelists as Record<string, { rows: readonly CodelistRow[] } | undefined>)[list];
    if (!codelist) return undefined;
    index = new Map(codelist.rows.map((row) => [row.code, row]));
    indexes.set(list, index);
  }
  return index;
}

/** The row of `code` in the named codelist, or undefined when the list or the code is unknown. */
export function findCode(list: CodelistName | (string & {}), code: string): CodelistRow | undefined {
  return indexOf(list)?.get(code);
}

export function isKnownCode(list: CodelistName | (string & {}), code: string): boolean {
  return findCode(list, code) !== undefined;
}
