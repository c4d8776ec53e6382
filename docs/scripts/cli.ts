/**
 * The CLI reference page, generated from the command declarations (`packages/cli/src/commands/<name>/command.ts`)
 * that the `gpos` parser and its `--help` use too, so the page, the parser and the help never disagree.
 */
import { COMMANDS } from '../../packages/cli/src/commands/index.js';
import { commandHelp, listedOptions, mainHelp, optionLabel, optionText } from '../../packages/cli/src/shared/command.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The markdown of docs/cli/index.md. */
export function cliPage(banner: string): string {
  const lines = ['---', 'title: The gpos command', '---', '', banner, '', '# The `gpos` command', ''];
  lines.push(
    'Install it with `npm install --save-dev @gpos/cli` (or run it once with `npx @gpos/cli`). Every command prints this text with `--help`;',
    'problems go to the report on stdout, diagnostics to stderr, and the exit status is 0 (all valid), 1 (something invalid) or 2 (usage error, unreadable path or internal failure).',
    '',
    '```text',
    mainHelp(COMMANDS).trimEnd(),
    '```',
    '',
  );
  for (const command of COMMANDS) {
    lines.push(`## gpos ${command.name} {#${command.name}}`, '');
    if (command.aliases?.length) lines.push(`Also spelled ${command.aliases.map((a) => `\`gpos ${a}\``).join(', ')}.`, '');
    lines.push('| option | value | |', '| --- | --- | --- |');
    for (const [name, option] of listedOptions(command)) {
      const value = option.type === 'boolean' ? '' : option.choices ? option.choices.map((c) => `\`${c}\``).join(', ') : `\`${option.value ?? '<value>'}\``;
      lines.push(`| \`${cell(optionLabel(name, option).trim())}\` | ${cell(value)} | ${cell(optionText(option))} |`);
    }
    lines.push('', '```text', commandHelp(command).trimEnd(), '```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
