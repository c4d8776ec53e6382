import { MAIN_HELP } from './help.js';
import { UsageError, type Io } from './commands/io.js';
import { MissingPackage } from './optional.js';
import { visibleLines } from './report/escape.js';
import { VERSION } from './version.js';

/** Runs the gpos command line; resolves with the exit status. Usage errors are reported here; anything else propagates. */
export async function main(argv: string[], outer: Io): Promise<number> {
  // every command's messages quote paths and values from the files: none may drive the terminal
  const io: Io = { ...outer, stderr: (text) => outer.stderr(visibleLines(text)) };
  const [command, ...rest] = argv;
  try {
    // lets the test suite check how an internal failure is reported; no effect otherwise
    if (process.env.GPOS_TEST_INTERNAL_ERROR === '1') throw new Error('simulated internal failure');
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        if (command === 'help' && rest[0]) return await main([rest[0], '--help'], outer);
        // no command at all is a usage error: the help goes to stderr, stdout stays empty
        if (command === undefined) {
          io.stderr(MAIN_HELP);
          return 2;
        }
        io.stdout(MAIN_HELP);
        return 0;
      case '-V':
      case '--version':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'validate':
        return await (await import('./commands/validate.js')).validateCommand(rest, io);
      case 'convert':
        return await (await import('./commands/convert.js')).convertCommand(rest, io);
      case 'template':
        return await (await import('./commands/template.js')).templateCommand(rest, io);
      case 'rules':
        return await (await import('./commands/rules.js')).rulesCommand(rest, io);
      case 'explain':
        return await (await import('./commands/rules.js')).explainCommand(rest, io);
      case 'normalize':
      case 'normalise':
        return await (await import('./commands/normalize.js')).normalizeCommand(rest, io);
      case 'pseudonymise':
      case 'pseudonymize':
        return await (await import('./commands/pseudonymise.js')).pseudonymiseCommand(rest, io);
      case 'redact':
        return await (await import('./commands/redact.js')).redactCommand(rest, io);
      case 'sign':
        return await (await import('./commands/sign.js')).signCommand(rest, io);
      case 'verify':
        return await (await import('./commands/sign.js')).verifyCommand(rest, io);
      case 'keygen':
        return await (await import('./commands/keygen.js')).keygenCommand(rest, io);
      case 'serve':
        return await (await import('./commands/serve.js')).serveCommand(rest, io);
      default:
        throw new UsageError(command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'; the commands are validate, convert, template, normalize, pseudonymise, redact, sign, verify, keygen, serve, rules and explain`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`gpos: ${(error as Error).message}\nRun 'gpos ${command && !command.startsWith('-') ? `${command} ` : ''}--help' for usage.\n`);
      return 2;
    }
    if (error instanceof MissingPackage) {
      io.stderr(`gpos: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
