import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { FOLLOW_SYMLINKS, KEY_ID, READING, RECORDS_OUTPUT } from '../../shared/options.js';

export const AUDIENCES = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;

const options = {
  // not `choices`: TLP:AMBER and Amber are read as amber, as FIRST's labels are written
  audience: { type: 'string', short: 'a', value: '<tlp>', description: 'clear | green | amber | amber+strict | red (required)' },
  'key-file': { type: 'string', short: 'k', value: '<file>', description: 'community key file for pseudonyms (see gpos pseudonymise --help for its format)' },
  'key-id': KEY_ID,
  'lower-indicators': {
    type: 'boolean',
    description: 'lower indicators marked above the audience (except TLP:RED) to it, their observable replaced by its keyed pseudonym and only their coded fields kept, instead of removing them (needs --key-file; recommended)',
  },
  output: RECORDS_OUTPUT,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const redact = defineCommand({
  name: 'redact',
  synopsis: '--audience <tlp>',
  usage: ['--audience clear|green|amber|amber+strict|red [--key-file <file> [--lower-indicators]] [<path...>|-]'],
  summary: 'a copy fit for a TLP audience: records and personal fields above it removed',
  description: `Writes a copy fit for recipients cleared for the audience's TLP label (the @gpos/sdk redaction policy): records
marked above it are removed; personal fields whose minimum marking is above it are removed; observable values
that may not go are replaced by keyed pseudonyms with --key-file, otherwise their indicators are removed; case
narratives travel at their own tlp; a bundle loses its signature (sign the result again) and its tlp is lowered
to the audience. Free text (description, note) is not scrubbed.

An indicator marked above the audience is removed like any record, unless --lower-indicators is given: then it
is lowered to the audience, as the recommended way to share indicators more widely — its observable travels only
as a keyed pseudonym from --key-file (raw and canonical values, the derived id and value-bearing attributes go;
match keys become HMAC keys), it keeps only its coded fields (typology, status, dates, confidence…; free text,
labels, reference numbers, impersonated names, actions and extensions go) and its tlp becomes the audience.
Partners holding the community key can still match it; nobody else learns the value. TLP:RED indicators are
never lowered.`,
  sections: [READING],
  options,
  exit: [
    [0, 'done'],
    [1, 'some input is not JSON (left out)'],
    [2, 'usage error, unreadable input or key file'],
  ],
  examples: [
    'gpos redact --audience green --key-file community.key bundle.json > for-community.json',
    'gpos redact --audience clear --key-file community.key --lower-indicators bundle.json --output public.json',
  ],
  load: async () => (await import('./run.js')).run,
});
