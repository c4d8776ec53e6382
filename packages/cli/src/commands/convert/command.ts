import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { FAMILY, FOLLOW_SYMLINKS } from '../../shared/options.js';

export const TARGETS = ['json', 'ndjson', 'csv', 'xlsx'] as const;

const options = {
  to: { type: 'string', short: 't', value: '<format>', choices: TARGETS, description: 'what to write (default: the extension of --output)' },
  output: {
    type: 'string',
    short: 'o',
    value: '<path>',
    description: 'the file to write (a folder for csv); default: standard output for json, ndjson and a single CSV sheet. A file is written whole or not at all.',
  },
  family: FAMILY,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const convert = defineCommand({
  name: 'convert',
  synopsis: '<input...> --to <fmt>',
  usage: ['[options] <input...> --to json|ndjson|csv|xlsx'],
  summary: 'spreadsheets to records (json, ndjson) and records to spreadsheets (xlsx, csv)',
  description: `Spreadsheets to records, and records to spreadsheets.

  spreadsheet → records   .xlsx workbooks and .csv files (or folders of them) --to json or --to ndjson. Child sheets
                          (case.payments, commitment.milestones…) are joined to their records by id. Every problem is
                          reported by file, sheet, row and column; if there is an error, nothing is written.
  records → spreadsheet   .json (a record, an array or a bundle) and .ndjson files --to xlsx (one workbook) or
                          --to csv (one file per sheet, in the --output folder).

A main-sheet CSV file (one record a row) converted --to ndjson is streamed: any number of rows, bounded memory.`,
  options,
  exit: [
    [0, 'converted'],
    [1, 'the input has problems (a cell of the wrong kind, an unknown column, a row without its record, a file that is not JSON, not a workbook or not CSV): they are listed on stderr and nothing is written'],
    [2, 'usage error, or a file that cannot be read (missing, or over the size limits)'],
  ],
  examples: [
    'gpos convert cases.xlsx --to json --output cases.json',
    'gpos convert hotline-export.csv --family indicator --to ndjson --output indicators.ndjson',
    'gpos convert data/bundle.json --to xlsx --output bundle.xlsx',
    'gpos convert data/bundle.json --to csv --output sheets/',
  ],
  load: async () => (await import('./run.js')).run,
});
