/**
 * The CLI reference page, generated from the help texts the `gpos` command itself prints, so the page and
 * `gpos <command> --help` never disagree.
 */
import * as help from '../../packages/cli/src/help.js';
import * as transformHelp from '../../packages/cli/src/transform/help.js';

const commandOf = (name: string) => name.replace(/_HELP$/, '').toLowerCase();

/** The markdown of docs/cli/index.md. */
export function cliPage(banner: string): string {
  const texts = Object.entries({ ...help, ...transformHelp } as Record<string, unknown>).filter((entry): entry is [string, string] => entry[0].endsWith('_HELP') && typeof entry[1] === 'string');
  const main = texts.find(([name]) => name === 'MAIN_HELP')?.[1] ?? '';
  // in the order the main help lists the commands
  const rank = (name: string) => {
    const at = main.indexOf(`gpos ${commandOf(name)} `);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  texts.sort((a, b) => rank(a[0]) - rank(b[0]));
  const lines = ['---', 'title: The gpos command', '---', '', banner, '', '# The `gpos` command', ''];
  lines.push(
    'Install it with `npm install --save-dev @gpos/cli` (or run it once with `npx @gpos/cli`). Every command prints this text with `--help`;',
    'problems go to the report on stdout, diagnostics to stderr, and the exit status is 0 (all valid), 1 (something invalid) or 2 (usage error, unreadable path or internal failure).',
    '',
    '```text',
    main.trimEnd(),
    '```',
    '',
  );
  for (const [name, text] of texts.filter(([n]) => n !== 'MAIN_HELP')) {
    lines.push(`## gpos ${commandOf(name)} {#${commandOf(name)}}`, '', '```text', text.trimEnd(), '```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
