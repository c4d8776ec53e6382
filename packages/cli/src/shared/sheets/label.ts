/** Column letters as a spreadsheet shows them: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** Excel quotes a sheet name in a reference when it holds anything but letters, digits, dots and underscores. */
function sheetRef(name: string): string {
  return /^[\p{L}\p{N}._]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface CellPlace {
  readonly sheet?: string;
  readonly row?: number;
  readonly column_heading?: string;
  readonly line: number | null;
  readonly column: number | null;
}

/** `case.payments!C12 (column "amount/currency")`, the way a data steward finds a cell; undefined for non-spreadsheet problems. */
export function cellLabel(p: CellPlace): string | undefined {
  if (p.sheet === undefined) return undefined;
  // a missing field has no cell of its own: the row is what a person can go to
  if (p.row === undefined) return `sheet ${sheetRef(p.sheet)}`;
  if (p.column === null || p.column < 1) return `${sheetRef(p.sheet)}, row ${p.row}`;
  const heading = p.column_heading ? ` (column "${p.column_heading}")` : '';
  return `${sheetRef(p.sheet)}!${columnLetter(p.column)}${p.row}${heading}`;
}
