/** A sheet as plain rows: the common ground of XLSX, CSV and templates. */
export interface SheetData {
  readonly name: string;
  /** Machine headings: key columns (`case.id`) and field paths (`amount/currency`, `title/en`). */
  readonly headings: readonly string[];
  /** Human headings, one per column, when the format has room for them (XLSX). */
  readonly titles?: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<CellOut>>;
}

export type CellOut = string | number | boolean | null;

/** Where a value sits in a spreadsheet, for problems a data steward can find. */
export interface CellRef {
  readonly sheet: string;
  /** 1-based row number as the spreadsheet shows it. */
  readonly row: number;
  /** The heading of the column, as written in the file. */
  readonly column: string;
  /** 1-based column number. */
  readonly columnNumber: number;
}
