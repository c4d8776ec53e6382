import type { Args as TemplateArgs } from './command.js';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES } from '../../shared/sheets/families.js';
import { needs } from '../../shared/optional.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

/** `gpos template`: an empty workbook (or CSV files) to fill in, generated from the schema. */
export async function run({ values, positionals }: TemplateArgs, io: Io): Promise<number> {
  if (positionals.length > 0) throw CliError.usage(`unexpected argument '${positionals[0]}'; name the file with --output`);
  const family = values.family;
  if (family === undefined) throw CliError.usage(`say which records the template is for: --family ${FAMILIES.join('|')}`);
  const format = values.format ?? 'xlsx';
  const output = values.output ?? (format === 'xlsx' ? `gpos-${family}-template.xlsx` : `gpos-${family}-template`);
  if (output === '') throw CliError.usage('--output needs a file or folder name');
  // a filled-in template is someone's work: never overwrite one without being asked
  if (existsSync(output) && !values.force && (format === 'xlsx' || !statSync(output).isDirectory())) {
    throw CliError.usage(`${output} already exists; choose another --output or add --force to replace it`);
  }

  const tabular = await needs('@gpos/tabular', () => import('@gpos/tabular'));
  const { writeAtomic } = await import('../../shared/output.js');
  if (format === 'xlsx') {
    await writeAtomic(output, await tabular.xlsxTemplate(family));
    io.stderr(`gpos: wrote the ${family} template to ${output}\n`);
    return 0;
  }
  mkdirSync(output, { recursive: true });
  const sheets = tabular.templateSheets(family);
  const written: string[] = [];
  for (const sheet of sheets) {
    const file = join(output, `${sheet.name}.csv`);
    if (existsSync(file) && !values.force) throw CliError.usage(`${file} already exists; choose another --output or add --force to replace it`);
    await writeAtomic(file, tabular.writeCsvSheet(sheet));
    written.push(file);
  }
  io.stderr(`gpos: wrote the ${family} template as ${written.length} CSV files: ${written.join(', ')}\n`);
  return 0;
}
