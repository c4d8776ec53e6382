/** A mistake in how the command was called: reported in one line, exit status 2. */
export class UsageError extends Error {}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
}
