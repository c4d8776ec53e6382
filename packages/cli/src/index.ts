/**
 * `@gpos/cli` as a library: the `gpos` command's entry point. The position-aware JSON parser it reads files
 * with lives in `@gpos/validate/json`; it is re-exported here so code written against earlier versions keeps working.
 *
 * @packageDocumentation
 */
export { main } from './main.js';
export type { Io } from './shared/io.js';
export { CliError, EXIT, type CliErrorKind, type ExitStatus } from './shared/errors.js';
export {
  LineIndex,
  offsetOf,
  parseJson,
  PARSER_MAX_DEPTH,
  type JsonIssue,
  type JsonIssueCode,
  type LineColumn,
  type ParseOptions,
  type ParseResult,
} from '@gpos/validate/json';
export type { ReportProblem, RecordRef, Severity } from './commands/validate/check/types.js';
export type { JsonReport } from './commands/validate/report/json.js';
