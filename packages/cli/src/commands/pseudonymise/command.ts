import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { DEFAULT_REGION, FOLLOW_SYMLINKS, KEY_ID, READING, RECORDS_OUTPUT } from '../../shared/options.js';

const options = {
  'key-file': { type: 'string', short: 'k', value: '<file>', description: 'the community key file (required)' },
  'key-id': KEY_ID,
  'default-region': DEFAULT_REGION,
  output: RECORDS_OUTPUT,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const pseudonymise = defineCommand({
  name: 'pseudonymise',
  aliases: ['pseudonymize'],
  synopsis: '--key-file <f>',
  usage: ['--key-file <file> [options] [<path...>|-]'],
  summary: 'replace observable values by keyed HMAC pseudonyms (community key)',
  description: `Replaces every indicator's observable value by its keyed pseudonym: HMAC-SHA-256 of the canonical value under a
community key (never a plain hash: phone and account numbers can be enumerated). The raw value, the canonical
value and the observable id go; match keys become hmac_sha256 keys; attributes that repeat the value go, context
(country, bank, chain, platform) stays. Values are normalised first, so pseudonyms match other partners'.
An indicator whose value cannot be normalised is left out, never written in clear. Other records pass through
unchanged: use gpos redact for cases. The record's tlp is not changed; free text (description, note) is not
scrubbed.`,
  sections: [
    {
      title: 'Key file (JSON, readable by you only: chmod 600)',
      body: `  { "keys": [ { "key_id": "th-scam-community-2026-01", "secret": "<base64url of at least 32 random bytes>" } ],
    "current": "th-scam-community-2026-01" }
Older keys stay in "keys" after a rotation; "current" (default: the last key) makes new pseudonyms.
gpos keygen --community --kid ID writes a new one.`,
    },
    READING,
  ],
  options,
  exit: [
    [0, 'done'],
    [1, 'some indicator left out or some input not JSON'],
    [2, 'usage error, unreadable input, or a missing or malformed key file (secrets are never printed)'],
  ],
  load: async () => (await import('./run.js')).run,
});
