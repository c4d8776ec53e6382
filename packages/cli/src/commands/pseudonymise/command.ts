import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { DEFAULT_REGION, FOLLOW_SYMLINKS, KEY_ID, READING, RECORDS_OUTPUT } from '../../shared/options.js';

const options = {
  'key-file': { type: 'string', short: 'k', value: '<file>', description: 'the community key file (HMAC pseudonyms; this or --oprf is required)' },
  oprf: {
    type: 'string',
    value: '<url>',
    description: "make oblivious pseudonyms through this exchange's OPRF (RFC 9497) instead: no key on this machine; the partner token is read from GPOS_EXCHANGE_TOKEN",
  },
  'key-id': { ...KEY_ID, description: "make pseudonyms under this key instead of the file's (or the exchange's) current key" },
  'default-region': DEFAULT_REGION,
  output: RECORDS_OUTPUT,
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const pseudonymise = defineCommand({
  name: 'pseudonymise',
  aliases: ['pseudonymize'],
  synopsis: '--key-file <f> | --oprf <url>',
  usage: ['--key-file <file> [options] [<path...>|-]', '--oprf <url> [options] [<path...>|-]'],
  summary: 'replace observable values by keyed pseudonyms (community key, or the exchange\'s OPRF)',
  description: `Replaces every indicator's observable value by its keyed pseudonym: HMAC-SHA-256 of the canonical value under a
community key (never a plain hash: phone and account numbers can be enumerated). The raw value, the canonical
value and the observable id go; match keys become hmac_sha256 keys; attributes that repeat the value go, context
(country, bank, chain, platform) stays. Values are normalised first, so pseudonyms match other partners'.
An indicator whose value cannot be normalised is left out, never written in clear. Other records pass through
unchanged: use gpos redact for cases. The record's tlp is not changed; free text (description, note) is not
scrubbed.

With --oprf URL the pseudonyms are oblivious (alg oprf-ristretto255-sha512): each canonical value is blinded
here, the exchange evaluates it under a key only it holds without seeing it, and the answer is finalised here.
No partner can compute such a pseudonym alone, so none can enumerate phone or account numbers; every value is
one evaluation against the partner's daily quota on the exchange. Files are read twice, so that their values
go in one round trip per 10,000 (standard input: per document or NDJSON line). Clear match keys are removed
rather than keyed: the OPRF pseudonym is the match.`,
  sections: [
    {
      title: 'Key file (JSON, readable by you only: chmod 600)',
      body: `  { "keys": [ { "key_id": "th-scam-community-2026-01", "secret": "<base64url of at least 32 random bytes>" } ],
    "current": "th-scam-community-2026-01" }
Older keys stay in "keys" after a rotation; "current" (default: the last key) makes new pseudonyms.
gpos keygen --community --kid ID writes a new one.`,
    },
    {
      title: 'Exchange token (with --oprf)',
      body: `  The partner's exchange token, from the environment variable GPOS_EXCHANGE_TOKEN (never a flag: command
  lines are visible to other users of the machine). The exchange must grant the partner OPRF evaluation.`,
    },
    READING,
  ],
  options,
  exit: [
    [0, 'done'],
    [1, 'some indicator left out or some input not JSON'],
    [2, 'usage error, unreadable input, a missing or malformed key file (secrets are never printed), or the exchange refused or could not be reached'],
  ],
  load: async () => (await import('./run.js')).run,
});
