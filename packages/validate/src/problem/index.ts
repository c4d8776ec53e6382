/**
 * The problem model of the GPOS tools, with no validator attached: what a problem is (severity, code, message,
 * JSON Pointer, record) and whether it fails a run. Light enough to import anywhere — `gpos` reports, tabular
 * checks and docs use it without loading the compiled schemas that `@gpos/validate` itself brings.
 *
 * @packageDocumentation
 */
export { failing, failsRun, SEVERITIES, type Problem, type ProblemRecord, type Severity, type ValidationResult } from '../problem.js';
