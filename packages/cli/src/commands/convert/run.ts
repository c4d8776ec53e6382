import type { Args as ConvertArgs } from './command.js';
import { extname } from 'node:path';
import { expand, type Source } from '../../shared/input/expand.js';
import { needs } from '../../shared/optional.js';
import { CliError } from '../../shared/errors.js';
import { completionOf } from '../../shared/sheets/complete.js';
import { type Io } from '../../shared/io.js';

import { TARGETS } from './command.js';

type Target = (typeof TARGETS)[number];

const isSheet = (s: Source) => s.kind === 'xlsx' || s.kind === 'csv';

/** `--to`, or the output's extension (`-o cases.json`). */
function targetOf(to: string | undefined, output: string | undefined): Target {
  const wanted = to ?? (output !== undefined ? extname(output).slice(1).toLowerCase().replace(/^jsonl$/, 'ndjson') : undefined);
  if (wanted === undefined || wanted === '') throw CliError.usage(`say what to convert to: --to ${TARGETS.join('|')}`);
  if (!(TARGETS as readonly string[]).includes(wanted)) throw CliError.usage(`cannot convert to '${wanted}'; --to takes ${TARGETS.join(', ')}`);
  return wanted as Target;
}

export async function run({ values, positionals }: ConvertArgs, io: Io): Promise<number> {
  if (positionals.length === 0) throw CliError.usage('give the files or folders to convert');
  if (positionals.includes('-')) throw CliError.usage('convert reads files, not standard input');
  if (values.output === '') throw CliError.usage('--output needs a file or folder name');
  const family = values.family;
  const to = targetOf(values.to, values.output);
  const completion = completionOf(values);

  // every conversion goes through the sheet model of @gpos/tabular, spreadsheets in or out
  await needs('@gpos/tabular', () => import('@gpos/tabular'));
  const expansion = await expand(positionals, process.cwd(), { followSymlinks: values['follow-symlinks'] ?? false });
  for (const note of expansion.notes) io.stderr(`gpos: ${note}\n`);
  if (expansion.failures.length) {
    for (const failure of expansion.failures) io.stderr(`gpos: cannot read ${failure.path}: ${failure.reason}\n`);
    return 2;
  }
  const sources = expansion.sources;
  const sheets = sources.filter(isSheet);
  if (sheets.length > 0 && sheets.length < sources.length) throw CliError.usage('convert spreadsheets or records files, not both in one run');

  if (sheets.length > 0) {
    if (to === 'csv' || to === 'xlsx') throw CliError.usage(`these are spreadsheets already: convert them --to json or --to ndjson`);
    const inputs = sheets.map((s) => ({ path: s.path, file: s.file!, kind: s.kind as 'xlsx' | 'csv' }));
    // references between rows are resolved over the whole file, so --assign-ids reads it whole
    if (to === 'ndjson' && inputs.length === 1 && inputs[0]!.kind === 'csv' && !completion) {
      const { streamableSheet, streamCsvToNdjson } = await import('./stream.js');
      const sheet = await streamableSheet(inputs[0]!, family);
      if (sheet !== undefined) return streamCsvToNdjson(inputs[0]!, sheet, values.output, io);
    }
    const { spreadsheetToRecords } = await import('./to-records.js');
    return spreadsheetToRecords(inputs, to, values.output, family, io, completion);
  }

  if (completion?.assign) throw CliError.usage('--assign-ids completes records read from spreadsheets; these are records files already');
  if (completion?.normalize) throw CliError.usage('--normalize completes records read from spreadsheets; for records files, run gpos normalize');
  if (to === 'json' || to === 'ndjson') throw CliError.usage(`these are records already: convert them --to xlsx or --to csv (gpos validate checks them)`);
  const { readRecords } = await import('./read-records.js');
  const records = [];
  // a file that is not JSON stops the run (RecordsSyntaxError: status 1, nothing written)
  for (const source of sources) records.push(...(await readRecords(source.file!, source.path, source.kind === 'ndjson' ? 'ndjson' : 'json')));
  const { recordsToSpreadsheet } = await import('./to-sheets.js');
  return recordsToSpreadsheet(records, to, values.output, io);
}
