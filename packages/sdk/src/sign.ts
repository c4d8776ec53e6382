import type { Bundle, BundleSignature } from '@gpos/types';
import { assertBundle, describeInput } from './input-guard.js';
import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import { fromBase64url, toBase64url } from './base64url.js';
import { canonicalJson } from './canonical-json.js';

/** The only algorithms a bundle may be signed with: asymmetric, so a verifier can never forge. */
export const SIGNATURE_ALGS = ['EdDSA', 'ES256'] as const;
export type SignatureAlg = (typeof SIGNATURE_ALGS)[number];

/** A detached JWS longer than this cannot be an EdDSA or ES256 signature with a sane header. */
const MAX_JWS_LENGTH = 8192;
/** Protected header members a bundle signature may carry; anything else (`crit`, `b64`, `jku`, `x5u`…) is refused. */
const HEADER_MEMBERS: ReadonlySet<string> = new Set(['alg', 'kid', 'typ']);
/** The `typ` of a bundle signature, so it cannot be confused with a JWS made for another purpose. */
export const BUNDLE_JWS_TYP = 'gpos-bundle+jws';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface SignOptions {
  /** The producer's private key: a Web Crypto key or a private JWK (with `d`). */
  readonly privateKey: CryptoKey | JWK;
  /** The key id under which the producer publishes the public key in its JSON Web Key Set. */
  readonly kid: string;
  readonly alg: SignatureAlg;
}

/**
 * The exact bytes a bundle signature covers: the UTF-8 of the RFC 8785 canonical JSON of the bundle without
 * its `signature` member. Key order and whitespace therefore never matter; any change of a value does.
 */
export function signingInput(bundle: Bundle | Readonly<Record<string, unknown>>): Uint8Array {
  const { signature: _signature, ...rest } = bundle as Record<string, unknown>;
  return encoder.encode(canonicalJson(rest));
}

/**
 * Signs a bundle: a copy with `signature` set to a detached compact JWS (RFC 7515 appendix F,
 * `<protected header>..<signature>`) over {@link signingInput}. The protected header is `{alg, kid, typ}` with
 * `typ` `gpos-bundle+jws`; the payload is the usual base64url of the canonical JSON, left out of the string.
 * Any earlier signature is replaced. Throws a TypeError for a disallowed algorithm or an unusable key.
 *
 * @example const signed = await signBundle(bundle, { privateKey, kid: 'aoc-2026-01', alg: 'EdDSA' });
 */
export async function signBundle(bundle: Bundle, options: SignOptions): Promise<Bundle> {
  assertBundle('signBundle', bundle);
  const { alg, kid } = options;
  if (!(SIGNATURE_ALGS as readonly string[]).includes(alg)) throw new TypeError(`signBundle: alg must be EdDSA or ES256, not ${String(alg)}`);
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > 200) throw new TypeError('signBundle: kid must be a string of 1 to 200 characters');
  const key = isCryptoKey(options.privateKey) ? options.privateKey : await importJWK(options.privateKey, alg);
  const compact = await new CompactSign(signingInput(bundle)).setProtectedHeader({ alg, kid, typ: BUNDLE_JWS_TYP }).sign(key);
  const [header, , signature] = compact.split('.');
  const { signature: _old, ...rest } = bundle;
  return { ...structuredClone(rest), signature: { jws: `${header}..${signature}`, kid, alg } };
}

/** Where the verifier finds the producer's public keys: a JSON Web Key Set, its `keys`, or a lookup by key id. */
export type KeySource = readonly JWK[] | { readonly keys: readonly JWK[] } | ((kid: string) => Promise<CryptoKey | JWK | undefined>);

export interface VerifyOptions {
  readonly keys: KeySource;
  /** The time to check key expiry against; defaults to now. */
  readonly now?: Date;
  /**
   * Answer, with a good signature, the bytes it covers ({@link signingInput} of the bundle) as `signed`: a caller
   * that digests or stores them then does not canonicalise the bundle a second time.
   */
  readonly keepSignedBytes?: boolean;
}

