import type { ReportProblem } from '../check/types.js';
import type { FileReport, Report } from '../runner/report.js';
import { cellLabel } from '../../../shared/sheets/label.js';
import { failsRun } from '../../../shared/problem.js';

// characters XML 1.0 cannot carry at all, even escaped: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF;
// and those it can but a CI log viewer or terminal would act on (DEL, C1 controls, bidirectional overrides)
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element; characters XML cannot hold become \uXXXX. */
export function xml(s: string): string {
  return s
    .replace(NOT_XML, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Element text keeps line breaks readable; only markup characters are escaped. */
function xmlText(s: string): string {
  return xml(s).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

function where(p: ReportProblem): string {
  const cell = cellLabel(p);
  if (cell !== undefined) return ` at ${cell}`;
  return p.line !== null ? ` at line ${p.line}, column ${p.column ?? 1}` : '';
}

const describe = (p: ReportProblem) => `${p.severity} ${p.code}${where(p)}${p.pointer ? ` (${p.pointer})` : ''}: ${p.message}`;

function testcases(file: FileReport, strict: boolean): string[] {
  const out: string[] = [];
  const byRecord = new Map<number, ReportProblem[]>();
  const loose: ReportProblem[] = [];
  // a child sheet's CSV file holds no records of its own: its problems belong to records listed in another file
  const listed = new Set((file.seen ?? []).map((r) => r.index));
  for (const p of file.problems) {
    const i = p.record?.index;
    if (i === undefined || (file.seen !== undefined && !listed.has(i))) loose.push(p);
    else {
      const list = byRecord.get(i);
      if (list) list.push(p);
      else byRecord.set(i, [p]);
    }
  }
  const fails = (p: ReportProblem) => failsRun(p.severity, strict);
  const emit = (name: string, problems: readonly ReportProblem[], failed: boolean) => {
    const failing = problems.filter(fails);
    const other = problems.filter((p) => !fails(p));
    const open = `    <testcase classname="${xml(file.path)}" name="${xml(name)}"`;
    if (!failed && other.length === 0) {
      out.push(`${open}/>`);
      return;
    }
    out.push(`${open}>`);
    if (failed) {
      const first = failing[0];
      const message = first ? `${first.code}: ${first.message}` : 'invalid (problems not listed: --max-problems)';
      out.push(`      <failure message="${xml(message)}" type="${xml(first?.code ?? 'invalid')}">${xmlText(failing.map(describe).join('\n'))}</failure>`);
    }
    if (other.length) out.push(`      <system-out>${xmlText(other.map(describe).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  };
  if (loose.length || file.records === 0) emit('file', loose, loose.some(fails));
  for (const r of file.seen ?? []) {
    const label = file.kind === 'ndjson' ? `line ${r.line ?? '?'}` : file.kind === 'json' || r.line === null ? `record ${r.index}` : `row ${r.line}`;
    emit(r.id ? `${label} (${r.id})` : label, byRecord.get(r.index) ?? [], r.failed);
  }
  return out;
}

/** JUnit XML: one testsuite per file, one testcase per record (and one for problems outside any record). */
export function formatJunit(report: Report): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const cases = testcases(file, report.strict);
    const count = cases.filter((l) => l.startsWith('    <testcase')).length;
    const failed = cases.filter((l) => l.startsWith('      <failure')).length;
    tests += count;
    failures += failed;
    suites.push(`  <testsuite name="${xml(file.path)}" tests="${count}" failures="${failed}" errors="0" skipped="0">`, ...cases, '  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gpos validate" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
