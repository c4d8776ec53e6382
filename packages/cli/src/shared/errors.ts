/**
 * The one error type of the `gpos` command and the one table of exit statuses (the README's contract):
 * 0 every record valid, 1 some record or file invalid, 2 a usage error, something that cannot be read or written,
 * or an internal failure. Commands throw a `CliError`; `main` turns it into its message and status here.
 */
import { visible } from './escape.js';
import type { Io } from './io.js';

export const EXIT = {
  /** Every record valid; the job done. */
  ok: 0,
  /** Some record or file is invalid (syntax and encoding errors included), or some value could not be processed. */
  invalid: 1,
  /** Usage error, a path or key that cannot be read or written, a missing optional package, an internal failure. */
  failure: 2,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/**
 * Why a command stopped:
 * - `usage`: how it was called (unknown option, missing argument, a bad value); the message adds where to find help;
 * - `unavailable`: something it needs cannot be had (a file, a key, an optional package, the output);
 * - `invalid`: the input itself is invalid, so there is nothing to go on with.
 */
export type CliErrorKind = 'usage' | 'unavailable' | 'invalid';

/** A failure the user can act on: one line on stderr, never a stack trace. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    message: string,
    readonly kind: CliErrorKind = 'unavailable',
  ) {
    super(message);
  }

  /** A mistake in how the command was called. */
  static usage(message: string): CliError {
    return new CliError(message, 'usage');
  }

  get status(): ExitStatus {
    return this.kind === 'invalid' ? EXIT.invalid : EXIT.failure;
  }
}

/** Node's own argument parser reports unknown options and missing values with these codes: usage errors too. */
function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && (error as unknown as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

/**
 * Writes what a failed command has to say and returns its exit status: a `CliError` (or a parse error of Node's
 * argument parser) as one line, a usage error with where to find help. Anything else is not handled here (the
 * caller reports it as an internal failure with {@link internalFailure}).
 */
export function reportError(error: unknown, command: string | undefined, io: Io): ExitStatus | undefined {
  if (error instanceof CliError && error.kind !== 'usage') {
    io.stderr(`gpos: ${error.message}\n`);
    return error.status;
  }
  if ((error instanceof CliError && error.kind === 'usage') || isParseArgsError(error)) {
    io.stderr(`gpos: ${error.message}\nRun 'gpos ${command && !command.startsWith('-') ? `${command} ` : ''}--help' for usage.\n`);
    return EXIT.failure;
  }
  return undefined;
}

/** The message for a failure gpos did not expect (a bug): one line and a request to report it; the stack on demand. */
export function internalFailure(error: unknown, debug: boolean): { message: string; status: ExitStatus } {
  const text = error instanceof Error ? error.message : String(error);
  let message = `gpos: internal error: ${visible(text)}\nThis is a bug in gpos; please report it with the command you ran${debug ? '' : ' (set GPOS_DEBUG=1 for details)'}.\n`;
  if (debug && error instanceof Error && error.stack) message += `${error.stack}\n`;
  return { message, status: EXIT.failure };
}

/** What went wrong reading or writing a path, in words (the errno code otherwise). */
export function readErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
