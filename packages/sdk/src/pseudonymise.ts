import type { MatchKey, Pseudonym } from '@gpos/types';
import { fromBase64url, toBase64url } from './base64url.js';
import { canonicalJson } from './canonical-json.js';
import type { Keyring } from './keyring.js';
import { OPRF_ALG, isOprfEvaluator, oprfOutputs, type OprfEvaluator } from './oprf.js';

/**
 * Who makes pseudonyms: a keyring of community HMAC keys (every holder can compute, and so enumerate, them), or an
 * OPRF evaluator (the exchange evaluates blind under a key no partner holds).
 */
export type PseudonymSource = Keyring | OprfEvaluator;

/** One value to pseudonymise: its domain (`kind`) and canonical form. */
export interface PseudonymRequest {
  readonly kind: string;
  readonly canonical: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const PSEUDONYM_VALUE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The exact bytes that are HMACed: the UTF-8 of the RFC 8785 canonical JSON of `{"kind": kind, "value": canonical}`
 * — for two string members, `{"kind":"…","value":"…"}` with JSON string escaping. The kind separates domains, so
 * the same digits as a phone number and as an account number give unrelated pseudonyms.
 */
export function pseudonymInput(kind: string, canonical: string): Uint8Array {
  if (typeof kind !== 'string' || kind.length === 0) throw new TypeError('pseudonymise: kind must be a non-empty string');
  if (typeof canonical !== 'string' || canonical.length === 0) throw new TypeError('pseudonymise: the canonical value must be a non-empty string');
  return encoder.encode(canonicalJson({ kind, value: canonical }));
}

/**
 * A keyed pseudonym of a canonical value, as the schema's `pseudonym` object. With a keyring: HMAC-SHA-256 under
 * its current community key (or `keyId`), base64url (43 characters). With an OPRF evaluator (the exchange client's
 * `oprfEvaluator`): the RFC 9497 OPRF output under the exchange's key, base64url (86 characters), the key id being
 * the one the exchange answered; one round trip — use {@link pseudonymiseMany} for many values.
 *
 * `kind` is the domain: the observable kind (`phone_number`) for an observable, the match key type (`e164`) for a
 * match key, and `victim.<what>` (for example `victim.e164`, `victim.national_id.TH`) for a victim key. Always pass
 * the canonical form: pseudonyms of raw values never match another partner's.
 *
 * @example await pseudonymise(keyring, 'phone_number', '+66812345678') // { alg: 'hmac-sha256', key_id: 'k1', value: '…' }
 */
export async function pseudonymise(source: PseudonymSource, kind: string, canonical: string, keyId?: string): Promise<Pseudonym> {
  const [pseudonym] = await pseudonymiseMany(source, [{ kind, canonical }], keyId);
  return pseudonym!;
}

/**
 * {@link pseudonymise} for many values, in order. With an OPRF evaluator every distinct value is blinded afresh
 * and the batch goes in as few round trips as the evaluator's `maxBatch` allows (10,000 values: one); the
 * exchange counts each distinct value against the partner's daily quota. `keyId` applies to keyrings only.
 */
export async function pseudonymiseMany(source: PseudonymSource, items: readonly PseudonymRequest[], keyId?: string): Promise<Pseudonym[]> {
  const inputs = items.map(({ kind, canonical }) => pseudonymInput(kind, canonical));
  if (isOprfEvaluator(source)) {
    // the same value twice is one evaluation: a guess the quota need not count twice
    const texts = inputs.map((b) => decoder.decode(b));
    const distinct = [...new Set(texts)];
    const { keyId: oprfKey, outputs } = await oprfOutputs(source, distinct.map((t) => encoder.encode(t)));
    const byText = new Map(distinct.map((t, i) => [t, toBase64url(outputs[i]!)]));
    return texts.map((t) => ({ alg: OPRF_ALG, key_id: oprfKey, value: byText.get(t)! }));
  }
  const key = keyId ?? source.currentKeyId;
  const out: Pseudonym[] = [];
  for (const input of inputs) out.push({ alg: 'hmac-sha256', key_id: key, value: toBase64url(await source.mac(input, key)) });
  return out;
}

/**
 * True when `pseudonym` is the pseudonym of `(kind, canonical)` under the key its `key_id` names — so pseudonyms
 * made before a key rotation still match while the old key is kept. False when the keyring lacks that key.
 */
export async function pseudonymMatches(keyring: Keyring, pseudonym: Pseudonym, kind: string, canonical: string): Promise<boolean> {
  if (pseudonym.alg !== 'hmac-sha256' || !PSEUDONYM_VALUE.test(pseudonym.value) || !keyring.has(pseudonym.key_id)) return false;
  return keyring.verifyMac(pseudonymInput(kind, canonical), fromBase64url(pseudonym.value), pseudonym.key_id);
}

/**
 * A keyed match key: `{ type: 'hmac_sha256', of: <type>, key_id, value }`, the HMAC of a personal match key
 * (with the match key type as the domain). Keys that are already keyed are returned as they are.
 */
export async function hmacMatchKey(keyring: Keyring, key: MatchKey, keyId: string = keyring.currentKeyId): Promise<MatchKey> {
  if (key.type === 'hmac_sha256') return { ...key };
  const { value } = await pseudonymise(keyring, key.type, key.value, keyId);
  return { type: 'hmac_sha256', of: key.type, key_id: keyId, value };
}
