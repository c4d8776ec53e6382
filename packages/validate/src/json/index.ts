/**
 * The strict JSON reader: `JSON.parse` that says where things are and what it would have hidden —
 * duplicate keys, integers beyond 2^53, nesting too deep for a stack — with line and column for every value.
 * The CLI reads every file with it and the exchange server reads request bodies with it, so a partner gets
 * the same answer from both.
 *
 * @packageDocumentation
 */
export { parseJson, PARSER_MAX_DEPTH, type JsonIssue, type JsonIssueCode, type ParseOptions, type ParseResult } from './parse.js';
export { fastParse, countMembers } from './fast.js';
export { LineIndex, offsetOf, withAncestors, type LineColumn } from './lines.js';
