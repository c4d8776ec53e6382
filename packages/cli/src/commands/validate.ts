import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadExtensionSources } from '../check/extensions.js';
import { loadValidator } from '../check/validator.js';
import { VALIDATE_HELP } from '../help.js';
import { expand } from '../input/expand.js';
import { CAPS_NOTE } from '../input/limits.js';
import { wantColors } from '../report/colors.js';
import { visible } from '../report/escape.js';
import { progressBar } from '../run/progress.js';
import type { Report } from '../run/report.js';
import { runValidation } from '../run/validate.js';
import { VERSION } from '../version.js';
import { UsageError, type Io } from './io.js';
import { FAMILIES, isFamily } from '../sheets/families.js';

const FORMATS = ['pretty', 'json', 'junit', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** Inputs above this size get a progress bar on a terminal. */
const PROGRESS_THRESHOLD = 4 * 1024 * 1024;

function count(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} needs a whole number, not '${raw}'`);
  return Number(raw);
}

export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      strict: { type: 'boolean' },
      'max-problems': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string' },
      'stdin-format': { type: 'string' },
      family: { type: 'string' },
      'follow-symlinks': { type: 'boolean' },
      extensions: { type: 'string' },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const format = (values.format ?? 'pretty') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}'; choose one of ${FORMATS.join(', ')}`);
  const stdinFormat = values['stdin-format'] ?? 'auto';
  if (stdinFormat !== 'auto' && stdinFormat !== 'json' && stdinFormat !== 'ndjson') throw new UsageError(`--stdin-format must be auto, json or ndjson, not '${stdinFormat}'`);
  const family = values.family;
  if (family !== undefined && !isFamily(family)) throw new UsageError(`--family must be one of ${FAMILIES.join(', ')}, not '${family}'`);
  const maxProblems = count('max-problems', values['max-problems']);
  const workers = count('workers', values.workers);
  if (positionals.length === 0) throw new UsageError('give at least one file, folder or glob to validate, or - for standard input');
  if (values.output === '') throw new UsageError('--output needs a file name');

  if (values.extensions === '') throw new UsageError('--extensions needs a folder of extension schemas');
  const extensions = values.extensions !== undefined ? await loadExtensionSources(values.extensions) : [];

  const expansion = await expand(positionals, process.cwd(), { followSymlinks: values['follow-symlinks'] ?? false });
  for (const note of expansion.notes) io.stderr(`gpos: ${visible(note)}\n`);

  const total = expansion.sources.reduce((sum, s) => sum + s.size, 0);
  const showProgress = !values['no-progress'] && (values.progress || (io.stderrIsTty && total > PROGRESS_THRESHOLD));
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

  let text: string;
  switch (format) {
    case 'json':
      text = (await import('../report/json.js')).formatJson(report);
      break;
    case 'junit':
      text = (await import('../report/junit.js')).formatJunit(report);
      break;
    case 'sarif': {
      const { loadCatalog } = await import('../rules/catalog.js');
      text = (await import('../report/sarif.js')).formatSarif(report, await loadCatalog(), VERSION);
      break;
    }
    case 'github':
      text = (await import('../report/github.js')).formatGithub(report);
      break;
    default: {
      const color = values['no-color'] ? false : values.color ? true : values.output === undefined && wantColors(io.stdoutIsTty);
      text = (await import('../report/pretty.js')).formatPretty(report, { color });
    }
  }
  if (values.output !== undefined) {
    try {
      writeFileSync(values.output, text);
    } catch (error) {
      io.stderr(`gpos: cannot write the report to ${values.output}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
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
