/** Options several commands share, declared once so that they read and behave alike everywhere. */
import type { OptionSpec } from './command.js';
import { FAMILIES } from './sheets/families.js';

/** Every command that walks folders (or expands globs) takes it. */
export const FOLLOW_SYMLINKS = {
  type: 'boolean',
  description:
    'follow symbolic links that lead out of a folder being walked (or, for a glob, out of the working folder); off by default, so that a link in a data folder cannot make gpos read /etc/shadow or walk the whole machine. Paths named on the command line are always followed',
} as const satisfies OptionSpec;

export const FAMILY = {
  type: 'string',
  value: '<name>',
  choices: FAMILIES,
  description: 'what the rows of CSV files not named after a sheet are; found from the headings when not given',
} as const satisfies OptionSpec;

/** `--output` of the commands that write records (normalize, pseudonymise, redact). */
export const RECORDS_OUTPUT = { type: 'string', short: 'o', value: '<file>', description: 'write to a file (it appears when the run completes) instead of stdout' } as const satisfies OptionSpec;

export const DEFAULT_REGION = {
  type: 'string',
  value: '<CC>',
  description: 'region for phone numbers written without a country code, e.g. TH for 081-234-5678',
} as const satisfies OptionSpec;

/**
 * How `gpos convert` and `gpos validate` complete records read from spreadsheets (`shared/sheets/complete.ts`): the
 * same options, so that validating a filled-in template checks exactly what converting it would write.
 */
export const SHEET_COMPLETION = {
  'assign-ids': {
    type: 'boolean',
    description:
      'spreadsheets: give every record an id, spec_version, created and modified where its row has none, and replace local references (the text in an id cell) by the ids they stand for',
  },
  timestamp: {
    type: 'string',
    value: '<time>',
    description:
      "with --assign-ids: the created and modified time of records whose row has none, e.g. 2026-03-01T00:00:00Z (default: the workbook's created and saved dates, a CSV file's modification time)",
  },
  normalize: {
    type: 'boolean',
    description: "spreadsheets: fill each indicator's observable (canonical form, match keys, id) from its raw value, as gpos normalize does",
  },
  'default-region': { ...DEFAULT_REGION, description: `with --normalize: ${DEFAULT_REGION.description}` },
} as const satisfies Record<string, OptionSpec>;

export const KEY_ID = { type: 'string', value: '<id>', description: "make pseudonyms under this key instead of the file's current key" } as const satisfies OptionSpec;

/** How the record commands (normalize, pseudonymise, redact) read and write. */
export const READING = {
  title: 'Input',
  body: `Files (.json: a record, an array of records or a bundle; .ndjson/.jsonl: one record a line, streamed), folders,
quoted globs, or - for standard input (the default when it is not a terminal; JSON or NDJSON is detected from the
first line). Output mirrors one input (NDJSON in, NDJSON out; JSON is written indented); several inputs are
written as NDJSON, a JSON array one record a line. Problems go to stderr as FILE:LINE:COLUMN with the JSON Pointer.`,
};

/** The formats of a problem report: `gpos validate`'s, and those of every command that reports problems the same way. */
export const REPORT_FORMATS = ['pretty', 'json', 'junit', 'sarif', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The options of the commands that convert to and from other formats (export, import): where data and report go. */
export const CONVERSION_OPTIONS = {
  output: { type: 'string', short: 'o', value: '<file>', description: 'write the data to a file, which appears only when the run succeeds (default: stdout)' },
  out: { type: 'string', hidden: true, value: '<file>', description: 'the same as --output' },
  format: { type: 'string', short: 'f', value: '<name>', choices: REPORT_FORMATS, default: 'pretty', description: "the report's format, as gpos validate writes it" },
  report: { type: 'string', value: '<file>', description: 'write the report to a file (default: stderr, since stdout carries the data)' },
  strict: { type: 'boolean', description: 'a record that could not be carried (a warning) fails the run too, and nothing is written' },
  color: { type: 'boolean', label: '    --color, --no-color', description: 'force colours in the pretty report on or off (default: on a terminal unless NO_COLOR is set)' },
  'no-color': { type: 'boolean', hidden: true, description: 'never use colours' },
} as const satisfies Record<string, OptionSpec>;
