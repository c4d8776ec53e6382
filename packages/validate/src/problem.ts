/**
 * How serious a problem is.
 * - `error`: the data breaks the standard; the record (and the file) is invalid.
 * - `warning`: valid, but likely wrong or unsafe; fails only under `strict`.
 * - `info`: advice; never fails.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Which record a problem belongs to, when the value validated holds several. */
export interface ProblemRecord {
  /** Position of the record in the array or in the bundle's `records`. */
  readonly index?: number;
  /** The record's `id`, when it has a string one. */
  readonly id?: string;
  /** The record's `type`, when it has a string one. */
  readonly type?: string;
}

/** One thing wrong (or worth a look) in the data. */
export interface Problem {
  readonly severity: Severity;
  /** A stable snake_case code: `schema_*` for schema checks, a rule code otherwise. Safe to match on. */
  readonly code: string;
  /** One line a data steward understands: what is wrong and how to fix it. */
  readonly message: string;
  /** RFC 6901 JSON Pointer to the offending value, from the root of the value that was validated (`""` is the root). */
  readonly pointer: string;
  /** The record the problem was found in, when the value validated is an array or a bundle. */
  readonly record?: ProblemRecord;
}

/** What `validate()` found. */
export interface ValidationResult {
  /** False when there is any error, or any warning under `strict`. */
  readonly valid: boolean;
  /** Every problem found, in document order per record: schema problems first, then rule problems. */
  readonly problems: readonly Problem[];
  /** How many records were checked (a bundle counts its records, not itself). */
  readonly records: number;
}

/** Thrown by `assertValid()`; carries every problem found. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(first ? `${first.pointer || '/'}: ${first.message}${more}` : 'invalid GPOS data');
    this.problems = problems;
  }
}

/** The severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Whether a problem of this severity fails a run: every error does, a warning only under `strict` (as
 * `gpos validate --strict` asks), advice never. The one place this is decided: the validator's `valid`, the
 * CLI's exit status, its `--quiet` filter and every report format ask here.
 */
export function failsRun(severity: Severity, strict: boolean): boolean {
  return severity === 'error' || (strict && severity === 'warning');
}

/** Whether `problems` make the data invalid. */
export function failing(problems: readonly Pick<Problem, 'severity'>[], strict: boolean): boolean {
  return problems.some((p) => failsRun(p.severity, strict));
}
