import { main } from './main.js';
import { output } from './output.js';
import { internalFailure } from './shared/errors.js';

// a closed pipe (gpos validate … | head) is not an error worth a stack trace
const closedPipe = () => process.exit(process.exitCode ?? 0);
const stdout = output(1, () => process.stdout.on('error', (error: NodeJS.ErrnoException) => void (error.code === 'EPIPE' && closedPipe())), closedPipe);
const stderr = output(2, () => process.stderr);

main(process.argv.slice(2), {
  stdout: (text) => stdout.write(text),
  stderr: (text) => stderr.write(text),
  // read only when a command asks, so that a run that never asks never builds Node's stream
  get stdoutIsTty() {
    return stdout.isTty;
  },
  get stderrIsTty() {
    return stderr.isTty;
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const debug = process.env.GPOS_DEBUG !== undefined && process.env.GPOS_DEBUG !== '' && process.env.GPOS_DEBUG !== '0';
    const { message, status } = internalFailure(error, debug);
    stderr.write(message);
    process.exitCode = status;
  },
);
