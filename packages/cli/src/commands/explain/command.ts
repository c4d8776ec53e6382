import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';

const options = {} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const explain = defineCommand({
  name: 'explain',
  synopsis: '<code>',
  summary: 'explain one problem code, with wrong and right examples',
  description: `Prints the documentation of one problem code: what it checks, why, and a wrong and a right example.
List the codes with: gpos rules`,
  options,
  exit: [
    [0, 'explained'],
    [2, 'usage error, or an unknown code (the nearest one is suggested)'],
  ],
  load: async () => (await import('../rules/run.js')).explainCommand,
});
