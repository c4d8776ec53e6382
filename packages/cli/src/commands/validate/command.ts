import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { FAMILY, FOLLOW_SYMLINKS, REPORT_FORMATS, SHEET_COMPLETION } from '../../shared/options.js';

export const FORMATS = REPORT_FORMATS;

const options = {
  format: { type: 'string', short: 'f', value: '<name>', choices: FORMATS, default: 'pretty', description: 'the report format' },
  output: { type: 'string', short: 'o', value: '<file>', description: 'write the report to a file instead of stdout' },
  strict: { type: 'boolean', description: 'warnings fail the run too' },
  'max-problems': { type: 'string', value: '<n>', description: 'list at most n problems (counts in the summary stay complete)' },
  quiet: { type: 'boolean', short: 'q', description: 'list only problems that fail the run' },
  workers: { type: 'string', value: '<n>', description: 'worker threads (0 = none; default: auto, for inputs over 32 MB)' },
  'stdin-format': { type: 'string', value: '<f>', choices: ['auto', 'json', 'ndjson'], default: 'auto', description: 'what standard input holds' },
  family: FAMILY,
  ...SHEET_COMPLETION,
  'follow-symlinks': FOLLOW_SYMLINKS,
  extensions: {
    type: 'string',
    value: '<dir>',
    description:
      'your own extension schemas: one JSON Schema 2020-12 file per namespace, named after it (com.example.fraud_scores.json); data under those namespaces is checked against them instead of drawing unregistered_extension (needs the ajv package)',
  },
  'no-progress': { type: 'boolean', description: 'never draw the progress bar (by default it appears on a terminal for inputs over 4 MB; --progress forces it)' },
  progress: { type: 'boolean', hidden: true, description: 'always draw the progress bar on stderr' },
  color: { type: 'boolean', label: '    --color, --no-color', description: 'force colours on or off (default: on a terminal unless NO_COLOR is set)' },
  'no-color': { type: 'boolean', hidden: true, description: 'never use colours' },
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const validate = defineCommand({
  name: 'validate',
  synopsis: '[options] <path...>',
  summary: 'check records in files (.json, .ndjson, .xlsx, .csv), folders, globs or -',
  description: `Checks GPOS records against the standard (JSON Schema + semantic rules) and reports every problem with
its file, line, column and JSON Pointer.`,
  sections: [
    {
      title: 'Paths',
      body: `  file.json              one record, an array of records, or a bundle
  file.ndjson, .jsonl    one record per line, streamed (any size)
  file.xlsx              a workbook: problems are reported by sheet, row and column (Sheet!C12)
  file.csv               one sheet: named after it (case.csv, case.payments.csv) or its family found from the headings
  folder                 every .json, .ndjson, .jsonl, .xlsx and .csv file below it (hidden folders and node_modules
                         skipped; symbolic links out of the folder and special files too); CSV files of one family
                         in one folder are read together. A filled-in template holds your own references and
                         raw values: --assign-ids --normalize checks its records as gpos convert with the same
                         options writes them, still reporting each problem at its cell
  'data/**/*.json'       a glob (quote it so the shell does not expand it)
  -                      standard input (JSON or NDJSON, detected; force with --stdin-format)`,
    },
  ],
  options,
  exit: [
    [0, 'every record is valid (warnings allowed unless --strict)'],
    [1, 'some record or file is invalid, including JSON syntax and encoding errors'],
    [2, 'usage error, a path that does not exist or cannot be read, or an internal failure'],
  ],
  notes: 'Only the report goes to stdout; messages go to stderr.',
  examples: ['gpos validate examples/', "gpos validate --format github 'data/**/*.ndjson'", 'gpos validate --format sarif --output gpos.sarif data/', 'gpos validate cases.xlsx', 'gpos validate filled-template.xlsx --assign-ids --normalize', 'cat feed.ndjson | gpos validate -'],
  load: async () => (await import('./run.js')).run,
});
