/** Shapes shared by the checker (which may run in a worker thread), the runner and the reporters. All structured-cloneable. */
import type { ValidationResult } from '@gpos/validate/problem';
import type { ReportProblem, Severity } from '../../../shared/problem.js';

export type { CodeFrame, RecordRef, ReportProblem, Severity } from '../../../shared/problem.js';

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

/** `validate` of `@gpos/validate`, loaded on first use. */
export type ValidateFn = (value: unknown, options: { strict: boolean }) => ValidationResult;
