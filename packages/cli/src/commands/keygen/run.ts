import type { Args as KeygenArgs } from './command.js';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { readErrorMessage } from '../../shared/errors.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

/** Key ids as the schema allows them for pseudonyms; also safe in file names. */
const KID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Writes a new file only (never replaces one unless forced); secrets are readable by their owner alone. */
function writeNew(file: string, text: string, secret: boolean, force: boolean): void {
  writeFileSync(file, text, { flag: force ? 'w' : 'wx', mode: secret ? 0o600 : 0o644 });
}

/** `gpos keygen`: a signing key pair (private JWK + public JWKS), or a community pseudonymisation key. */
export async function run({ values, positionals }: KeygenArgs, io: Io): Promise<number> {
  if (positionals.length > 0) throw CliError.usage(`unexpected argument '${positionals[0]}'`);
  const kid = values.kid;
  if (kid === undefined) throw CliError.usage('name the key: --kid ID (for example aoc1441-2026-01)');
  if (!KID.test(kid)) throw CliError.usage(`--kid must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit, not '${kid}'`);
  const force = values.force ?? false;

  const targets: string[] = [];
  const check = (file: string | undefined, option: string): string => {
    if (file === undefined || file === '') throw CliError.usage(`--${option} needs a file name`);
    if (!force && existsSync(file)) throw CliError.usage(`${file} already exists; choose another --${option} or add --force to replace it`);
    targets.push(file);
    return file;
  };

  try {
    if (values.community) {
      if (values.alg !== undefined || values.private !== undefined || values.public !== undefined) throw CliError.usage('--community writes one key file: use --output, not --alg, --private or --public');
      const output = check(values.output ?? `${kid}.community-key.json`, 'output');
      const file = { keys: [{ key_id: kid, secret: randomBytes(32).toString('base64url') }], current: kid };
      writeNew(output, `${JSON.stringify(file, null, 2)}\n`, true, force);
      io.stderr(`gpos: wrote the community key ${kid} to ${output} (readable by you only); share it with the partners of your community out of band, never with the data\n`);
      return 0;
    }
    if (values.output !== undefined) throw CliError.usage('a key pair is two files: use --private and --public');
    const alg = values.alg ?? 'EdDSA';
    const privateFile = check(values.private ?? `${kid}.private.jwk.json`, 'private');
    const publicFile = check(values.public ?? `${kid}.jwks.json`, 'public');
    const { privateKey } = alg === 'EdDSA' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = privateKey.export({ format: 'jwk' }) as Record<string, unknown>;
    const meta = { kid, alg, use: 'sig' };
    const { d: _d, ...publicJwk } = jwk;
    writeNew(privateFile, `${JSON.stringify({ ...jwk, ...meta }, null, 2)}\n`, true, force);
    writeNew(publicFile, `${JSON.stringify({ keys: [{ ...publicJwk, ...meta }] }, null, 2)}\n`, false, force);
    io.stderr(`gpos: wrote the private key ${kid} to ${privateFile} (readable by you only; keep it secret) and its public key set to ${publicFile} (publish it for your partners)\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${targets.join(' / ')}: ${readErrorMessage(error)}`);
  }
}
