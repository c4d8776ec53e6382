import { csvRows, sheetModel, streamCsvRecords, TabularFileError } from '@gpos/tabular';
import type { Io } from '../../shared/io.js';
import { readErrorMessage } from '../../shared/errors.js';
import { fromTabular } from '../../shared/sheets/problems.js';
import { csvSheetName, familyOfSheet, type Family } from '../../shared/sheets/read.js';
import { problemPrinter } from './describe.js';
import { atomicSink, stdoutSink } from '../../shared/output.js';
import type { SheetSource } from './to-records.js';

/** The sheet a CSV file stands for, when it is a main sheet (one record a row) and so can be streamed. */
export async function streamableSheet(source: SheetSource, family: Family | undefined): Promise<string | undefined> {
  let headings: string[] = [];
  try {
    for await (const row of csvRows(source.file)) {
      headings = row.cells.map(String);
      break;
    }
  } catch {
    return undefined; // the whole-file reader reports it properly
  }
  const name = csvSheetName(source.file, headings, family);
  const owner = name === undefined ? undefined : familyOfSheet(name);
  const sheet = owner && sheetModel(owner).sheets.find((s) => s.name.toLowerCase() === name!.trim().toLowerCase() || s.title.toLowerCase() === name!.trim().toLowerCase());
  return sheet && !sheet.parent ? name : undefined;
}

/**
 * A main-sheet CSV → NDJSON one row at a time, in bounded memory, whatever the number of rows. An output file
 * appears only if every row converted; on standard output, rows already written stay and stderr says so.
 */
export async function streamCsvToNdjson(source: SheetSource, sheet: string, output: string | undefined, io: Io): Promise<number> {
  const sink = output === undefined ? stdoutSink(io.stdout) : atomicSink(output);
  let errors = 0;
  let records = 0;
  let batch: string[] = [];
  const printer = problemPrinter(io);
  try {
    for await (const item of streamCsvRecords(source.file, { sheet })) {
      for (const problem of item.problems) {
        const p = fromTabular(problem, new Map(), []);
        if (p.severity === 'error') errors++;
        printer.print(source.path, p);
      }
      if (!item.record || errors > 0) continue;
      batch.push(JSON.stringify(item.record));
      records++;
      if (batch.length >= 512) {
        await sink.write(`${batch.join('\n')}\n`);
        batch = [];
      }
    }
    if (batch.length && errors === 0) await sink.write(`${batch.join('\n')}\n`);
  } catch (error) {
    printer.finish();
    await sink.abort();
    const limit = !(error instanceof TabularFileError) || error.kind === 'limit';
    const message = error instanceof TabularFileError ? error.message.split(source.file).join(source.path) : readErrorMessage(error);
    io.stderr(`gpos: cannot read ${source.path}: ${message}${output === undefined ? '' : '; nothing was written'}\n`);
    return limit ? 2 : 1;
  }
  printer.finish();
  if (errors > 0) {
    await sink.abort();
    io.stderr(`gpos: ${errors} error${errors === 1 ? '' : 's'} in ${source.path}; ${output === undefined ? 'the output above stops at the first error and is incomplete' : 'nothing was written'}. Fix them and convert again.\n`);
    return 1;
  }
  await sink.commit();
  if (output !== undefined) io.stderr(`gpos: wrote ${records} records to ${output}\n`);
  return 0;
}
