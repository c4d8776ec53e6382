/**
 * What `gpos` holds in memory at once, in one place: each limit turns a hostile or accidental input into a clear
 * refusal (exit status 2) instead of an out-of-memory crash. Documented in the README ("Limits").
 */
import { CliError } from '../errors.js';
import { count } from '../count.js';

/** A .json file is parsed whole (a bundle cannot be checked in pieces); larger data belongs in NDJSON, which streams. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;
/** One NDJSON line is held whole; no GPOS record comes near it. */
export const MAX_LINE_BYTES = 128 * 1024 * 1024;
/** Problems listed for one record and for one file; the summary still counts every problem. */
export const MAX_PROBLEMS_PER_RECORD = 100;
export const MAX_PROBLEMS_PER_FILE = 1000;

/** Thrown when an input breaks a limit: the file is refused, the message says which limit and what to do. */
export class InputTooLarge extends CliError {
  override readonly name = 'InputTooLarge';
  constructor(message: string) {
    super(message, 'unavailable');
  }
}

const mb = (bytes: number) => `${count(Math.round(bytes / 1024 / 1024))} MB`;

export function jsonTooLarge(size: number): string {
  return `the file is ${mb(size)}, over the limit of ${mb(MAX_JSON_BYTES)} for a .json file, which is read whole; write large data as NDJSON (one record a line), which is streamed`;
}

export function lineTooLong(line: number): string {
  return `line ${count(line)} is longer than ${mb(MAX_LINE_BYTES)}, the limit for one NDJSON line; no GPOS record is that large`;
}

/** Said wherever problems were left out by the caps above. */
export const CAPS_NOTE = `at most ${count(MAX_PROBLEMS_PER_RECORD)} a record and ${count(MAX_PROBLEMS_PER_FILE)} a file are listed; the summary counts them all`;
