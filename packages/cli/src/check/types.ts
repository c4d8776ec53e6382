/** Shapes shared by the checker (which may run in a worker thread), the runner and the reporters. All structured-cloneable. */

export type Severity = 'error' | 'warning' | 'info';

/** Which record a problem belongs to. `index` counts records from 0 in the file (array item, bundle record or NDJSON record). */
export interface RecordRef {
  index?: number;
  id?: string;
  type?: string;
}

/** A few lines of source around a problem, for the pretty report's code frame. */
export interface CodeFrame {
  /** Line number of `lines[0]`. */
  readonly start: number;
  readonly lines: string[];
  /** Column of the caret under the last line (the problem's column, shifted when a long line was cut). */
  readonly caret: number;
}

export interface ReportProblem {
  severity: Severity;
  code: string;
  message: string;
  /** JSON Pointer, relative to the file's root value in a .json file and to the record in an NDJSON file. */
  pointer: string;
  line: number | null;
  column: number | null;
  record: RecordRef | null;
  /** Spreadsheets only: the sheet (a CSV file's name without `.csv`), its 1-based row and the column's heading as written. `line` and `column` then hold the row and the 1-based column number. */
  sheet?: string;
  row?: number;
  column_heading?: string;
  frame?: CodeFrame;
}

/** Problems found but not listed, by severity. */
export interface Unlisted {
  errors: number;
  warnings: number;
  infos: number;
}

/** A record seen, for reports that list every record (JUnit). */
export interface RecordSeen {
  index: number;
  line: number | null;
  id?: string;
  type?: string;
  failed: boolean;
}

/** What checking one .json file or one batch of NDJSON lines found. */
export interface ChunkResult {
  records: number;
  invalid: number;
  /** The problems listed: at most MAX_PROBLEMS_PER_RECORD a record and MAX_PROBLEMS_PER_FILE in all. */
  problems: ReportProblem[];
  /** Problems found beyond those caps: counted, not listed. */
  unlisted?: Unlisted;
  seen?: RecordSeen[];
}

export interface CheckOptions {
  readonly strict: boolean;
  /** Attach code frames to problems (pretty report). */
  readonly frames: boolean;
  /** List every record (JUnit report). */
  readonly listRecords: boolean;
}

/** The part of `@gpos/validate`'s result the checker uses. */
export interface ValidatorResult {
  readonly problems: ReadonlyArray<{
    readonly severity: Severity;
    readonly code: string;
    readonly message: string;
    readonly pointer: string;
    readonly record?: { readonly index?: number; readonly id?: string; readonly type?: string };
  }>;
  readonly records?: number;
}

export type ValidateFn = (value: unknown, options: { strict: boolean }) => ValidatorResult;
