import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TEMPLATE_HELP } from '../help.js';
import { FAMILIES, isFamily } from '../sheets/families.js';
import { needs } from '../optional.js';
import { UsageError, type Io } from './io.js';

/** `gpos template`: an empty workbook (or CSV files) to fill in, generated from the schema. */
export async function templateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      family: { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(TEMPLATE_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'; name the file with --output`);
  const family = values.family;
  if (family === undefined) throw new UsageError(`say which records the template is for: --family ${FAMILIES.join('|')}`);
  if (!isFamily(family)) throw new UsageError(`--family must be one of ${FAMILIES.join(', ')}, not '${family}'`);
  const format = values.format ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--format must be xlsx or csv, not '${format}'`);
  const output = values.output ?? (format === 'xlsx' ? `gpos-${family}-template.xlsx` : `gpos-${family}-template`);
  if (output === '') throw new UsageError('--output needs a file or folder name');
  // a filled-in template is someone's work: never overwrite one without being asked
  if (existsSync(output) && !values.force && (format === 'xlsx' || !statSync(output).isDirectory())) {
    throw new UsageError(`${output} already exists; choose another --output or add --force to replace it`);
  }

  const tabular = await needs('@gpos/tabular', () => import('@gpos/tabular'));
  const { writeAtomic } = await import('../convert/output.js');
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
    if (existsSync(file) && !values.force) throw new UsageError(`${file} already exists; choose another --output or add --force to replace it`);
    await writeAtomic(file, tabular.writeCsvSheet(sheet));
    written.push(file);
  }
  io.stderr(`gpos: wrote the ${family} template as ${written.length} CSV files: ${written.join(', ')}\n`);
  return 0;
}
