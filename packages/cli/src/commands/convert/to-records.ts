import { TabularFileError, unflatten, widenDates, type FileDates, type SheetInput } from '@gpos/tabular';
import type { Io } from '../../shared/io.js';
import { readErrorMessage } from '../../shared/errors.js';
import { completeRecords, type Completion } from '../../shared/sheets/complete.js';
import { fromTabular, fromValidator, rowOwners } from '../../shared/sheets/problems.js';
import { readSheets, readSheetsDated, type Family, type SheetKind } from '../../shared/sheets/read.js';
import { problemPrinter } from './describe.js';
import { atomicSink, stdoutSink } from '../../shared/output.js';

export interface SheetSource {
  readonly path: string;
  readonly file: string;
  readonly kind: SheetKind;
}

/**
 * Spreadsheets → records, all inputs read together so child sheets join their records. Problems are printed by
 * file, sheet, row and column; any error means nothing is written (status 1). Unreadable files: status 2.
 */
export async function spreadsheetToRecords(sources: readonly SheetSource[], to: 'json' | 'ndjson', output: string | undefined, family: Family | undefined, io: Io, completion?: Completion): Promise<number> {
  const inputs: SheetInput[] = [];
  const fileOfSheet = new Map<string, string>();
  let status = 0;
  let dates: FileDates | undefined;
  for (const source of sources) {
    try {
      const read = completion?.assign ? await readSheetsDated(source.file, source.kind, family) : { sheets: await readSheets(source.file, source.kind, family) };
      if ('dates' in read) dates = widenDates(dates, read.dates);
      for (const sheet of read.sheets) {
        inputs.push(sheet);
        fileOfSheet.set(sheet.name, source.path);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message.split(source.file).join(source.path) : String(error);
      const limit = !(error instanceof TabularFileError) || error.kind === 'limit';
      io.stderr(`gpos: cannot read ${source.path}: ${error instanceof TabularFileError ? message : readErrorMessage(error)}\n`);
      status = Math.max(status, limit ? 2 : 1);
    }
  }
  if (status !== 0) {
    io.stderr('gpos: nothing was written\n');
    return status;
  }
  const { records: rows, problems, sourceMap } = unflatten(inputs);
  let records = rows;
  const owners = rowOwners(sourceMap);
  let errors = 0;
  const printer = problemPrinter(io);
  for (const problem of problems) {
    const p = fromTabular(problem, owners, records);
    if (problem.code === 'unknown_sheet' && sources.length === 1 && sources[0]!.kind === 'csv') p.severity = 'error';
    if (p.severity === 'error') errors++;
    printer.print(fileOfSheet.get(problem.at.sheet) ?? sources[0]!.path, p);
  }
  if (completion && errors === 0) {
    const completed = await completeRecords(records, completion, dates);
    for (const problem of completed.problems) {
      errors++;
      printer.print(fileOfSheet.get(sourceMap.get(`/${problem.pointer.split('/')[1]}`)?.sheet ?? '') ?? sources[0]!.path, fromValidator(problem, sourceMap, completed.records));
    }
    records = completed.records;
  }
  printer.finish();
  if (errors > 0) {
    io.stderr(`gpos: ${errors} error${errors === 1 ? '' : 's'} in the spreadsheet; nothing was written. Fix them and convert again.\n`);
    return 1;
  }
  const text = to === 'json' ? `${JSON.stringify(records, null, 2)}\n` : records.map((r) => `${JSON.stringify(r)}\n`).join('');
  const sink = output === undefined ? stdoutSink(io.stdout) : atomicSink(output);
  await sink.write(text);
  await sink.commit();
  if (output !== undefined) io.stderr(`gpos: wrote ${records.length} records to ${output}\n`);
  return 0;
}
