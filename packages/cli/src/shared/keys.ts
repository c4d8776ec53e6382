import { readFileSync, statSync } from 'node:fs';
import type { Keyring } from '@gpos/sdk';
import { LineIndex, parseJson } from '@gpos/validate/json';
import { decodeUtf8 } from './input/decode.js';
import { readErrorMessage } from './errors.js';
import { CliError } from './errors.js';

/** A key file that is missing, unreadable or malformed: reported in one line, exit status 2. Never carries key material. */
/** A key file that is missing, malformed or unsafe to use: exit status 2; the message never carries a secret. */
export class KeyFileError extends CliError {
  override readonly name = 'KeyFileError';
  constructor(message: string) {
    super(message, 'unavailable');
  }
}

/** Key files are small; anything larger is not one (and is not read into memory). */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a JSON key file. Parser messages can quote the text they stop at, so only the position of a syntax error is
 * reported, never the text around it: a key file holds secrets.
 */
export function readKeyJson(file: string, what: string, warn: (message: string) => void, secret: boolean): unknown {
  let bytes: Buffer;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new KeyFileError(`the ${what} ${file} is a folder, not a file`);
    if (stats.size > MAX_KEY_FILE_BYTES) throw new KeyFileError(`the ${what} ${file} is over 1 MB; it is not a key file`);
    // a secret others on the machine can read is no longer a secret; ssh refuses such files, we warn
    if (secret && process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
      warn(`the ${what} ${file} can be read by other users (mode ${(stats.mode & 0o777).toString(8).padStart(3, '0')}); restrict it with: chmod 600 ${file}`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof KeyFileError) throw error;
    throw new KeyFileError(`cannot read the ${what} ${file}: ${readErrorMessage(error)}`);
  }
  const decoded = decodeUtf8(bytes);
  if ('issue' in decoded) throw new KeyFileError(`the ${what} ${file} is not UTF-8 text`);
  const parsed = parseJson(decoded.text);
  const issue = parsed.issues.find((i) => i.severity === 'error');
  if (!parsed.ok || issue) {
    const at = new LineIndex(decoded.text).locate(issue?.offset ?? 0);
    const why = issue?.code === 'json_duplicate_key' ? 'a property appears twice' : 'it is not valid JSON';
    throw new KeyFileError(`the ${what} ${file} cannot be read: ${why} (line ${at.line}, column ${at.column})`);
  }
  return parsed.value;
}

/**
 * The community keyring in a key file:
 * `{ "keys": [{ "key_id": "…", "secret": "<base64url of at least 32 bytes>" }, …], "current": "…" }`.
 * `current` is optional (default: the last key); `--key-id` overrides it.
 */
export async function loadKeyring(file: string, keyId: string | undefined, warn: (message: string) => void): Promise<Keyring> {
  const value = readKeyJson(file, 'key file', warn, true);
  const bad = (why: string) => new KeyFileError(`the key file ${file} ${why}; expected {"keys": [{"key_id": "…", "secret": "<base64url>"}], "current": "…"}`);
  if (!isObject(value) || !Array.isArray(value.keys)) throw bad('has no "keys" array');
  if (value.keys.length === 0) throw bad('holds no keys');
  const keys = value.keys.map((entry, i) => {
    if (!isObject(entry) || typeof entry.key_id !== 'string' || typeof entry.secret !== 'string') throw bad(`has a keys[${i}] without a "key_id" and a "secret" string`);
    return { keyId: entry.key_id, secret: entry.secret };
  });
  if (value.current !== undefined && typeof value.current !== 'string') throw bad('has a "current" that is not a key id');
  const current = keyId ?? (value.current as string | undefined);
  if (current !== undefined && !keys.some((k) => k.keyId === current)) {
    throw new KeyFileError(`the key file ${file} has no key ${JSON.stringify(current)}; it holds ${keys.map((k) => k.keyId).join(', ')}`);
  }
  const { Keyring } = await import('@gpos/sdk');
  try {
    return await Keyring.create(keys, current !== undefined ? { current } : {});
  } catch (error) {
    // the SDK's messages name key ids and lengths, never secrets
    throw new KeyFileError(`the key file ${file} cannot be used: ${(error as Error).message.replace(/^Keyring: /, '')}`);
  }
}

/** A private JSON Web Key (Ed25519 or P-256) for signing bundles. */
export function loadPrivateJwk(file: string, warn: (message: string) => void): Obj {
  const value = readKeyJson(file, 'private key', warn, true);
  const jwk = isObject(value) && Array.isArray(value.keys) && value.keys.length === 1 && isObject(value.keys[0]) ? value.keys[0] : value;
  if (!isObject(jwk) || typeof jwk.kty !== 'string') throw new KeyFileError(`the private key ${file} is not a JSON Web Key (an object with "kty")`);
  if (typeof jwk.d !== 'string') throw new KeyFileError(`the key in ${file} is a public key; signing needs the private JWK (with "d"), as gpos keygen writes it`);
  return jwk;
}

/** A partner's public keys: a JSON Web Key Set, a bare array of JWKs, or one JWK. */
export function loadJwks(file: string, warn: (message: string) => void): { keys: Obj[] } {
  const value = readKeyJson(file, 'key set', warn, false);
  const keys = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.keys) ? value.keys : isObject(value) && typeof value.kty === 'string' ? [value] : undefined;
  if (keys === undefined || !keys.every(isObject)) throw new KeyFileError(`the key set ${file} is not a JSON Web Key Set ({"keys": [ … ]})`);
  if (keys.length === 0) throw new KeyFileError(`the key set ${file} holds no keys`);
  // a published key set must never carry private parts: verification uses only the public members anyway
  const leaked = keys.filter((k) => typeof k.d === 'string').map((k) => (typeof k.kid === 'string' ? k.kid : '(no kid)'));
  if (leaked.length) warn(`the key set ${file} contains private key material for ${leaked.join(', ')}; only the public members are used, but publish public keys only`);
  return { keys };
}

/** The signature algorithm a JWK is for: its `alg`, or what its curve implies. */
export function algOfJwk(jwk: Obj): string | undefined {
  if (typeof jwk.alg === 'string') return jwk.alg;
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'ES256';
  return undefined;
}
