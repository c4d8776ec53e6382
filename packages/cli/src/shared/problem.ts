/**
 * A problem as gpos reports it: the problem model of `@gpos/validate` (severity, code, message, JSON Pointer,
 * record; `failsRun` decides whether it fails the run) placed in a file, by line and column, and for spreadsheets
 * by sheet, row and column heading. Every report format, `gpos rules` and the spreadsheet checks use it.
 */
import type { Problem } from '@gpos/validate/problem';

export { failsRun, type Severity } from '@gpos/validate/problem';

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

/** The validator's own fields, writable while a report is assembled (caps, spreadsheet cells). */
type ModelFields = { -readonly [K in 'severity' | 'code' | 'message']: Problem[K] };

export interface ReportProblem extends ModelFields {
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