/** Why a bundle failed verification, as a stable code. */
export type VerifyFailure =
  | 'not_a_bundle'
  | 'unsigned'
  | 'malformed_signature'
  | 'algorithm_not_allowed'
  | 'unknown_key'
  | 'unusable_key'
  | 'expired_key'
  | 'bad_signature';

export type VerifyResult =
  | { readonly ok: true; readonly kid: string; readonly alg: SignatureAlg; /** With `keepSignedBytes`: the bytes the signature covers. */ readonly signed?: Uint8Array }
  | { readonly ok: false; readonly code: VerifyFailure; readonly reason: string };

const fail = (code: VerifyFailure, reason: string): VerifyResult => ({ ok: false, code, reason });

/**
 * Verifies a bundle's detached signature against the producer's public keys. Never throws: every failure is
 * `{ ok: false, code, reason }` — unsigned, a malformed or oversized signature, an algorithm other than EdDSA or
 * ES256 (`none` and every HMAC algorithm are refused before any key is looked up), an unknown key id, a key that
 * does not fit the algorithm, or a signature that does not match (the bundle was changed, or signed by another key).
 */
export async function verifyBundle(bundle: unknown, options: VerifyOptions): Promise<VerifyResult> {
  try {
    return await verify(bundle, options);
  } catch (error) {
    return fail('malformed_signature', `The signature could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function verify(bundle: unknown, options: VerifyOptions): Promise<VerifyResult> {
  if (bundle === null || typeof bundle !== 'object' || Array.isArray(bundle)) return fail('malformed_signature', 'Not a bundle: expected a JSON object.');
  const { type, records } = bundle as { type?: unknown; records?: unknown };
  // a signature over anything else (a builder's result wrapping a bundle, a single record) proves nothing about a bundle
  if (type !== 'bundle' || !Array.isArray(records)) return fail('not_a_bundle', `Not a bundle: got ${describeInput(bundle)}.`);
  const signature = (bundle as { signature?: unknown }).signature;
  if (signature === undefined) return fail('unsigned', 'The bundle has no signature.');
  if (signature === null || typeof signature !== 'object') return fail('malformed_signature', 'The signature member is not an object.');
  const { jws, kid, alg } = signature as Partial<Record<keyof BundleSignature, unknown>>;
  if (typeof jws !== 'string' || jws.length > MAX_JWS_LENGTH) return fail('malformed_signature', `signature.jws must be a string of at most ${MAX_JWS_LENGTH} characters.`);
  const parts = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/.exec(jws);
  if (!parts) return fail('malformed_signature', 'signature.jws is not a detached compact JWS (<protected header>..<signature>).');
  let header: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(decoder.decode(fromBase64url(parts[1]!)));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not an object');
    header = parsed as Record<string, unknown>;
  } catch {
    return fail('malformed_signature', 'The JWS protected header is not base64url-encoded JSON.');
  }
  if (typeof header.alg !== 'string' || !(SIGNATURE_ALGS as readonly string[]).includes(header.alg)) {
    return fail('algorithm_not_allowed', `The signature uses algorithm ${JSON.stringify(header.alg)}; only EdDSA and ES256 are accepted.`);
  }
  const headerAlg = header.alg as SignatureAlg;
  const extra = Object.keys(header).filter((k) => !HEADER_MEMBERS.has(k));
  if (extra.length > 0) return fail('malformed_signature', `The JWS protected header carries ${extra.join(', ')}, which bundle signatures do not use.`);
  if (typeof header.kid !== 'string' || header.kid.length === 0) return fail('malformed_signature', 'The JWS protected header has no kid.');
  if (header.typ !== undefined && header.typ !== BUNDLE_JWS_TYP) return fail('malformed_signature', `The JWS typ is ${JSON.stringify(header.typ)}, not ${BUNDLE_JWS_TYP}.`);
  if (kid !== header.kid || alg !== headerAlg) return fail('malformed_signature', 'signature.kid and signature.alg differ from the kid and alg the JWS protects.');

  const key = await resolveKey(options.keys, header.kid, headerAlg, options.now ?? new Date());
  if (typeof key === 'string') {
    if (key === 'unknown') return fail('unknown_key', `No public key with kid ${JSON.stringify(header.kid)} is known for this producer.`);
    return key.startsWith('expired:') ? fail('expired_key', key.slice('expired:'.length)) : fail('unusable_key', key);
  }

  const signed = signingInput(bundle as Record<string, unknown>);
  try {
    await compactVerify(`${parts[1]}.${toBase64url(signed)}.${parts[2]}`, key, { algorithms: [headerAlg] });
  } catch {
    return fail('bad_signature', 'The signature does not match: the bundle was changed after signing, or it was signed with another key.');
  }
  return options.keepSignedBytes ? { ok: true, kid: header.kid, alg: headerAlg, signed } : { ok: true, kid: header.kid, alg: headerAlg };
}

/** Public keys imported from JWKs, by algorithm and key material: a verifier sees the same few keys again and again. */
const imported = new Map<string, CryptoKey>();
const MAX_IMPORTED = 256;

/** The verification key for `kid`, or 'unknown', or why the key cannot be used. */
async function resolveKey(source: KeySource, kid: string, alg: SignatureAlg, now: Date): Promise<CryptoKey | 'unknown' | string> {
  const list = typeof source === 'function' ? undefined : Array.isArray(source) ? (source as readonly JWK[]) : ((source as { keys?: unknown }).keys ?? []);
  if (list !== undefined && !Array.isArray(list)) return 'The key set has no "keys" array.';
  const found = typeof source === 'function' ? await source(kid) : (list as readonly JWK[]).find((k) => k?.kid === kid);
  if (found === undefined) return 'unknown';
  if (isCryptoKey(found)) return found;
  if (found.kty === 'oct') return `The key ${kid} is a symmetric key; bundle signatures need a public key.`;
  // Web Crypto exports Ed25519 keys labelled `Ed25519` (RFC 9864's fully-specified name), which JOSE's EdDSA covers
  if (found.alg !== undefined && found.alg !== alg && !(alg === 'EdDSA' && found.alg === 'Ed25519')) {
    return `The key ${kid} is for ${found.alg}, but the signature uses ${alg}.`;
  }
  if (found.use !== undefined && found.use !== 'sig') return `The key ${kid} is not a signing key (use ${found.use}).`;
  // GPOS convention: a partner's JWKS may give a key `exp` (and `nbf`) in seconds since the epoch, as JWT claims do, to retire it
  const { exp, nbf } = found as JWK & { exp?: unknown; nbf?: unknown };
  const seconds = now.getTime() / 1000;
  if (typeof exp === 'number' && seconds >= exp) return `expired:The key ${kid} expired on ${new Date(exp * 1000).toISOString()}; ask the producer for its current key set.`;
  if (typeof nbf === 'number' && seconds < nbf) return `expired:The key ${kid} is not valid before ${new Date(nbf * 1000).toISOString()}.`;
  // only the public members: a private JWK given by mistake must still verify, never sign
  const { kty, crv, x, y } = found;
  // imported once per key material and algorithm (the checks above, which depend on the JWK's other members and
  // on the time, run every time)
  const cacheKey = JSON.stringify([alg, kty, crv, x, y]);
  const cached = imported.get(cacheKey);
  if (cached) return cached;
  try {
    const key = await importJWK({ kty, crv, x, ...(y === undefined ? {} : { y }) } as JWK, alg);
    if (!isCryptoKey(key)) return `The key ${kid} is not an asymmetric key.`;
    if (imported.size >= MAX_IMPORTED) imported.delete(imported.keys().next().value!);
    imported.set(cacheKey, key);
    return key;
  } catch (error) {
    return `The key ${kid} cannot be used with ${alg}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function isCryptoKey(key: unknown): key is CryptoKey {
  return typeof CryptoKey !== 'undefined' && key instanceof CryptoKey;
}
