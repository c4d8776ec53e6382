import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';

export const ALGS = ['EdDSA', 'ES256'] as const;

const options = {
  key: { type: 'string', short: 'k', value: '<file>', description: 'your private JSON Web Key (Ed25519 or P-256, with "d"), as gpos keygen writes it' },
  kid: { type: 'string', value: '<id>', description: 'the key id your partners find the public key under in your JWKS (default: the key\'s "kid")' },
  alg: { type: 'string', value: '<alg>', choices: ALGS, description: "the signature algorithm (default: the key's)" },
  output: { type: 'string', short: 'o', value: '<file>', description: 'write the signed bundle to a file instead of stdout' },
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const sign = defineCommand({
  name: 'sign',
  synopsis: '--key <jwk> <bundle>',
  usage: ['--key <private.jwk.json> [--kid ID] [--alg EdDSA|ES256] [--output FILE] <bundle.json|->'],
  summary: 'sign a bundle (detached JWS, EdDSA or ES256)',
  description: `Signs a bundle: a detached JWS (RFC 7515 appendix F) over the RFC 8785 canonical JSON of the bundle without its
signature member, so whitespace and key order never matter. Any earlier signature is replaced. A bundle that is
not valid against the standard is refused: a signature vouches for its content.`,
  options,
  exit: [
    [0, 'signed'],
    [1, 'the input is not JSON, not a bundle, or not valid (gpos validate says why)'],
    [2, 'usage error, unreadable input or unusable key'],
  ],
  load: async () => (await import('./run.js')).signCommand,
});
