/** Where a command writes: the report (stdout) and messages (stderr), and whether each is a terminal. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
}
