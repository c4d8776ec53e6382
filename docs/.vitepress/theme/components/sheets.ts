/**
 * The validator page's spreadsheet path, a chunk of its own that the page imports only when a CSV or XLSX file
 * is dropped: `@gpos/tabular/browser` reads the file in the tab (the hostile-file limits of `gpos validate`), its
 * rows become records as `gpos convert` makes them — completed, for a filled-in template, as
 * `gpos validate --assign-ids --normalize` completes them — and every problem is placed at its sheet, row and
 * column as `gpos validate file.xlsx` places it.
 */
import { fillObservable, loadHeavy } from '@gpos/normalize/browser';
import { completeRecords, type Completed, columnLetter, fileDates, widenDates, type FileDates, csvSheetFor, DEFAULT_LIMITS, locateCell, readCsvText, readXlsxBytes, SHEET_PROBLEM_CODES, TabularFileError, unflatten, type CellRef, type SheetInput } from '@gpos/tabular/browser';
import type { Row } from './report.js';

type Obj = Record<string, unknown>;
type Validate = (value: unknown) => Promise<{ valid: boolean; records: number; problems: ReadonlyArray<{ severity: Row['severity']; code: string; message: string; pointer: string; record?: { index?: number; type?: string } }> }>;

export interface SheetCheck {
  /** `csv` or `xlsx`, or both (`csv+xlsx`) for files of both kinds checked together. */
  readonly format: string;
  readonly records: number;
  readonly valid: boolean;
  readonly rows: Row[];
  /** What was filled in as `gpos validate --assign-ids --normalize` fills it, for the page to say. */
  readonly assigned?: { readonly records: number; readonly observables: number; readonly at: string; readonly from: string; readonly defaultRegion?: string };
}

/** A file the page refuses as a whole (a limit passed): nothing was read. */
export class SheetRefused extends Error {}

/** `indicator!C4`, the way a spreadsheet names a cell (quoted when the sheet name needs it). */
function cellName(sheet: string, row: number, column?: number): string {
  const name = /^[\p{L}\p{N}._]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return column === undefined ? `${name}, row ${row}` : `${name}!${columnLetter(column)}${row}`;
}

/** The file each sheet came from: its kind, and its name when several files were checked together. */
type Origins = ReadonlyMap<string, { readonly kind: 'csv' | 'xlsx'; readonly file: string; readonly several: boolean }>;

