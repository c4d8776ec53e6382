import { TabularFileError, unflatten, widenDates, type FileDates, type SheetInput } from '@gpos/tabular';
import type { CheckOptions, ReportProblem, Severity, ValidateFn } from './check/types.js';
import type { FileResult } from './runner/task.js';
import { readErrorMessage } from '../../shared/errors.js';
import { completeRecords, type Completion } from '../../shared/sheets/complete.js';
import { fromTabular, fromValidator, recordRef, rowOwners } from '../../shared/sheets/problems.js';
import { readSheets, readSheetsDated, type Family, type SheetKind } from '../../shared/sheets/read.js';
import { failsRun } from '../../shared/problem.js';

export interface SheetFile {
  /** As reported. */
  readonly path: string;
  /** To read. */
  readonly file: string;
  readonly kind: SheetKind;
}


/** A file-level problem: the spreadsheet could not be read as one, so none of its records were checked. */
export function unreadableProblem(message: string): ReportProblem {
  return { severity: 'error', code: 'sheet_unreadable', message, pointer: '', line: null, column: null, record: null };
}

/** Messages name the file as the user gave it, not its absolute path. */
const shown = (error: Error, file: SheetFile) => error.message.split(file.file).join(file.path);

/**
 * Checks spreadsheet files whose sheets belong together (a workbook, or one family's CSV files from a folder): reads,
 * joins child sheets to their records, validates the records, and reports every problem at its sheet, row and column.
 * Records count in the file of their main sheet; each problem goes to the file its cell is in.
 */
export async function checkSheetFiles(files: readonly SheetFile[], options: CheckOptions & { family?: Family; completion?: Completion }, validate: ValidateFn): Promise<FileResult[]> {
  const results: FileResult[] = files.map(() => ({ records: 0, invalid: 0, problems: [], ...(options.listRecords ? { seen: [] } : {}) }));
  const inputs: SheetInput[] = [];
  const fileOfSheet = new Map<string, number>();
  // with --assign-ids, records are dated as gpos convert dates them (the files' dates), so the ids match too
  let dates: FileDates | undefined;
  for (const [k, file] of files.entries()) {
    try {
      const read = options.completion?.assign ? await readSheetsDated(file.file, file.kind, options.family) : { sheets: await readSheets(file.file, file.kind, options.family) };
      if ('dates' in read) dates = widenDates(dates, read.dates);
      for (const sheet of read.sheets) {
        inputs.push(sheet);
        fileOfSheet.set(sheet.name, k);
      }
    } catch (error) {
      if (error instanceof TabularFileError && error.kind === 'malformed') results[k]!.problems.push(unreadableProblem(shown(error, file)));
      else results[k]!.readError = error instanceof TabularFileError ? shown(error, file) : readErrorMessage(error);
    }
  }
  const read = unflatten(inputs);
  const { problems, sourceMap } = read;
  let records = read.records;
  const owners = rowOwners(sourceMap);
  const fileOf = (sheet: string | undefined) => (sheet === undefined ? 0 : (fileOfSheet.get(sheet) ?? 0));
  const failed = new Set<number>();
  const add = (problem: ReportProblem) => {
    if (failsRun(problem.severity, options.strict) && problem.record?.index !== undefined) failed.add(problem.record.index);
    results[fileOf(problem.sheet)]!.problems.push(problem);
  };
  for (const problem of problems) {
    const out = fromTabular(problem, owners, records);
    // a CSV that is no sheet of the standard was not read at all: that fails, or a wrong file would pass unchecked
    if (problem.code === 'unknown_sheet' && files[fileOf(problem.at.sheet)]?.kind === 'csv') {
      out.severity = 'error';
      out.message = `${out.message} Name the file after its sheet (indicator.csv, case.payments.csv) or give --family.`;
    }
    add(out);
  }
  // a filled-in template is checked as `gpos convert` with the same options writes it: ids assigned, observables filled
  let placesReported: string[] = [];
  if (options.completion && records.length > 0) {
    const completion = await completeRecords(records, options.completion, dates);
    for (const problem of completion.problems) add(fromValidator(problem, sourceMap, completion.records));
    records = completion.records;
    placesReported = completion.problems.map((p) => p.pointer);
  }
  // one problem per place: where completing failed (a value that did not normalise, a reference to no row), its
  // problem says what to fix, and the validator's about the same value (no canonical form, not an id) would repeat it
  const reported = (pointer: string) => placesReported.some((p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`));
  if (records.length > 0) {
    for (const problem of validate(records, { strict: options.strict }).problems) if (!reported(problem.pointer)) add(fromValidator(problem, sourceMap, records));
  }
  records.forEach((_, index) => {
    const main = sourceMap.get(`/${index}`);
    const result = results[fileOf(main?.sheet)]!;
    result.records++;
    if (failed.has(index)) result.invalid++;
    if (options.listRecords) (result.seen ??= []).push({ ...recordRef(records, index), index, line: main?.row ?? null, failed: failed.has(index) });
  });
  if (records.length === 0 && !results.some((r) => r.readError !== undefined || r.problems.some((p) => p.severity === 'error'))) {
    results[0]!.problems.push({ severity: 'info', code: 'file_no_records', message: 'the sheets hold no records (an empty template?)', pointer: '', line: null, column: null, record: null });
  }
  // in the order a person reads the file: sheet by sheet as the workbook has them, then row, then column
  const order = new Map(inputs.map((input, i) => [input.name, i]));
  const sheetOrder = (p: ReportProblem) => (p.sheet === undefined ? -1 : (order.get(p.sheet) ?? -1));
  for (const result of results) result.problems.sort((a, b) => sheetOrder(a) - sheetOrder(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return results;
}
