import type { ReportProblem } from '../check/types.js';
import type { Report } from '../runner/report.js';
import { cellLabel } from '../../../shared/sheets/label.js';
import { colors as makeColors } from '../../../shared/colors.js';
import { CAPS_NOTE } from '../../../shared/input/limits.js';
import { frameLine, visible } from '../../../shared/escape.js';
import { failsRun } from '../../../shared/problem.js';
import { count } from '../../../shared/count.js';

const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** Human report: problems grouped by file, a short code frame for JSON files, a one-line summary. */
export function formatPretty(report: Report, options: { color: boolean }): string {
  const c = makeColors(options.color);
  const out: string[] = [];
  const severityLabel = (p: ReportProblem) =>
    p.severity === 'error' ? c.red('error  ') : p.severity === 'warning' ? (failsRun(p.severity, report.strict) ? c.red('warning') : c.yellow('warning')) : c.cyan('info   ');
  for (const file of report.files) {
    if (file.problems.length === 0) continue;
    out.push(c.bold(c.cyan(visible(file.path))));
    for (const p of file.problems) {
      const cell = cellLabel(p);
      if (cell !== undefined) out.push(`  ${severityLabel(p)}  ${c.bold(visible(cell))}: ${visible(p.message)}  ${c.dim(visible(p.code))}`);
      else {
        const where = p.line !== null ? `${p.line}:${p.column ?? 1}` : '';
        out.push(`  ${c.dim(where.padEnd(8))} ${severityLabel(p)}  ${visible(p.message)}  ${c.dim(visible(p.code))}`);
      }
      const context: string[] = [];
      if (p.pointer) context.push(p.pointer);
      if (p.record?.id) context.push(p.record.id);
      else if (p.record?.index !== undefined && file.kind !== 'ndjson') context.push(`record ${p.record.index}`);
      if (context.length) out.push(`  ${' '.repeat(8)} ${c.dim(`at ${visible(context.join(' · '))}`)}`);
      if (p.frame) {
        const width = String(p.frame.start + p.frame.lines.length - 1).length;
        p.frame.lines.forEach((text, k) => {
          const n = p.frame!.start + k;
          const last = k === p.frame!.lines.length - 1;
          out.push(`  ${last ? c.red('>') : ' '} ${c.dim(`${String(n).padStart(width)} |`)} ${frameLine(text)}`);
        });
        out.push(`    ${' '.repeat(width)} ${c.dim('|')} ${' '.repeat(Math.max(0, p.frame.caret - 1))}${c.red('^')}`);
      }
    }
    if (file.capped > 0) out.push(c.yellow(`  … ${plural(file.capped, 'more problem')} in this file not listed (${CAPS_NOTE})`));
    out.push('');
  }
  if (report.unlisted > 0) out.push(c.yellow(`… ${plural(report.unlisted, 'more problem')} not listed (--max-problems ${report.maxProblems ?? 0})`), '');
  const s = report.summary;
  const counts = `${plural(s.files, 'file')}, ${plural(s.records, 'record')} (${count(s.valid)} valid, ${count(s.invalid)} invalid)`;
  const found = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`;
  if (report.ok) out.push(`${c.green('✔')} ${counts}; ${found}`);
  else out.push(`${c.red('✖')} ${counts}; ${found}${report.failures.length ? `; ${plural(report.failures.length, 'path')} could not be read` : ''}`);
  return `${out.join('\n')}\n`;
}
