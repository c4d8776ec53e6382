/**
 * The problems of `gpos export` and `gpos import` in the report model of `gpos validate`, so they print in its
 * formats (pretty, json, junit, sarif, github). A loss of @gpos/interop becomes a problem `loss_<code>`; an input
 * the importer refuses becomes `<format>_<code>`; records the reference validator rejects keep its codes.
 */
import { writeFileSync } from 'node:fs';
import { LineIndex, parseJson, withAncestors } from '@gpos/validate/json';
import type { FileReport, Report } from '../../commands/validate/runner/report.js';
import { wantColors } from '../colors.js';
import { CliError } from '../errors.js';
import { MAX_PROBLEMS_PER_FILE } from '../input/limits.js';
import type { Io } from '../io.js';
import type { ReportFormat } from '../options.js';
import { failsRun, type RecordRef, type ReportProblem, type Severity } from '../problem.js';
import type { Doc } from '../records/read.js';
import type { LossCode } from '@gpos/interop';
import type { Loss } from './formats.js';

/**
 * How much each loss matters: a record not carried at all is a warning (valid, but likely not what was meant, and
 * `--strict` fails on it); a field carried another way, or a default applied, is advice.
 */
export const LOSS_SEVERITY: Readonly<Record<LossCode, Severity>> = {
  no_counterpart: 'warning',
  unresolved_reference: 'warning',
  record_incomplete: 'warning',
  pattern_not_mapped: 'warning',
  observable_not_normalized: 'warning',
  property_dropped: 'info',
  text_flattened: 'info',
  pattern_split: 'info',
  tlp_defaulted: 'info',
  object_split: 'info',
  reference_reversed: 'info',
};

/** A loss as a problem: its code prefixed `loss_`, located by the caller. */
export function lossProblem(loss: Loss, pointer: string, record: RecordRef | null): ReportProblem {
  return { severity: LOSS_SEVERITY[loss.code as LossCode] ?? 'warning', code: `loss_${loss.code}`, message: loss.message, pointer, line: null, column: null, record };
}

/** Problems per input file, capped as `gpos validate` caps them, located by line and column in one pass per document. */
export class ProblemLog {
  private readonly files = new Map<string, FileReport>();
  private pending: Array<{ problem: ReportProblem; doc: Doc }> = [];

  file(path: string, kind: 'json' | 'ndjson'): FileReport {
    let file = this.files.get(path);
    if (!file) {
      file = { path, kind, records: 0, invalid: 0, problems: [], capped: 0, errors: 0, warnings: 0, infos: 0 };
      this.files.set(path, file);
    }
    return file;
  }

  /** Counts a problem and lists it unless the file's cap is reached; with `doc`, its line and column are found on `settle`. */
  add(path: string, kind: 'json' | 'ndjson', problem: ReportProblem, doc?: Doc): void {
    const file = this.file(path, kind);
    if (problem.severity === 'error') file.errors++;
    else if (problem.severity === 'warning') file.warnings++;
    else file.infos++;
    if (file.problems.length >= MAX_PROBLEMS_PER_FILE) {
      file.capped++;
      return;
    }
    file.problems.push(problem);
    if (doc) this.pending.push({ problem, doc });
  }

  /** Lines and columns of the problems listed so far, one parse of each document for all of its pointers. */
  settle(): void {
    const byDoc = new Map<Doc, ReportProblem[]>();
    for (const { problem, doc } of this.pending) byDoc.set(doc, [...(byDoc.get(doc) ?? []), problem]);
    this.pending = [];
    for (const [doc, problems] of byDoc) {
      const parsed = parseJson(doc.text, { positions: true, only: withAncestors(problems.map((p) => p.pointer)) });
      const index = new LineIndex(doc.text);
      for (const problem of problems) {
        let offset: number | undefined;
        for (let p = problem.pointer; offset === undefined; p = p.slice(0, p.lastIndexOf('/'))) {
          offset = parsed.positions?.get(p);
          if (p === '') break;
        }
        const where = index.locate(offset ?? 0);
        problem.line = doc.line + where.line - 1;
        problem.column = where.column;
      }
    }
  }

  failing(strict: boolean): boolean {
    // failsRun decides, as for gpos validate: errors always, warnings under --strict, advice never
    return [...this.files.values()].some((f) => (f.errors > 0 && failsRun('error', strict)) || (f.warnings > 0 && failsRun('warning', strict)) || (f.infos > 0 && failsRun('info', strict)));
  }

  report(strict: boolean): Report {
    this.settle();
    const files = [...this.files.values()];
    const sum = (key: 'records' | 'invalid' | 'errors' | 'warnings') => files.reduce((n, f) => n + f[key], 0);
    const summary = { files: files.length, records: sum('records'), valid: sum('records') - sum('invalid'), invalid: sum('invalid'), errors: sum('errors'), warnings: sum('warnings') };
    return { ok: !this.failing(strict), strict, summary, files, unlisted: 0, failures: [] };
  }
}

/**
 * Prints the report: to `--report FILE` when given, else to stderr (stdout carries the converted data). Pretty
 * reports on stderr colour only for a terminal.
 */
export async function printReport(report: Report, options: { format: ReportFormat; file: string | undefined; color: boolean | undefined }, io: Io): Promise<void> {
  const { formatReport } = await import('../../commands/validate/report/format.js');
  const color = options.color ?? (options.file === undefined && wantColors(io.stderrIsTty));
  const text = await formatReport(report, options.format, { color });
  if (options.file === undefined) {
    io.stderr(text);
    return;
  }
  try {
    writeFileSync(options.file, text);
  } catch (error) {
    throw new CliError(`cannot write the report to ${options.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `message (code)` as the file reader writes it: the code, and the message without it. */
function splitCode(text: string, fallback: string): { code: string; message: string } {
  const m = /^(.*) \(([a-z][a-z0-9_]*)\)$/s.exec(text);
  return m ? { code: m[2]!, message: m[1]! } : { code: fallback, message: text };
}

/** A unit of input that is not JSON (or not UTF-8), as the problem `gpos validate` reports for it. */
export function readProblem(error: { line: number; column: number; message: string }): ReportProblem {
  const { code, message } = splitCode(error.message, 'file_encoding');
  return { severity: 'error', code, message, pointer: '', line: error.line, column: error.column, record: null };
}

/** The reader's warnings (`line:column: message (code)`, integers beyond 2^53) as problems. */
export function readWarnings(doc: Doc): ReportProblem[] {
  return doc.warnings.map((w) => {
    const m = /^(\d+):(\d+): (.*)$/s.exec(w);
    const { code, message } = splitCode(m ? m[3]! : w, 'json_unsafe_number');
    return { severity: 'warning', code, message, pointer: '', line: m ? Number(m[1]) : doc.line, column: m ? Number(m[2]) : 1, record: null };
  });
}
