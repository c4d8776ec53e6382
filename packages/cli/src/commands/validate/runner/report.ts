import type { RecordSeen, ReportProblem } from '../check/types.js';

export interface FileReport {
  path: string;
  kind: 'json' | 'ndjson' | 'xlsx' | 'csv';
  records: number;
  invalid: number;
  /** The problems listed (after `--quiet` and `--max-problems`). */
  problems: ReportProblem[];
  /** Problems found in this file but not listed because of the per-record and per-file caps (not --max-problems). */
  capped: number;
  /** Counts of every problem found, listed or not. */
  errors: number;
  warnings: number;
  infos: number;
  seen?: RecordSeen[];
  /** Set while running when the file turned out unreadable; such files are dropped from the report. */
  unreadable?: boolean;
}

export interface Summary {
  files: number;
  records: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

export interface Report {
  ok: boolean;
  strict: boolean;
  summary: Summary;
  files: FileReport[];
  /** Problems found but not listed because of `--max-problems`. */
  unlisted: number;
  maxProblems?: number;
  /** Paths that could not be read (exit status 2). */
  failures: Array<{ path: string; reason: string }>;
}
