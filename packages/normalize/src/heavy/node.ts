/**
 * In Node, the Public Suffix List (tldts) and libphonenumber's full metadata are loaded on first use — the
 * metadata one country calling code at a time, and libphonenumber-js from one file (./phone.ts): together
 * they cost more to load than the rest of the normaliser and the validator, and most runs (`gpos --version`, a
 * feed of bank accounts or wallets) never need one of them. So are the smaller per-kind libraries — IBAN checks
 * (ibantools), hashes (@noble/hashes) and base encodings (@scure/base) — which a start-up for one record would
 * otherwise load all of, whatever its kind. `require` is synchronous, so `normalize()` stays synchronous; browsers
 * and bundlers get `./eager.ts` instead (package.json `imports`, `#heavy`).
 */
import { createRequire } from 'node:module';
import type { parse } from 'tldts';
import { parsePhone, type PhoneParse } from './phone.js';
import type { BaseEncodings, Hashes, IbanChecks } from './small.js';

const load = createRequire(import.meta.url);

let tldtsParse: typeof parse | undefined;

/** tldts's `parse`, which finds a host's registrable domain on the Public Suffix List. */
export function publicSuffixes(): typeof parse {
  return (tldtsParse ??= (load('tldts') as { parse: typeof parse }).parse);
}

/** libphonenumber-js's `parsePhoneNumberFromString`, as with the full ("max") metadata. */
export function phoneNumbers(): PhoneParse {
  return parsePhone;
}

let iban: IbanChecks | undefined;
let hash: Hashes | undefined;
let encodings: BaseEncodings | undefined;

/** ibantools' IBAN checks. */
export function ibanChecks(): IbanChecks {
  return (iban ??= load('ibantools') as IbanChecks);
}

/** SHA-256, Keccak-256 and their byte helpers (@noble/hashes). */
export function hashes(): Hashes {
  if (hash) return hash;
  const { sha256 } = load('@noble/hashes/sha2.js') as Pick<Hashes, 'sha256'>;
  const { keccak_256 } = load('@noble/hashes/sha3.js') as Pick<Hashes, 'keccak_256'>;
  const { bytesToHex, utf8ToBytes } = load('@noble/hashes/utils.js') as Pick<Hashes, 'bytesToHex' | 'utf8ToBytes'>;
  return (hash = { sha256, keccak_256, bytesToHex, utf8ToBytes });
}

/** Base58, Base58Check and Bech32(m) (@scure/base). */
export function baseEncodings(): BaseEncodings {
  return (encodings ??= load('@scure/base') as BaseEncodings);
}

/** The heavy parts by name. */
export type HeavyPart = 'public_suffixes' | 'phone_numbers';

/** Nothing is ever missing here: each part is at hand when asked for (the browser entry's `#heavy` differs). */
export function takeMissingHeavy(): HeavyPart[] {
  return [];
}

/** Nothing to wait for here: each part is at hand when asked for. */
export async function loadHeavy(_parts?: readonly HeavyPart[]): Promise<void> {}
