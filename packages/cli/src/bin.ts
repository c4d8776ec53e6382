import { main } from './cli.js';
import { visible } from './report/escape.js';

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
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`gpos: internal error: ${visible(message)}\nThis is a bug in gpos; please report it with the command you ran${debug ? '' : ' (set GPOS_DEBUG=1 for details)'}.\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);
