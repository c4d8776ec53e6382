/** Limits that keep a hostile or accidental file from exhausting memory; overridable by callers that know better. */
export interface ReadLimits {
  /** Largest XLSX file read whole into memory. */
  readonly maxXlsxBytes: number;
  /** Most bytes an XLSX file may expand to, all its parts together (checked declared, then while inflating); default 100 MB. */
  readonly maxUncompressedBytes?: number;
  /** Most data rows read from one sheet. */
  readonly maxRows: number;
  /** Most columns in one sheet. */
  readonly maxColumns: number;
}

// 100 MB of sheet XML already takes ExcelJS about a gigabyte to hold; larger data belongs in CSV, which streams
export const DEFAULT_LIMITS: Required<ReadLimits> = { maxXlsxBytes: 50 * 1024 * 1024, maxUncompressedBytes: 100 * 1024 * 1024, maxRows: 1_048_576, maxColumns: 1_000 };

/**
 * A file the converter refuses as a whole, with a message a person can act on. `kind` tells a file that breaks a
 * limit (not read at all) from one that was read and is not a workbook or not CSV (malformed).
 */
export class TabularFileError extends Error {
  override readonly name = 'TabularFileError';
  constructor(
    message: string,
    readonly file: string,
    readonly kind: 'limit' | 'malformed' = 'malformed',
  ) {
    super(message);
  }
}
