import type { Args as ValidateArgs } from './command.js';
import { writeFileSync } from 'node:fs';
import { loadExtensionSources } from './check/extensions.js';
import { loadValidator } from './check/validator.js';
import { expand } from '../../shared/input/expand.js';
import { CAPS_NOTE } from '../../shared/input/limits.js';
import { wantColors } from '../../shared/colors.js';
import { visible } from '../../shared/escape.js';
import { progressBar } from './runner/progress.js';
import type { Report } from './runner/report.js';
import { runValidation } from './runner/validate.js';
import { formatReport } from './report/format.js';
import { CliError } from '../../shared/errors.js';
import { completionOf } from '../../shared/sheets/complete.js';
import { type Io } from '../../shared/io.js';

/** Inputs above this size get a progress bar on a terminal. */
const PROGRESS_THRESHOLD = 4 * 1024 * 1024;

function count(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw CliError.usage(`--${name} needs a whole number, not '${raw}'`);
  return Number(raw);
}

export async function run({ values, positionals }: ValidateArgs, io: Io): Promise<number> {
  // --format, --stdin-format and --family were checked against their choices by the parser
  const format = values.format ?? 'pretty';
  const stdinFormat = values['stdin-format'] ?? 'auto';
  const family = values.family;
  const maxProblems = count('max-problems', values['max-problems']);
  const workers = count('workers', values.workers);
  if (positionals.length === 0) throw CliError.usage('give at least one file, folder or glob to validate, or - for standard input');
  if (values.output === '') throw CliError.usage('--output needs a file name');

  const completion = completionOf(values);

  if (values.extensions === '') throw CliError.usage('--extensions needs a folder of extension schemas');
  const extensions = values.extensions !== undefined ? await loadExtensionSources(values.extensions) : [];

  const expansion = await expand(positionals, process.cwd(), { followSymlinks: values['follow-symlinks'] ?? false });
  for (const note of expansion.notes) io.stderr(`gpos: ${visible(note)}\n`);

  if (completion && expansion.sources.length > 0 && !expansion.sources.some((s) => s.kind === 'xlsx' || s.kind === 'csv'))
    throw CliError.usage('--assign-ids and --normalize complete records read from spreadsheets; none of these inputs is one (for records files, run gpos normalize)');
  const total = expansion.sources.reduce((sum, s) => sum + s.size, 0);
  const showProgress = !values['no-progress'] && (values.progress || (total > PROGRESS_THRESHOLD && io.stderrIsTty));
  const bar = showProgress ? progressBar(process.stderr) : undefined;
  let report: Report;
  try {
    report = await runValidation(
      expansion.sources,
      {
        strict: values.strict ?? false,
        quiet: values.quiet ?? false,
        ...(maxProblems !== undefined ? { maxProblems } : {}),
        frames: format === 'pretty',
        listRecords: format === 'junit',
        workers: workers ?? 'auto',
        stdinFormat,
        ...(family !== undefined ? { family } : {}),
        ...(completion ? { completion } : {}),
        ...(bar ? { onProgress: bar.update } : {}),
        ...(extensions.length > 0 ? { extensions } : {}),
      },
      () => loadValidator(extensions),
    );
  } finally {
    bar?.clear();
  }
  report.failures.unshift(...expansion.failures);
  if (report.failures.length) report.ok = false;

  const color = values['no-color'] ? false : values.color ? true : values.output === undefined && wantColors(io.stdoutIsTty);
  const text = await formatReport(report, format, { color });
  if (values.output !== undefined) {
    try {
      writeFileSync(values.output, text);
    } catch (error) {
      throw new CliError(`cannot write the report to ${values.output}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else io.stdout(text);

  for (const failure of report.failures) io.stderr(`gpos: cannot read ${visible(failure.path)}: ${visible(failure.reason)}\n`);
  if (format !== 'pretty' && format !== 'github') {
    for (const file of report.files) if (file.capped > 0) io.stderr(`gpos: ${file.capped} more problems in ${visible(file.path)} not listed (${CAPS_NOTE})\n`);
  }
  if (report.unlisted > 0 && format !== 'pretty' && format !== 'github') {
    io.stderr(`gpos: stopped listing after ${maxProblems} problems (--max-problems); ${report.unlisted} more not listed\n`);
  }
  if (report.failures.length) return 2;
  return report.ok ? 0 : 1;
}
