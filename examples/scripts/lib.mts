/**
 * Helpers for the example generator: deterministic UUIDv7 record ids, observables filled in by the reference
 * normaliser, keyed pseudonyms and checksummed crypto-asset addresses. Everything is derived from fixed seeds so
 * that running the generator twice writes byte-identical files.
 */
import { createHash, createHmac } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bech32, createBase58check } from '@scure/base';
import { v7 } from 'uuid';
import { normalize, observableId, type NormalizeOptions } from '@gpos/normalize';

export const SPEC_VERSION = '1.0.0';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** A UUIDv7 whose time is `at` and whose random bits come from the seed: real v7, but reproducible. */
export function recordId(type: string, seed: string, at: string): string {
  const msecs = Date.parse(at);
  if (Number.isNaN(msecs)) throw new Error(`bad timestamp ${at}`);
  return `${type}--${v7({ msecs, random: Uint8Array.from(digest(`${type}|${seed}`).subarray(0, 16)) })}`;
}

/** Lower-case hex SHA-256 of a seed: stands in for the hash of an evidence file the source keeps. */
export const sha256Hex = (seed: string) => digest(seed).toString('hex');

/** A keyed pseudonym (HMAC-SHA-256, base64url) under a demonstration key that is not a real community key. */
export function pseudonym(keyId: string, canonical: string) {
  const value = createHmac('sha256', `gpos-examples-demo-key:${keyId}`).update(canonical, 'utf8').digest('base64url');
  return { alg: 'hmac-sha256' as const, key_id: keyId, value };
}

/** 20 bytes from a seed, as a lower-case hex EVM address, then EIP-55 checksummed. */
export function evmAddress(seed: string): string {
  const hex = digest(`evm|${seed}`).subarray(0, 20).toString('hex');
  const hash = Buffer.from(keccak_256(new TextEncoder().encode(hex))).toString('hex');
  let out = '0x';
  for (let i = 0; i < hex.length; i++) out += parseInt(hash[i]!, 16) >= 8 ? hex[i]!.toUpperCase() : hex[i]!;
  return out;
}

/** A native SegWit v0 (P2WPKH) Bitcoin address for a 20-byte program from a seed, with a real Bech32 checksum. */
export function bech32Address(seed: string): string {
  const program = digest(`btc|${seed}`).subarray(0, 20);
  return bech32.encode('bc', [0, ...bech32.toWords(program)]);
}

/** A TRON address for a 20-byte account from a seed: version byte 0x41, Base58Check (a real checksum, starts with T). */
export function tronAddress(seed: string): string {
  return createBase58check(sha256).encode(Uint8Array.from([0x41, ...digest(`tron|${seed}`).subarray(0, 20)]));
}

/** A 32-byte transaction hash from a seed, 0x-prefixed hex. */
export const txHash = (seed: string) => `0x${digest(`tx|${seed}`).toString('hex')}`;

/** A numeric id of `length` digits from a seed (for platform user ids, ad ids, account numbers). */
export function digits(seed: string, length: number, first = '1'): string {
  const bytes = digest(`digits|${seed}`);
  let out = first;
  for (let i = 0; out.length < length; i++) out += String(bytes[i % 32]! % 10);
  return out;
}

/** The 13-digit Thai juristic person number with its mod-11 check digit. */
export function thaiJuristicId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}

/**
 * An observable in its three forms, filled in by `@gpos/normalize`: `raw` as reported, `canonical`, `match_keys`,
 * the structured attributes, the deterministic observable id and the normaliser version.
 */
export function observable(kind: string, raw: string, options: NormalizeOptions = {}, attributes: Record<string, unknown> = {}) {
  const result = normalize(kind, raw, { defaultRegion: 'TH', ...options });
  if (!result.ok) throw new Error(`cannot normalise ${kind} ${JSON.stringify(raw)}: ${result.code} ${result.reason}`);
  return {
    kind,
    id: observableId(kind, result.canonical),
    raw,
    canonical: result.canonical,
    match_keys: result.match_keys,
    attributes: { ...result.attributes, ...attributes },
    normalizer: { name: result.normalizer.name, version: result.normalizer.version },
  };
}

/** Record fields every family shares. */
export function base(type: string, seed: string, created: string, modified: string, source: string, tlp: string) {
  return { type, id: recordId(type, seed, created), spec_version: SPEC_VERSION, created, modified, source, tlp };
}

/** Adds minutes to a timestamp and returns RFC 3339 UTC without fractional seconds. */
export function plus(at: string, minutes: number): string {
  return new Date(Date.parse(at) + minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}
