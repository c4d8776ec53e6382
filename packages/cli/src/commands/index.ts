/**
 * Every `gpos` command, in the order `gpos --help` lists them. A command is a folder, `commands/<name>/`, whose
 * `command.ts` declares it (name, summary, options) and whose `run.ts` does the work; add one here to add it to
 * the parser, the help and the docs. Declarations import nothing heavy.
 */
import type { CommandSpec } from '../shared/command.js';
import { convert } from './convert/command.js';
import { explain } from './explain/command.js';
import { exportCommand } from './export/command.js';
import { importCommand } from './import/command.js';
import { keygen } from './keygen/command.js';
import { normalize } from './normalize/command.js';
import { pseudonymise } from './pseudonymise/command.js';
import { redact } from './redact/command.js';
import { rules } from './rules/command.js';
import { serve } from './serve/command.js';
import { sign } from './sign/command.js';
import { template } from './template/command.js';
import { validate } from './validate/command.js';
import { verify } from './verify/command.js';

export const COMMANDS: readonly CommandSpec[] = [validate, convert, exportCommand, importCommand, template, normalize, pseudonymise, redact, sign, verify, keygen, serve, rules, explain] as never;

/** The command a name (or an alias) runs. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}
