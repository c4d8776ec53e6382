import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';

const options = {
  format: { type: 'string', short: 'f', value: '<name>', choices: ['text', 'json'], default: 'text', description: 'a table, or a JSON array of { code, severity, source, title, summary }' },
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const rules = defineCommand({
  name: 'rules',
  synopsis: '[--format text|json]',
  summary: 'list every problem code with its severity',
  description: `Lists every problem code gpos can report: file checks, JSON Schema checks and semantic rules, with
severity and a one-line summary. See one in full with: gpos explain <code>`,
  options,
  exit: [
    [0, 'listed'],
    [2, 'usage error'],
  ],
  load: async () => (await import('./run.js')).rulesCommand,
});
