import { DEFAULT_LIMITS, TabularFileError, type ReadLimits } from './limits.js';

/*
 * The refusals of a workbook, one declaration for every reader: the Node reader (ExcelJS behind the yauzl guard,
 * xlsx.ts and xlsx-guard.ts) and the browser reader (xlsx-read.ts) check the same limits and say the same thing.
 */

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/** Row 1 and 2 of a GPOS template are titles and field paths: a sheet may have that many rows more than `maxRows`. */
export const HEADING_ROWS = 2;

/** The file itself is over `maxXlsxBytes` (checked before a byte is read). */
export function workbookTooLarge(file: string, size: number, limits: ReadLimits): TabularFileError {
  return new TabularFileError(`${file} is ${(size / 1048576).toFixed(0)} MB; workbooks over ${(limits.maxXlsxBytes / 1048576).toFixed(0)} MB are not read. Save the sheets as CSV, which is read as a stream.`, file, 'limit');
}

export function notAWorkbook(file: string): TabularFileError {
  return new TabularFileError(`${file} is not an XLSX workbook (an .xlsx file is a ZIP archive). Old .xls files must be saved as .xlsx first.`, file);
}

export function unreadableWorkbook(file: string, reason: string): TabularFileError {
  return new TabularFileError(`${file} could not be read as an XLSX workbook: ${reason}`, file);
}

/** The sizes the archive's directory declares add up to more than `maxUncompressedBytes`: refused before inflating. */
export function checkDeclaredSize(file: string, declared: number, limits: ReadLimits): void {
  const maxBytes = limits.maxUncompressedBytes ?? DEFAULT_LIMITS.maxUncompressedBytes;
  if (declared > maxBytes) {
    throw new TabularFileError(
      `${file}: the workbook expands to ${mb(declared)} of XML, over the limit of ${mb(maxBytes)} for a workbook, which is loaded whole; save the sheets as CSV, which is read as a stream`,
      file,
      'limit',
    );
  }
}

/** A part inflated past the size its header declares: a lying (crafted or damaged) archive. */
export function inflatesPastDeclared(file: string, part: string, declared: number): TabularFileError {
  return new TabularFileError(`${file}: the part ${part} inflates to more than the ${declared.toLocaleString('en-US')} bytes its header declares; the workbook is damaged or crafted to exhaust memory, and is not read`, file, 'limit');
}

/** A worksheet part with more rows than a workbook may have (Excel's own limit, plus the heading rows). */
export function tooManyRows(file: string, part: string, limits: ReadLimits): TabularFileError {
  return new TabularFileError(`${file}: the sheet ${part} has more than ${(limits.maxRows + HEADING_ROWS).toLocaleString('en-US')} rows, the limit for a workbook (Excel's own); save it as CSV, which is read as a stream`, file, 'limit');
}

export function tooManyColumns(file: string, sheet: string, columns: number, limits: ReadLimits): TabularFileError {
  return new TabularFileError(`Sheet "${sheet}" of ${file} has ${columns} columns; at most ${limits.maxColumns} are read.`, file, 'limit');
}
