import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { FOLLOW_SYMLINKS, KEY_ID, READING, RECORDS_OUTPUT } from '../../shared/options.js';

export const AUDIENCES = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;

const options = {
  // not `choices`: TLP:AMBER and Amber are read as amber, as FIRST's labels are written
  audience: { type: 'string', short: 'a', value: '<tlp>', description: 'clear | green | amber | amber+strict | red (required)' },
  'key-file': { type: 'string', short: 'k', value: '<file>', description: 'community key file for pseudonyms (see gpos pseudonymise --help for its format)' },
  'key-id': KEY_ID,
  output: RECORDS_OUTPUT,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const redact = defineCommand({
  name: 'redact',
  synopsis: '--audience <tlp>',
  usage: ['--audience clear|green|amber|amber+strict|red [--key-file <file>] [<path...>|-]'],
  summary: 'a copy fit for a TLP audience: records and personal fields above it removed',
  description: `Writes a copy fit for recipients cleared for the audience's TLP label (the @gpos/sdk redaction policy): records
marked above it are removed; personal fields whose minimum marking is above it are removed; observable values
that may not go are replaced by keyed pseudonyms with --key-file, otherwise their indicators are removed; case
narratives travel at their own tlp; a bundle loses its signature (sign the result again) and its tlp is lowered
to the audience. Free text (description, note) is not scrubbed.`,
  sections: [READING],
  options,
  exit: [
    [0, 'done'],
    [1, 'some input is not JSON (left out)'],
    [2, 'usage error, unreadable input or key file'],
  ],
  load: async () => (await import('./run.js')).run,
});
