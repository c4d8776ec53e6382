import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { DEFAULT_REGION, FOLLOW_SYMLINKS, READING, RECORDS_OUTPUT } from '../../shared/options.js';

const options = {
  output: RECORDS_OUTPUT,
  'default-region': DEFAULT_REGION,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const normalize = defineCommand({
  name: 'normalize',
  aliases: ['normalise'],
  synopsis: '[<path...>]',
  usage: ['[options] [<path...>|-]'],
  summary: "fill observables' canonical values, match keys and ids from their raw values",
  description: `Fills every indicator's observable from its raw value with @gpos/normalize: the canonical form, match keys,
attributes, the normaliser's version and the deterministic observable id, so partners who report the same value
get the same id. The context a value cannot carry (country of a phone number, bank of an account, chain of a
wallet) is read from the observable's attributes, then from --default-region. Observables with only a pseudonym
are left as they are.`,
  sections: [READING],
  options,
  exit: [
    [0, 'every observable was normalised'],
    [1, 'some value could not be normalised (each is listed with the normaliser\'s reason and written as it was), or some input is not JSON (left out)'],
    [2, 'usage error, or an input or the output cannot be read or written'],
  ],
  examples: ['gpos normalize --default-region TH feed.ndjson > feed.canonical.ndjson', 'gpos normalize bundle.json --output bundle.json'],
  load: async () => (await import('./run.js')).run,
});
