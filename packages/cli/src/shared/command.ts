/**
 * How a `gpos` command is declared: once, in `commands/<name>/command.ts`, with its name, summary, options
 * (type, default, help) and a loader for its handler. The argument parser, `gpos --help`, `gpos <name> --help`,
 * the unknown-command message and the docs' CLI page are all derived from these declarations, so they cannot
 * disagree. A declaration imports nothing heavy: the handler (and the stacks it needs) loads only when the
 * command runs.
 */
import { parseArgs } from 'node:util';
import { CliError } from './errors.js';
import type { Io } from './io.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** One-letter alias: `-f` for `--format`. */
  readonly short?: string;
  /** How help shows the value of a string option: `<file>`. */
  readonly value?: string;
  /** What it does, in the words of the help text. The default and the choices are added from the fields below. */
  readonly description: string;
  /** The only values accepted; anything else is a usage error. */
  readonly choices?: readonly string[];
  /** The default, as help shows it (the handler applies it: some defaults depend on other options). */
  readonly default?: string;
  /** Parsed but not listed on its own (the partner of a listed option, e.g. `--progress` beside `--no-progress`). */
  readonly hidden?: boolean;
  /** How help names it when not `-s, --name <value>`: `--color, --no-color`. */
  readonly label?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The value of an option: a boolean, one of its choices, or a string. */
type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S extends { readonly choices: readonly (infer C)[] } ? C : string;

/** What the parser hands a handler: each option's value (undefined when not given) and the other arguments. */
export interface Parsed<O extends OptionSpecs> {
  readonly values: { readonly [K in keyof O]?: ValueOf<O[K]> };
  readonly positionals: string[];
}

/** A command's handler: runs the command and resolves with its exit status (or throws a CliError). */
export type Handler<O extends OptionSpecs> = (args: Parsed<O>, io: Io) => Promise<number>;

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** Other spellings that run the same command (`normalise`). */
  readonly aliases?: readonly string[];
  /** The arguments after the name, as `gpos --help` lists them: `[options] <path...>`. */
  readonly synopsis: string;
  /** Usage lines after `gpos <name> ` when they say more than the synopsis (one per line). */
  readonly usage?: readonly string[];
  /** One line for `gpos --help`. */
  readonly summary: string;
  /** What the command does, in paragraphs, for `gpos <name> --help`. */
  readonly description: string;
  /** Titled blocks between the description and the options (`Paths:`, `Key file:`). */
  readonly sections?: ReadonlyArray<{ readonly title?: string; readonly body: string }>;
  readonly options: O;
  /** The exit statuses, one `[status, meaning]` pair each. */
  readonly exit: ReadonlyArray<readonly [number, string]>;
  /** Said after the exit statuses. */
  readonly notes?: string;
  readonly examples?: readonly string[];
  /** Loads the handler: the only import of the command's implementation. */
  readonly load: () => Promise<Handler<O>>;
}

/** Declares a command; an identity function that keeps the option types for the handler. */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** Help is an option of every command. */
const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };

const or = (items: readonly string[]) => (items.length <= 2 ? items.join(' or ') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** Parses a command's arguments against its declaration; unknown options, missing values and values outside `choices` are usage errors. */
export function parseCommand<O extends OptionSpecs>(spec: CommandSpec<O>, argv: readonly string[]): Parsed<O> & { help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP })) options[name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  const help = values.help === true;
  if (!help) {
    for (const [name, o] of Object.entries(spec.options)) {
      const value = values[name];
      if (o.choices && typeof value === 'string' && !o.choices.includes(value)) throw CliError.usage(`--${name} must be ${o.choices.length > 2 ? 'one of ' : ''}${or(o.choices)}, not '${value}'`);
    }
  }
  delete values.help;
  return { values: values as Parsed<O>['values'], positionals, help };
}

const WIDTH = 116;

/** Wraps text to the help's width, every line after the first indented by `indent` spaces. */
function wrap(text: string, indent: number, first = indent): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const room = WIDTH - (out.length === 0 && line === '' ? first : indent);
      if (line !== '' && line.length + 1 + word.length > room) {
        out.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
  }
  return out.map((l, i) => (i === 0 ? l : `${' '.repeat(indent)}${l}`)).join('\n');
}

/** The flag column of an option: `-f, --format <name>`. */
export function optionLabel(name: string, o: OptionSpec): string {
  if (o.label) return o.label;
  const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}`;
  return o.type === 'string' ? `${flag} ${o.value ?? '<value>'}` : flag;
}

/** An option's help text with its choices and default. */
export function optionText(o: OptionSpec): string {
  const extra: string[] = [];
  if (o.choices && !o.description.includes(o.choices.join(' | '))) extra.push(o.choices.join(' | '));
  if (o.default !== undefined && !o.description.includes('default')) extra.push(`default: ${o.default}`);
  return extra.length ? `${o.description} (${extra.join('; ')})` : o.description;
}

/** The options a command lists in its help, `--help` last. */
export function listedOptions(spec: CommandSpec): Array<[string, OptionSpec]> {
  return [...Object.entries(spec.options).filter(([, o]) => !o.hidden), ['help', HELP]];
}

/** `gpos <name> --help`. */
export function commandHelp(spec: CommandSpec): string {
  const [first, ...more] = spec.usage ?? [spec.synopsis];
  const out = [`Usage: gpos ${spec.name} ${first}`, ...more.map((u) => `       gpos ${spec.name} ${u}`), '', spec.description.trim()];
  for (const section of spec.sections ?? []) out.push('', ...(section.title ? [`${section.title}:`] : []), section.body.replace(/\n+$/, ''));
  const options = listedOptions(spec);
  const column = Math.min(28, Math.max(...options.map(([name, o]) => optionLabel(name, o).length)) + 2);
  out.push('', 'Options:');
  for (const [name, o] of options) {
    const label = `  ${optionLabel(name, o)}`;
    const text = wrap(optionText(o), column + 2);
    out.push(label.length >= column + 2 ? `${label}\n${' '.repeat(column + 2)}${text}` : `${label.padEnd(column + 2)}${text}`);
  }
  out.push('', 'Exit status:');
  for (const [status, meaning] of spec.exit) out.push(`  ${status}  ${wrap(meaning, 5)}`);
  if (spec.notes) out.push('', wrap(spec.notes.trim(), 0));
  if (spec.examples?.length) out.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return `${out.join('\n')}\n`;
}

/** `gpos --help`: every command with its synopsis and summary, in the order given. */
export function mainHelp(commands: readonly CommandSpec[]): string {
  const rows = commands.map((c) => [`gpos ${c.name} ${c.synopsis}`, c.summary] as const);
  const column = Math.max(...rows.map(([left]) => left.length)) + 2;
  return `gpos — the command line of the GPOS Open Scam Data Standard

Usage:
${rows.map(([left, summary]) => `  ${left.padEnd(column)}${summary}`).join('\n')}

Options:
  -h, --help       show help (also: gpos <command> --help)
  -V, --version    print the version

Exit status: 0 all valid · 1 some record or file invalid · 2 usage error, unreadable path or internal failure.
`;
}

/** The unknown-command message, naming every command. */
export function unknownCommand(name: string, commands: readonly CommandSpec[]): string {
  const names = commands.map((c) => c.name);
  return `unknown command '${name}'; the commands are ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
