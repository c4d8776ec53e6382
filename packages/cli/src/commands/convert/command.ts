import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { FAMILY, FOLLOW_SYMLINKS, SHEET_COMPLETION } from '../../shared/options.js';

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
  ...SHEET_COMPLETION,
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

A main-sheet CSV file (one record a row) converted --to ndjson is streamed: any number of rows, bounded memory.

From a filled-in template to records that validate: --assign-ids completes each record. A row whose id cell holds
your own reference (AOC-2026-000123, row-7) gets the id \`<family>--<UUIDv7>\` derived from its source, family,
reference and created time, so converting the same sheet again gives the same ids; every cell that names that
reference where an id belongs (indicator_refs, destination_indicator_ref, a relationship's source_ref…) gets the
id too. A row with an empty id cell gets a new id on every run. Fill the created column, or pass --timestamp, to
keep ids the same after you edit the sheet. --normalize fills each observable from its raw value (081-234-5678,
hxxps://bad[.]example) as gpos normalize does, so the records need no second step. gpos validate takes the same
options, to check a filled-in template cell by cell as it will be converted.`,
  options,
  exit: [
    [0, 'converted'],
    [1, 'the input has problems (a cell of the wrong kind, an unknown column, a row without its record, a file that is not JSON, not a workbook or not CSV): they are listed on stderr and nothing is written'],
    [2, 'usage error, or a file that cannot be read (missing, or over the size limits)'],
  ],
  examples: [
    'gpos convert cases.xlsx --to json --output cases.json',
    'gpos convert hotline-export.csv --family indicator --to ndjson --output indicators.ndjson',
    'gpos convert cases.xlsx --assign-ids --normalize --to json --output cases.json',
    'gpos convert cases.csv cases.payments.csv --assign-ids --timestamp 2026-03-01T00:00:00Z --to json -o cases.json',
    'gpos convert data/bundle.json --to xlsx --output bundle.xlsx',
    'gpos convert data/bundle.json --to csv --output sheets/',
  ],
  load: async () => (await import('./run.js')).run,
});
