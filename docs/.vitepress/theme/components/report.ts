/** One problem as the validator page shows it and writes it into the downloaded report. */
export interface Row {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  /** JSON Pointer into the file (JSON, NDJSON) or into the records read from the sheets (`/3/tlp`). */
  readonly pointer: string;
  /** The line in a JSON, NDJSON or CSV file. */
  readonly line?: number;
  /** The column: a character column in JSON, the spreadsheet column's number in CSV and XLSX. */
  readonly column?: number;
  readonly type?: string;
  /** The pointer inside its record (without `/3` or `/records/3` in front). */
  readonly field?: string;
  /** Spreadsheets checked together: the file the problem is in. */
  readonly file?: string;
  /** Spreadsheets: the sheet, its row, the column's heading and the cell (`indicator!C4`). */
  readonly sheet?: string;
  readonly row?: number;
  readonly column_heading?: string;
  readonly cell?: string;
  /** Spreadsheets: where the problem is, in words (`sheet indicator, row 4, column C (tlp)`). */
  readonly where?: string;
}
