/**
 * Generates conformance/pseudonyms/oprf-vectors.json: OPRF pseudonyms (RFC 9497, OPRF mode, ristretto255-SHA512)
 * of the RFC 8785 JSON of `{"kind","value"}`, under exchange keys derived from public test seeds, with fixed
 * blinds so that every step of the exchange (blinded element, evaluated element, output) can be compared.
 * `generate()` is pure; test/oprf.test.ts compares its output with the committed file. Run `npm run vectors`.
 */
import { createHash } from 'node:crypto';
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { canonicalJson } from '../src/canonical-json.js';
import { fromHex, toBase64url } from '../src/base64url.js';
import { OPRF_ALG, OprfKey, oprfFinalize } from '../src/oprf.js';

export const OPRF_VECTORS_PATH = new URL('../../../conformance/pseudonyms/oprf-vectors.json', import.meta.url);

/** RFC 9497 §3 and §4.1: the HashToGroup domain separation tag of the OPRF mode (0x00) of ristretto255-SHA512. */
export const HASH_TO_GROUP_DST = new Uint8Array([...new TextEncoder().encode('HashToGroup-OPRFV1-'), 0x00, ...new TextEncoder().encode('-ristretto255-SHA512')]);

const KEYS = [
  { key_id: 'exchange-test-2026-01', seed_hex: 'a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3' },
  { key_id: 'exchange-test-2026-07', seed_hex: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0' },
];
/** Fixed blinds for the vectors only: a real partner draws a fresh random blind for every value. */
const BLINDS = ['64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706', '222a5e897cf59db8145db8d16e597e8facb80ae7d4e26d9881aa6f61d645fc0e'];

const CASES: { description: string; key_id: string; kind: string; canonical: string; blind: number }[] = [
  { description: 'a Thai mobile number (observable)', key_id: 'exchange-test-2026-01', kind: 'phone_number', canonical: '+66812345678', blind: 0 },
  { description: 'the same number blinded differently: another blinded element, the same pseudonym', key_id: 'exchange-test-2026-01', kind: 'phone_number', canonical: '+66812345678', blind: 1 },
  { description: 'the same number as a victim key: another domain, another pseudonym', key_id: 'exchange-test-2026-01', kind: 'victim.e164', canonical: '+66812345678', blind: 0 },
  { description: 'the same number under the rotated exchange key', key_id: 'exchange-test-2026-07', kind: 'phone_number', canonical: '+66812345678', blind: 0 },
  { description: 'a domestic bank account', key_id: 'exchange-test-2026-01', kind: 'bank_account', canonical: 'TH:004:0041234567', blind: 0 },
  { description: 'a victim key over a national id', key_id: 'exchange-test-2026-01', kind: 'victim.national_id.TH', canonical: '1101700203451', blind: 1 },
  { description: 'non-ASCII text stays UTF-8 in the input, not \\u escapes', key_id: 'exchange-test-2026-01', kind: 'message_template', canonical: 'บัญชีของคุณถูกระงับ {url}', blind: 0 },
];

export interface OprfVector {
  description: string;
  key_id: string;
  /** The exchange's secret seed; the key is RFC 9497 DeriveKeyPair(seed, info = UTF-8 of key_id). */
  seed_hex: string;
  /** The derived secret scalar skS, little-endian. */
  sk_hex: string;
  kind: string;
  canonical: string;
  /** The exact text blinded (UTF-8 encoded): the same as the HMAC pseudonyms'. */
  input: string;
  /** RFC 9380 expand_message_xmd(input, HashToGroup DST, 64) with SHA-512: the uniform bytes ristretto255's element derivation maps to HashToGroup(input). */
  uniform_hex: string;
  /** The blind scalar, little-endian (fixed here; random in use). */
  blind_hex: string;
  /** What the partner sends: HashToGroup(input) · blind. */
  blinded_hex: string;
  /** What the exchange answers: blinded · skS. */
  evaluated_hex: string;
  /** What the partner gets by removing the blind: HashToGroup(input) · skS, the element Finalize hashes. */
  unblinded_hex: string;
  /** The expected `pseudonym.value`: the 64-byte Finalize output, base64url without padding. */
  value: string;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** RFC 9380 §5.3.1 expand_message_xmd with SHA-512 (b = 64 bytes, r = 128 bytes), written out with node:crypto. */
export function expandMessageXmd(msg: Uint8Array, dst: Uint8Array, length: number): Uint8Array {
  const sha512 = (...parts: Uint8Array[]) => new Uint8Array(createHash('sha512').update(Buffer.concat(parts)).digest());
  const dstPrime = new Uint8Array([...dst, dst.length]);
  const ell = Math.ceil(length / 64);
  const b0 = sha512(new Uint8Array(128), msg, new Uint8Array([length >> 8, length & 255, 0]), dstPrime);
  const out: Uint8Array[] = [sha512(b0, new Uint8Array([1]), dstPrime)];
  for (let i = 2; i <= ell; i++) out.push(sha512(b0.map((b, j) => b ^ out[i - 2]![j]!), new Uint8Array([i]), dstPrime));
  return new Uint8Array(Buffer.concat(out)).slice(0, length);
}

/** RFC 9497 `Blind` with a given scalar: HashToGroup(input) multiplied by the blind. */
export function blindWithScalar(input: Uint8Array, blind: Uint8Array): Uint8Array {
  const point = ristretto255_hasher.hashToCurve(input, { DST: HASH_TO_GROUP_DST });
  return point.multiply(ristretto255.Point.Fn.fromBytes(blind)).toBytes();
}

export function generate(): string {
  const vectors: OprfVector[] = CASES.map((c) => {
    const seed = KEYS.find((k) => k.key_id === c.key_id)!.seed_hex;
    const key = OprfKey.derive(c.key_id, fromHex(seed));
    const input = canonicalJson({ kind: c.kind, value: c.canonical });
    const bytes = new TextEncoder().encode(input);
    const blind = fromHex(BLINDS[c.blind]!);
    const blinded = blindWithScalar(bytes, blind);
    const evaluated = key.evaluateBlinded(blinded);
    const output = oprfFinalize({ input: bytes, blind, blinded }, evaluated);
    return {
      description: c.description,
      key_id: c.key_id,
      seed_hex: seed,
      sk_hex: hex(key.secretScalar()),
      kind: c.kind,
      canonical: c.canonical,
      input,
      uniform_hex: hex(expandMessageXmd(bytes, HASH_TO_GROUP_DST, 64)),
      blind_hex: BLINDS[c.blind]!,
      blinded_hex: hex(blinded),
      evaluated_hex: hex(evaluated),
      unblinded_hex: hex(ristretto255_hasher.hashToCurve(bytes, { DST: HASH_TO_GROUP_DST }).multiply(ristretto255.Point.Fn.fromBytes(key.secretScalar())).toBytes()),
      value: toBase64url(output),
    };
  });
  return `${JSON.stringify({ alg: OPRF_ALG, suite: 'ristretto255-SHA512', mode: 0, vectors }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(OPRF_VECTORS_PATH, generate());
  console.log(`wrote ${OPRF_VECTORS_PATH.pathname}`);
}
