import type { KeySource } from '@gpos/sdk';
import { decodeJwt, errors, importJWK, jwtVerify, type JWK, type JWTHeaderParameters } from 'jose';
import { Problem } from './http.js';
import type { Partner } from './options.js';

/** The algorithms a partner JWT may use: those of bundle signatures, so the same keys serve both (never `none` or HMAC). */
export const JWT_ALGORITHMS = ['EdDSA', 'ES256'] as const;

export interface JwtAuthOptions {
  /**
   * The `aud` a partner's token must carry: the exchange's id or base URL (any of a list). Default: the base URL
   * `listen()` answered.
   */
  readonly audience?: string | readonly string[];
  /** The longest lifetime (`exp` − now, and `exp` − `iat`) a token may have, in seconds. Default 300. */
  readonly maxLifetimeSeconds?: number;
  /** Clock skew tolerated on `exp`, `nbf` and `iat`, in seconds. Default 30. */
  readonly clockToleranceSeconds?: number;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Whether a bearer token is shaped like a JWT (three base64url segments) rather than a partner key. */
export const looksLikeJwt = (token: string) => COMPACT_JWS.test(token);

const unauthorized = (why: string) => new Problem('unauthorized', `The bearer JWT is not accepted: ${why}`);

/**
 * Verifies a partner's signed JWT: `iss` names the partner (its org), the signature verifies with one of the
 * partner's keys (the JWKS its bundle signatures verify with, by `kid`), `aud` is this exchange, `exp` is present,
 * not passed and at most `maxLifetimeSeconds` away. Answers the partner, or throws a 401 problem.
 */
export async function verifyPartnerJwt(token: string, partners: ReadonlyMap<string, Partner>, audience: readonly string[], options: JwtAuthOptions = {}): Promise<Partner> {
  let iss: unknown;
  try {
    iss = decodeJwt(token).iss;
  } catch {
    throw unauthorized('it is not a JWT.');
  }
  const partner = typeof iss === 'string' ? partners.get(iss) : undefined;
  if (!partner) throw unauthorized(`its iss ${JSON.stringify(iss)} is not a partner of this exchange.`);
  if (audience.length === 0) throw unauthorized('this exchange has no audience configured.');
  const maxLifetime = options.maxLifetimeSeconds ?? 300;
  const tolerance = options.clockToleranceSeconds ?? 30;
  let payload;
  try {
    ({ payload } = await jwtVerify(token, (header) => partnerKey(partner.keys, header), {
      algorithms: [...JWT_ALGORITHMS],
      issuer: partner.org,
      audience: [...audience],
      requiredClaims: ['exp'],
      clockTolerance: tolerance,
    }));
  } catch (error) {
    if (error instanceof Problem) throw error;
    if (error instanceof errors.JWTExpired) throw unauthorized('it has expired.');
    if (error instanceof errors.JWTClaimValidationFailed) throw unauthorized(`its ${error.claim} claim is not accepted (${error.reason}).`);
    if (error instanceof errors.JOSEAlgNotAllowed) throw unauthorized(`only ${JWT_ALGORITHMS.join(' and ')} signatures are accepted.`);
    if (error instanceof errors.JWSSignatureVerificationFailed) throw unauthorized(`its signature does not verify with ${partner.org}'s keys.`);
    throw unauthorized(error instanceof Error ? error.message : String(error));
  }
  const now = Date.now() / 1000;
  const exp = payload.exp!;
  if (exp - now > maxLifetime + tolerance || (typeof payload.iat === 'number' && exp - payload.iat > maxLifetime)) {
    throw unauthorized(`it is valid for longer than ${maxLifetime} s; use short-lived tokens.`);
  }
  return partner;
}

/** The partner's public key for the token's `kid`, as for its bundle signatures (public members only; retired keys refused). */
async function partnerKey(source: KeySource, header: JWTHeaderParameters): Promise<CryptoKey> {
  const kid = header.kid;
  if (typeof kid !== 'string' || kid.length === 0) throw unauthorized('its header has no kid.');
  const alg = header.alg;
  if (!(JWT_ALGORITHMS as readonly string[]).includes(alg)) throw unauthorized(`only ${JWT_ALGORITHMS.join(' and ')} signatures are accepted.`);
  const list = typeof source === 'function' ? undefined : Array.isArray(source) ? (source as readonly JWK[]) : ((source as { keys?: readonly JWK[] }).keys ?? []);
  const found = typeof source === 'function' ? await source(kid) : list!.find((k) => k?.kid === kid);
  if (found === undefined) throw unauthorized(`no key ${JSON.stringify(kid)} is known for its issuer.`);
  if (typeof CryptoKey !== 'undefined' && found instanceof CryptoKey) return found;
  const jwk = found as JWK & { exp?: unknown; nbf?: unknown };
  if (jwk.kty === 'oct') throw unauthorized(`the key ${kid} is symmetric.`);
  if (jwk.alg !== undefined && jwk.alg !== alg && !(alg === 'EdDSA' && jwk.alg === 'Ed25519')) throw unauthorized(`the key ${kid} is for ${jwk.alg}, not ${alg}.`);
  if (jwk.use !== undefined && jwk.use !== 'sig') throw unauthorized(`the key ${kid} is not a signing key.`);
  const seconds = Date.now() / 1000;
  if ((typeof jwk.exp === 'number' && seconds >= jwk.exp) || (typeof jwk.nbf === 'number' && seconds < jwk.nbf)) throw unauthorized(`the key ${kid} is retired or not yet valid.`);
  const { kty, crv, x, y } = jwk;
  try {
    const key = await importJWK({ kty, crv, x, ...(y === undefined ? {} : { y }) } as JWK, alg);
    if (key instanceof Uint8Array) throw new TypeError('not an asymmetric key');
    return key;
  } catch (error) {
    throw unauthorized(`the key ${kid} cannot be used with ${alg}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
