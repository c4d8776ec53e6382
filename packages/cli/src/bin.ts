import { main } from './main.js';
import { internalFailure } from './shared/errors.js';

// a closed pipe (gpos validate … | head) is not an error worth a stack trace
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const debug = process.env.GPOS_DEBUG !== undefined && process.env.GPOS_DEBUG !== '' && process.env.GPOS_DEBUG !== '0';
    const { message, status } = internalFailure(error, debug);
    process.stderr.write(message);
    process.exitCode = status;
  },
);
