import { CliError, EXIT, reportError } from './shared/errors.js';
import { visibleLines } from './shared/escape.js';
import type { CommandSpec } from './shared/command.js';
import type { Io } from './shared/io.js';
import { VERSION } from './shared/version.js';

/**
 * Runs the gpos command line; resolves with the exit status. A `CliError` (usage errors included) is reported here
 * as one line with its status; anything else is a bug and propagates (the `gpos` binary reports it, status 2).
 */
export async function main(argv: string[], outer: Io): Promise<number> {
  // every command's messages quote paths and values from the files: none may drive the terminal
  const io: Io = {
    stdout: outer.stdout,
    stderr: (text) => outer.stderr(visibleLines(text)),
    // read through, not copied: the binary finds out whether a stream is a terminal only when a command asks
    get stdoutIsTty() {
      return outer.stdoutIsTty;
    },
    get stderrIsTty() {
      return outer.stderrIsTty;
    },
  };
  const [name, ...rest] = argv;
  // `gpos --version` (what CI scripts call first) reads no declaration: they load below, after it
  if (name === '-V' || name === '--version' || name === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [{ COMMANDS, findCommand }, { commandHelp, mainHelp, parseCommand, unknownCommand }] = await Promise.all([declarations(name), import('./shared/command.js')]);
  try {
    // lets the test suite check how an internal failure is reported; no effect otherwise
    if (process.env.GPOS_TEST_INTERNAL_ERROR === '1') throw new Error('simulated internal failure');
    switch (name) {
      case undefined:
        // no command at all is a usage error: the help goes to stderr, stdout stays empty
        io.stderr(mainHelp(COMMANDS));
        return EXIT.failure;
      case '-h':
      case '--help':
      case 'help':
        if (name === 'help' && rest[0]) return await main([rest[0], '--help'], outer);
        io.stdout(mainHelp(COMMANDS));
        return EXIT.ok;
    }
    const command = findCommand(name);
    if (!command) throw CliError.usage(name.startsWith('-') ? `unknown option '${name}'` : unknownCommand(name, COMMANDS));
    const { help, ...args } = parseCommand(command, rest);
    if (help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await (await command.load())(args, io);
  } catch (error) {
    // a usage error points at the command's help, or at the main help when there is no such command
    const status = reportError(error, name !== undefined && findCommand(name) ? name : undefined, io);
    if (status === undefined) throw error;
    return status;
  }
}

/**
 * The declarations a run reads: `gpos validate` (what CI runs most) its own alone, so that no other command's
 * declaration is built; any other run every command's (help, the unknown-command message, aliases).
 */
export async function declarations(name: string | undefined): Promise<{ COMMANDS: readonly CommandSpec[]; findCommand(name: string): CommandSpec | undefined }> {
  if (name !== 'validate') return import('./commands/index.js');
  const validate = (await import('./commands/validate/command.js')).validate as unknown as CommandSpec;
  return { COMMANDS: [validate], findCommand: (n) => (n === validate.name ? validate : undefined) };
}
