import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { FOLLOW_SYMLINKS } from '../../shared/options.js';

const options = {
  jwks: { type: 'string', value: '<file>', description: "the producer's JSON Web Key Set ({\"keys\": [...]}; a bare JWK or array also works)" },
  format: { type: 'string', short: 'f', value: '<name>', choices: ['text', 'json'], default: 'text', description: 'text, or json: {"ok", "files": [{"path", "ok", "kid", "alg" | "code", "reason"}]}' },
  'follow-symlinks': FOLLOW_SYMLINKS,
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const verify = defineCommand({
  name: 'verify',
  synopsis: '--jwks <f> <bundle...>',
  usage: ['--jwks <file> [--format text|json] <bundle.json...>'],
  summary: "check bundle signatures against a partner's public keys",
  description: `Checks each bundle's signature against the producer's public keys. Only EdDSA and ES256 are accepted; "none" and
HMAC algorithms are refused before any key is looked up. Prints one line per file on stdout: ok, or the reason's
code and explanation: unsigned, malformed_signature, algorithm_not_allowed, unknown_key, unusable_key,
expired_key, bad_signature (the bundle changed after signing, or another key signed it), json_syntax,
not_a_bundle.`,
  options,
  exit: [
    [0, 'every signature verifies'],
    [1, 'some file fails'],
    [2, 'usage error, unreadable file or key set'],
  ],
  load: async () => (await import('../sign/run.js')).verifyCommand,
});
