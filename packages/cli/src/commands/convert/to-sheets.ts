import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { recordsToSheets, writeCsvSheet, writeXlsx } from '@gpos/tabular';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';
import { writeAtomic } from '../../shared/output.js';

type Obj = Record<string, unknown>;

/** Records → a workbook (one sheet per family and repeated part) or one CSV file per sheet. Returns the exit status. */
export async function recordsToSpreadsheet(records: readonly Obj[], to: 'xlsx' | 'csv', output: string | undefined, io: Io): Promise<number> {
  const duplicate = firstDuplicate(records);
  if (duplicate) {
    io.stderr(`gpos: ${duplicate} appears more than once (versions of one record?); a spreadsheet holds one row per record, so its child rows could not be told apart. Convert one version at a time; nothing was written\n`);
    return 1;
  }
  let sheets;
  try {
    sheets = recordsToSheets(records);
  } catch (error) {
    // a record of another type (a bundle inside a bundle, a typo in "type") has no sheet
    io.stderr(`gpos: ${(error as Error).message}; nothing was written\n`);
    return 1;
  }
  if (to === 'xlsx') {
    if (output === undefined) throw CliError.usage('a workbook is binary: give --output FILE.xlsx');
    await writeAtomic(output, await writeXlsx(sheets));
    io.stderr(`gpos: wrote ${records.length} records to ${output} (${sheets.map((s) => s.name).join(', ')})\n`);
    return 0;
  }
  if (output === undefined) {
    if (sheets.length === 1) {
      io.stdout(writeCsvSheet(sheets[0]!));
      return 0;
    }
    throw CliError.usage(`these records fill ${sheets.length} sheets (${sheets.map((s) => s.name).join(', ')}), one CSV file each: give --output FOLDER`);
  }
  if (existsSync(output) && !statSync(output).isDirectory()) throw CliError.usage(`CSV output is one file per sheet: --output must be a folder, and ${output} is a file`);
  mkdirSync(output, { recursive: true });
  for (const sheet of sheets) await writeAtomic(join(output, `${sheet.name}.csv`), writeCsvSheet(sheet));
  io.stderr(`gpos: wrote ${records.length} records to ${sheets.map((s) => join(output, `${s.name}.csv`)).join(', ')}\n`);
  return 0;
}

function firstDuplicate(records: readonly Obj[]): string | undefined {
  const seen = new Set<string>();
  for (const record of records) {
    if (typeof record.id !== 'string') continue;
    const key = `${String(record.type)} ${record.id}`;
    if (seen.has(key)) return `the ${String(record.type)} ${record.id}`;
    seen.add(key);
  }
  return undefined;
}
