import type { Report } from '../runner/report.js';
import { cellLabel } from '../../../shared/sheets/label.js';
import { CAPS_NOTE } from '../../../shared/input/limits.js';
import { visible } from '../../../shared/escape.js';
import { failsRun } from '../../../shared/problem.js';

/** Escapes the message part of a workflow command (as @actions/core's escapeData), and every other control character. */
export function escapeData(s: string): string {
  return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value of a workflow command (as @actions/core's escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the file and line. */
export function formatGithub(report: Report): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const p of file.problems) {
      const command = p.severity === 'error' ? 'error' : p.severity === 'warning' ? (failsRun(p.severity, report.strict) ? 'error' : 'warning') : 'notice';
      const props = [`file=${escapeProperty(file.path)}`];
      // a workbook has no lines to annotate; a CSV row is (nearly always) its line
      if (p.line !== null && file.kind !== 'xlsx') props.push(`line=${p.line}`);
      if (p.column !== null && p.sheet === undefined) props.push(`col=${p.column}`);
      props.push(`title=${escapeProperty(p.code)}`);
      const inRecord = [p.pointer, p.record?.id].filter(Boolean).join(' in ');
      const where = [cellLabel(p), inRecord].filter(Boolean).join('; ');
      out.push(`::${command} ${props.join(',')}::${escapeData(where ? `${p.message} (at ${where})` : p.message)}`);
    }
    if (file.capped > 0) out.push(`gpos: ${file.capped} more problems in ${visible(file.path)} not listed (${CAPS_NOTE})`);
  }
  const s = report.summary;
  if (report.unlisted > 0) out.push(`gpos: ${report.unlisted} more problems not listed (--max-problems ${report.maxProblems ?? 0})`);
  out.push(`gpos: ${s.files} files, ${s.records} records (${s.valid} valid, ${s.invalid} invalid); ${s.errors} errors, ${s.warnings} warnings`);
  return `${out.join('\n')}\n`;
}
