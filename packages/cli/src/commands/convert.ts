import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { CONVERT_HELP } from '../help.js';
import { expand, type Source } from '../input/expand.js';
import { FAMILIES, isFamily } from '../sheets/families.js';
import { needs } from '../optional.js';
import { UsageError, type Io } from './io.js';

const TARGETS = ['json', 'ndjson', 'csv', 'xlsx'] as const;
type Target = (typeof TARGETS)[number];

const isSheet = (s: Source) => s.kind === 'xlsx' || s.kind === 'csv';

/** `--to`, or the output's extension (`-o cases.json`). */
function targetOf(to: string | undefined, output: string | undefined): Target {
  const wanted = to ?? (output !== undefined ? extname(output).slice(1).toLowerCase().replace(/^jsonl$/, 'ndjson') : undefined);
  if (wanted === undefined || wanted === '') throw new UsageError(`say what to convert to: --to ${TARGETS.join('|')}`);
  if (!(TARGETS as readonly string[]).includes(wanted)) throw new UsageError(`cannot convert to '${wanted}'; --to takes ${TARGETS.join(', ')}`);
  return wanted as Target;
}

export async function convertCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string', short: 't' },
      output: { type: 'string', short: 'o' },
      family: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CONVERT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give the files or folders to convert');
  if (positionals.includes('-')) throw new UsageError('convert reads files, not standard input');
  if (values.output === '') throw new UsageError('--output needs a file or folder name');
  const family = values.family;
  if (family !== undefined && !isFamily(family)) throw new UsageError(`--family must be one of ${FAMILIES.join(', ')}, not '${family}'`);
  const to = targetOf(values.to, values.output);

  // every conversion goes through the sheet model of @gpos/tabular, spreadsheets in or out
  await needs('@gpos/tabular', () => import('@gpos/tabular'));
  const expansion = await expand(positionals);
  for (const note of expansion.notes) io.stderr(`gpos: ${note}\n`);
  if (expansion.failures.length) {
    for (const failure of expansion.failures) io.stderr(`gpos: cannot read ${failure.path}: ${failure.reason}\n`);
    return 2;
  }
  const sources = expansion.sources;
  const sheets = sources.filter(isSheet);
  if (sheets.length > 0 && sheets.length < sources.length) throw new UsageError('convert spreadsheets or records files, not both in one run');

  if (sheets.length > 0) {
    if (to === 'csv' || to === 'xlsx') throw new UsageError(`these are spreadsheets already: convert them --to json or --to ndjson`);
    const inputs = sheets.map((s) => ({ path: s.path, file: s.file!, kind: s.kind as 'xlsx' | 'csv' }));
    if (to === 'ndjson' && inputs.length === 1 && inputs[0]!.kind === 'csv') {
      const { streamableSheet, streamCsvToNdjson } = await import('../convert/stream.js');
      const sheet = await streamableSheet(inputs[0]!, family);
      if (sheet !== undefined) return streamCsvToNdjson(inputs[0]!, sheet, values.output, io);
    }
    const { spreadsheetToRecords } = await import('../convert/to-records.js');
    return spreadsheetToRecords(inputs, to, values.output, family, io);
  }

  if (to === 'json' || to === 'ndjson') throw new UsageError(`these are records already: convert them --to xlsx or --to csv (gpos validate checks them)`);
  const { readRecords, RecordsSyntaxError } = await import('../convert/read-records.js');
  const records = [];
  try {
    for (const source of sources) records.push(...(await readRecords(source.file!, source.path, source.kind === 'ndjson' ? 'ndjson' : 'json')));
  } catch (error) {
    if (!(error instanceof RecordsSyntaxError)) throw error;
    io.stderr(`gpos: ${error.message}; nothing was written\n`);
    return 1;
  }
  const { recordsToSpreadsheet } = await import('../convert/to-sheets.js');
  return recordsToSpreadsheet(records, to, values.output, io);
}
