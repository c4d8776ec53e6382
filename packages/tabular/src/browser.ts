/**
 * `@gpos/tabular/browser`: spreadsheets to records in a web page. The sheet layouts, the reading of cells and the
 * joining of child rows are those of the main entry (the same modules); only the file readers differ: CSV text
 * through csv-parse's browser build, XLSX bytes through fflate and saxes instead of ExcelJS, with the same
 * hostile-file limits ({@link DEFAULT_LIMITS}). Writing workbooks and templates stays in the Node entry.
 *
 * @packageDocumentation
 */
export { readCsvText } from './csv-text.js';
export { readXlsxBytes } from './xlsx-read.js';
export type { XlsxWorkbook } from './xlsx.js';
export { unflatten, FAMILIES, SHEET_PROBLEM_CODES, type SheetInput, type TabularProblem, type UnflattenResult } from './unflatten.js';
export { familyOfSheet, guessFamily, csvSheetFor } from './sheet-names.js';
export { sheetModel, type Column, type KeyColumn, type Sheet, type SheetModel, type CellType } from './sheet-model.js';
export type { SheetData, CellRef, CellOut } from './sheet-data.js';
export { locate, locateCell, columnLetter } from './locate.js';
export { DEFAULT_LIMITS, TabularFileError, type ReadLimits } from './limits.js';
export { assignIds, fileDates, localRecordId, widenDates, type FileDates, type AssignIdsOptions, type AssignIdsResult, type AssignedId, type AssignIdsProblem } from './assign-ids.js';
export { completeRecords, type Completion, type CompletionProblem, type CompleteOptions, type Completed, type FillOutcome } from './complete.js';
