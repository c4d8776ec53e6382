import type { MatchKey, Pseudonym } from '@gpos/types';
import { fromBase64url, toBase64url } from './base64url.js';
import { canonicalJson } from './canonical-json.js';
import type { Keyring } from './keyring.js';

const encoder = new TextEncoder();
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
 * A keyed pseudonym of a canonical value: HMAC-SHA-256 under the keyring's current community key (or `keyId`),
 * base64url without padding (43 characters), as the schema's `pseudonym` object.
 *
 * `kind` is the domain: the observable kind (`phone_number`) for an observable, the match key type (`e164`) for a
 * match key, and `victim.<what>` (for example `victim.e164`, `victim.national_id.TH`) for a victim key. Always pass
 * the canonical form: pseudonyms of raw values never match another partner's.
 *
 * @example await pseudonymise(keyring, 'phone_number', '+66812345678') // { alg: 'hmac-sha256', key_id: 'k1', value: '…' }
 */
export async function pseudonymise(keyring: Keyring, kind: string, canonical: string, keyId: string = keyring.currentKeyId): Promise<Pseudonym> {
  const mac = await keyring.mac(pseudonymInput(kind, canonical), keyId);
  return { alg: 'hmac-sha256', key_id: keyId, value: toBase64url(mac) };
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
