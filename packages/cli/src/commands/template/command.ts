import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { FAMILIES } from '../../shared/sheets/families.js';

const options = {
  family: { type: 'string', value: '<name>', choices: FAMILIES, description: 'the records the template is for (required)' },
  format: { type: 'string', short: 'f', value: '<name>', choices: ['xlsx', 'csv'], default: 'xlsx', description: 'a workbook, or CSV files (one file per sheet, field names as headings, in a folder)' },
  output: { type: 'string', short: 'o', value: '<path>', description: 'default: gpos-<family>-template.xlsx, or the folder gpos-<family>-template/ for csv' },
  force: { type: 'boolean', description: 'replace an existing file (a filled-in template is never overwritten otherwise)' },
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const template = defineCommand({
  name: 'template',
  synopsis: '--family <family>',
  usage: ['--family indicator|case|commitment|organization [--format xlsx|csv] [--output PATH]'],
  summary: 'an empty spreadsheet to fill in (xlsx, or csv), generated from the standard',
  description: `Writes an empty spreadsheet to fill in, generated from the standard: one sheet for the records and one for each
repeated part (payments, milestones, actions…), human headings on row 1 and field names on row 2, required
columns marked with *, drop-downs on columns that take codes, a "codes" sheet listing them and a README sheet.`,
  options,
  exit: [
    [0, 'written'],
    [2, 'usage error, an existing file without --force, or the spreadsheet stack (@gpos/tabular) not installed'],
  ],
  notes: 'Then: fill it in, check it with gpos validate FILE.xlsx, and convert it with gpos convert FILE.xlsx --to json.',
  load: async () => (await import('./run.js')).run,
});