/** Where a problem stands, in the report's fields and in words for the table. */
function place(origins: Origins, ref: Partial<CellRef> & { sheet: string }, exact: boolean): Pick<Row, 'sheet' | 'row' | 'column' | 'column_heading' | 'line' | 'cell' | 'where' | 'file'> {
  const origin = origins.get(ref.sheet);
  const format = origin?.kind ?? 'xlsx';
  // a CSV file's problems name the file when there are several; a workbook's name their sheet
  const file = origin?.several ? { file: origin.file } : {};
  const inFile = origin?.several && format === 'csv' ? `${origin.file}, ` : '';
  if (ref.row === undefined) return { sheet: ref.sheet, ...file, where: format === 'xlsx' ? `sheet ${ref.sheet}` : `${inFile}the headings` };
  const column = exact && ref.columnNumber !== undefined ? ref.columnNumber : undefined;
  const heading = column !== undefined && ref.column ? ref.column : undefined;
  const columnText = column === undefined ? '' : `, column ${columnLetter(column)}${heading ? ` (${heading})` : ''}`;
  return {
    sheet: ref.sheet,
    row: ref.row,
    ...(format === 'csv' ? { line: ref.row } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(heading !== undefined ? { column_heading: heading } : {}),
    cell: cellName(ref.sheet, ref.row, column),
    ...file,
    where: `${format === 'xlsx' ? `sheet ${ref.sheet}, row` : `${inFile}line`} ${ref.row}${columnText}`,
  };
}

/** The record's type and the pointer inside it, for the link to the rule or the reference page. */
function recordOf(records: readonly Obj[], pointer: string): Pick<Row, 'type' | 'field' | 'pointer'> {
  const m = /^\/(\d+)(.*)$/.exec(pointer);
  const record = m ? records[Number(m[1])] : undefined;
  return { pointer, ...(typeof record?.type === 'string' ? { type: record.type } : {}), ...(m ? { field: m[2]! } : {}) };
}

async function readFile(file: File): Promise<{ format: 'csv' | 'xlsx'; sheets: SheetInput[]; dates: FileDates }> {
  const saved = new Date(file.lastModified || Date.now());
  if (/\.xlsx$/i.test(file.name)) {
    const workbook = readXlsxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    // as `gpos convert --assign-ids`: a workbook's own dates, else when the file was saved
    return { format: 'xlsx', sheets: workbook.sheets, dates: fileDates(workbook, saved) };
  }
  // the page holds a CSV file whole, as a workbook's XML: the same ceiling (the command line streams CSV of any size)
  const max = DEFAULT_LIMITS.maxUncompressedBytes;
  if (file.size > max) throw new SheetRefused(`${file.name} is ${Math.round(file.size / 1048576).toLocaleString('en-US')} MB; this page reads CSV files of up to ${Math.round(max / 1048576)} MB. Check it with \`gpos validate\`, which reads CSV as a stream.`);
  const sheet = readCsvText(await file.text(), file.name);
  return { format: 'csv', sheets: [{ ...sheet, name: csvSheetFor(sheet.name, sheet.headings) ?? sheet.name }], dates: fileDates({}, saved) };
}

/** What `--assign-ids --normalize` fill in (`completeRecords`, as the CLI does), and the places where they could not. */
async function complete(input: readonly Obj[], at: FileDates, defaultRegion: string | undefined): Promise<Completed> {
  // the Public Suffix List and the phone metadata: fetched (or taken from the offline cache) once, when an indicator needs them
  if (input.some((r) => r.type === 'indicator')) await loadHeavy();
  return completeRecords(input, { assign: {}, normalize: defaultRegion ? { defaultRegion } : {} }, { at, fill: (record, region) => fillObservable(record, region as Parameters<typeof fillObservable>[1]) });
}

/**
 * Reads files that belong together — a workbook, a family's CSV files (`case.csv`, `case.payments.csv`) — as
 * `gpos validate` reads the files it is given: their sheets together, the earliest date a file was made and the
 * latest it was saved. A file that is not a spreadsheet at all is a problem of its own; one over a limit refuses
 * the lot ({@link SheetRefused}).
 */
async function readSheets(files: readonly File[], rows: Row[]): Promise<{ sheets: SheetInput[]; origins: Origins; dates: FileDates } | undefined> {
  const sheets: SheetInput[] = [];
  const origins = new Map<string, { kind: 'csv' | 'xlsx'; file: string; several: boolean }>();
  let dates: FileDates | undefined;
  for (const file of files) {
    try {
      const read = await readFile(file);
      for (const sheet of read.sheets) {
        sheets.push(sheet);
        origins.set(sheet.name, { kind: read.format, file: file.name, several: files.length > 1 });
      }
      dates = widenDates(dates, read.dates);
    } catch (error) {
      if (error instanceof SheetRefused) throw error;
      if (!(error instanceof TabularFileError && error.kind === 'malformed')) throw new SheetRefused(error instanceof Error ? error.message : String(error));
      rows.push({ severity: 'error', code: 'sheet_unreadable', message: error.message, pointer: '', where: file.name, ...(files.length > 1 ? { file: file.name } : {}) });
    }
  }
  return dates ? { sheets, origins, dates } : undefined;
}

/**
 * Checks CSV files and workbooks: reads them together, joins child sheets to their records, fills in what a
 * filled-in template lacks when `assign` is set (ids, `spec_version`, `created`, `modified` and each observable's
 * canonical form, as `gpos validate --assign-ids --normalize` does), validates the records, and places every
 * problem at its cell. Throws {@link SheetRefused} for a file it will not read.
 */
export async function checkSheets(files: readonly File[], validate: Validate, options: { assign: boolean; defaultRegion?: string }): Promise<SheetCheck> {
  const rows: Row[] = [];
  const kinds = [...new Set(files.map((f) => (/\.xlsx$/i.test(f.name) ? 'xlsx' : 'csv')))].sort();
  const format = kinds.join('+');
  const read = await readSheets(files, rows);
  if (!read) return { format, records: 0, valid: false, rows };
  const { origins } = read;
  const { records: read_, problems, sourceMap } = unflatten(read.sheets);
  let records: Obj[] = read_;
  for (const problem of problems) {
    const unknownCsv = problem.code === 'unknown_sheet' && origins.get(problem.at.sheet)?.kind === 'csv';
    rows.push({
      // a CSV that is no sheet of the standard was not read at all: that fails, or a wrong file would pass unchecked
      severity: unknownCsv ? 'error' : problem.severity,
      code: SHEET_PROBLEM_CODES[problem.code],
      message: unknownCsv ? `${problem.message} Name the file after its sheet (indicator.csv, case.payments.csv).` : problem.message,
      pointer: '',
      ...place(origins, problem.at, true),
    });
  }
  let assigned: SheetCheck['assigned'];
  let completedAt: string[] = [];
  if (options.assign && records.length > 0) {
    const done = await complete(records, read.dates, options.defaultRegion);
    if (done.ids + done.observables > 0) assigned = { records: done.ids, observables: done.observables, at: read.dates.created.toISOString().replace('.000Z', 'Z'), from: kinds.length === 1 && kinds[0] === 'csv' ? (files.length > 1 ? "the files' modification time" : "the file's modification time") : "the workbook's dates", ...(options.defaultRegion ? { defaultRegion: options.defaultRegion } : {}) };
    for (const problem of done.problems) {
      const at = locateCell(sourceMap, problem.pointer);
      rows.push({ severity: 'error', code: problem.code, message: problem.message, ...recordOf(done.records, problem.pointer), ...(at ? place(origins, at.cell, at.exact) : {}) });
    }
    records = done.records;
    completedAt = done.problems.map((p) => p.pointer);
  }
  // one problem per place: where completing failed, its problem says what to fix, and the validator's about the
  // same value (no canonical form, not an id) would repeat it
  const reported = (pointer: string) => completedAt.some((p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`));
  const result = records.length > 0 ? await validate(records) : { valid: true, records: 0, problems: [] };
  for (const problem of result.problems.filter((p) => !reported(p.pointer))) {
    const at = locateCell(sourceMap, problem.pointer);
    rows.push({ severity: problem.severity, code: problem.code, message: problem.message, ...recordOf(records, problem.pointer), ...(at ? place(origins, at.cell, at.exact) : {}) });
  }
  // in the order a person reads the file: sheet by sheet as the workbook has them, then row, then column
  const order = new Map(read.sheets.map((s, i) => [s.name, i]));
  const sheetOrder = (r: Row) => (r.sheet === undefined ? -1 : (order.get(r.sheet) ?? -1));
  rows.sort((a, b) => sheetOrder(a) - sheetOrder(b) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (records.length === 0 && !rows.some((r) => r.severity === 'error')) {
    rows.push({ severity: 'info', code: 'file_no_records', message: 'the sheets hold no records (an empty template?)', pointer: '', where: files.map((f) => f.name).join(', ') });
  }
  return { format, records: records.length, valid: !rows.some((r) => r.severity === 'error'), rows, ...(assigned ? { assigned } : {}) };
}
