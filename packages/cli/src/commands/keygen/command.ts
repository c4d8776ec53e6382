import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';
import { ALGS } from '../sign/command.js';

const options = {
  kid: { type: 'string', value: '<id>', description: "the key id, e.g. aoc1441-2026-01 (letters, digits, '.', '_', '-')" },
  alg: { type: 'string', value: '<alg>', choices: ALGS, default: 'EdDSA', description: 'EdDSA (Ed25519) or ES256 (P-256)' },
  private: { type: 'string', value: '<file>', description: 'default: <kid>.private.jwk.json' },
  public: { type: 'string', value: '<file>', description: 'default: <kid>.jwks.json' },
  community: { type: 'boolean', description: 'a community HMAC key instead of a key pair' },
  output: { type: 'string', short: 'o', value: '<file>', description: 'with --community; default: <kid>.community-key.json' },
  force: { type: 'boolean', description: 'replace existing files (never done otherwise)' },
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const keygen = defineCommand({
  name: 'keygen',
  synopsis: '--kid <id>',
  usage: ['--kid <id> [--alg EdDSA|ES256] [--private FILE] [--public FILE] [--force]', '--community --kid <id> [--output FILE] [--force]'],
  summary: 'a signing key pair (JWK + JWKS), or --community a pseudonymisation key',
  description: `Makes a signing key pair for gpos sign: the private JWK (written readable by you only; keep it secret) and a
public JSON Web Key Set to publish for your partners (gpos verify --jwks). With --community, makes a new
community pseudonymisation key file for gpos pseudonymise and gpos redact (32 random bytes).`,
  options,
  exit: [
    [0, 'written'],
    [2, 'usage error, an existing file without --force, or a file that cannot be written'],
  ],
  load: async () => (await import('./run.js')).run,
});
