import type { ReportProblem } from '../../../shared/problem.js';
import type { Report } from '../runner/report.js';

/** The `--format json` report: exactly the shape described by `schemas/report.schema.json`. */
export interface JsonReport {
  ok: boolean;
  summary: { files: number; records: number; valid: number; invalid: number; errors: number; warnings: number };
  files: Array<{
    path: string;
    records: number;
    invalid: number;
    /** A problem as the report model holds it, without the code frame the human formats print. */
    problems: Array<Omit<ReportProblem, 'frame'>>;
  }>;
}

export function toJsonReport(report: Report): JsonReport {
  return {
    ok: report.ok,
    summary: { ...report.summary },
    files: report.files.map((f) => ({
      path: f.path,
      records: f.records,
      invalid: f.invalid,
      problems: f.problems.map((p) => ({
        severity: p.severity,
        code: p.code,
        message: p.message,
        pointer: p.pointer,
        line: p.line,
        column: p.column,
        record: p.record,
        ...(p.sheet !== undefined ? { sheet: p.sheet } : {}),
        ...(p.row !== undefined ? { row: p.row } : {}),
        ...(p.column_heading !== undefined ? { column_heading: p.column_heading } : {}),
      })),
    })),
  };
}

export function formatJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
