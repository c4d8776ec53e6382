/**
 * `@gpos/cli` as a library: the `gpos` command's entry point and the position-aware JSON parser it uses.
 *
 * @packageDocumentation
 */
export { main } from './cli.js';
export type { Io } from './commands/io.js';
export { parseJson, PARSER_MAX_DEPTH, type JsonIssue, type JsonIssueCode, type ParseOptions, type ParseResult } from './json/parse.js';
export { LineIndex, offsetOf, type LineColumn } from './json/lines.js';
export type { ReportProblem, RecordRef, Severity } from './check/types.js';
export type { JsonReport } from './report/json.js';
