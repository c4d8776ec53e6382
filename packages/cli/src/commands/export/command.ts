import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { INTEROP_FORMAT_NAMES } from '../../shared/interop/formats.js';
import { CONVERSION_OPTIONS, FOLLOW_SYMLINKS } from '../../shared/options.js';

const options = {
  to: { type: 'string', short: 't', value: '<format>', choices: INTEROP_FORMAT_NAMES, description: 'the format to write' },
  ...CONVERSION_OPTIONS,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const exportCommand = defineCommand({
  name: 'export',
  synopsis: '--to stix|misp [options] [path...]',
  summary: 'GPOS records to a STIX 2.1 bundle or MISP events, with a report of what the format cannot hold',
  description: `Writes GPOS records as another format, for the tools partners already run: --to stix writes one STIX 2.1
bundle (indicators with their patterns and observables, organisations as identities, cases as incidents, TLP 2.0
markings; the rest in the GPOS STIX extension). The same records always get the same STIX ids, so a re-export updates
what a consumer holds. --to misp writes MISP core format events, one per source organisation, whose objects use the
MISP templates (phone-number, bank-account, coin-address, url, domain-ip…), with TLP, PAP and typology as tags and TLP
also as the distribution level; a record keeps its UUID in MISP, so a re-export updates the same objects. What the
format cannot hold is listed as problems coded loss_<reason> (the mappings, field by field, are in the docs:
guide/stix and guide/misp).

Every record is checked with the reference validator first: an invalid record is an error and nothing is written.`,
  sections: [
    {
      title: 'Input',
      body: `Files (.json: a record, an array of records or a bundle; .ndjson/.jsonl: one record a line), folders, quoted globs,
or - for standard input (the default when it is not a terminal; JSON or NDJSON is detected). To STIX, NDJSON is
streamed: each record is written to the bundle as it is read, so memory does not grow with the number of records.
A .json file is read whole (at most 256 MB). MISP events are written whole, so a MISP export holds its records (at
most 256 MB of JSON).`,
    },
    {
      title: 'Output',
      body: `STIX: the bundle goes to --output or stdout, one STIX object a line. MISP: one event is written as the document
MISP's /events/add takes ({"Event": ...}), several as {"response": [...]}, as MISP answers a search; MISP events
are written whole at the end, so the records are held in memory. It is written to a temporary file first and
appears (or is copied to stdout) only when every record exported: on error nothing is written. The report goes to
stderr, or to --report, in any format gpos validate writes.`,
    },
  ],
  options,
  exit: [
    [0, 'exported (losses listed as warnings and advice)'],
    [1, 'some record is invalid or a file is not JSON (nothing is written), or --strict and some record could not be carried'],
    [2, 'usage error, a format this installation does not have, a path that cannot be read or written, an input over the size limits'],
  ],
  examples: ['gpos export --to stix examples/bundles/ --output gpos.stix.json', 'cat feed.ndjson | gpos export --to stix - > feed.stix.json', 'gpos export --to stix cases.json --format json --report losses.json -o cases.stix.json', 'gpos export --to misp feed.ndjson -o feed.misp.json'],
  load: async () => (await import('./run.js')).run,
});
