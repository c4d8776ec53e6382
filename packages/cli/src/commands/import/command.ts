import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { INTEROP_FORMAT_NAMES } from '../../shared/interop/formats.js';
import { CONVERSION_OPTIONS, FOLLOW_SYMLINKS } from '../../shared/options.js';

const options = {
  from: { type: 'string', value: '<format>', choices: INTEROP_FORMAT_NAMES, description: 'the format to read' },
  'default-tlp': { type: 'string', value: '<tlp>', choices: ['clear', 'green', 'amber', 'amber+strict', 'red'], default: 'amber', description: 'the TLP of objects that carry no TLP marking' },
  ...CONVERSION_OPTIONS,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const importCommand = defineCommand({
  name: 'import',
  synopsis: '--from stix|misp [options] [path...]',
  summary: 'a STIX 2.1 bundle or MISP events to GPOS records, with a report of what did not map',
  description: `Reads content from the tools partners already run as GPOS records: --from stix reads STIX 2.1 bundles.
Bundles exported by gpos come back field for field; other STIX maps as far as it can (indicators whose pattern is
equality on one observable, campaigns, intrusion sets and infrastructure, relationships, sightings), observables
normalised as GPOS normalises them. Every object that does not map is listed as a problem coded loss_<reason>;
input that is not a STIX 2.1 bundle is refused with a located error (stix_<reason>). --from misp reads MISP events
({"Event": ...}, a list of them, or a search answer {"response": [...]}): objects of the templates GPOS knows and
attributes of the types it knows become indicators, culprit organization objects operations, object references
relationships and MISP sightings sightings; TLP from tlp: tags, else from the distribution level. Unknown
templates and attribute types are listed per object; input that is not MISP JSON is refused (misp_<reason>).

The records are checked with the reference validator before anything is written: if one is invalid, nothing is.`,
  sections: [
    {
      title: 'Input',
      body: `STIX bundle or MISP event files (.json), or - for standard input (the default when it is not a terminal). A bundle is one JSON
object, so it is read whole: at most 256 MB, nested at most 64 levels, at most 1,000,000 objects. Duplicate keys,
text that is not UTF-8 and numbers JSON readers cannot keep are refused as gpos validate refuses them.`,
    },
    {
      title: 'Output',
      body: `Records as NDJSON (one a line) on stdout or in --output; an --output ending in .json gets a JSON array. The file
appears only when every record is valid. The report goes to stderr, or to --report.`,
    },
  ],
  options,
  exit: [
    [0, 'imported (what did not map listed as warnings and advice)'],
    [1, 'the input is not JSON, not a STIX 2.1 bundle or not MISP events, or an imported record is invalid (nothing is written), or --strict and some object did not map'],
    [2, 'usage error, a format this installation does not have, a path that cannot be read or written, an input over the size limits'],
  ],
  examples: ['gpos import --from stix partner.stix.json --output partner.ndjson', 'curl -s https://example.org/feed.json | gpos import --from stix - | gpos validate -', 'gpos import --from stix bundle.json --format sarif --report import.sarif -o records.json', 'gpos import --from misp event.json -o records.ndjson'],
  load: async () => (await import('./run.js')).run,
});
