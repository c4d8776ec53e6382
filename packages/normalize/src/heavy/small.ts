/**
 * The normaliser's smaller per-kind libraries — IBAN checks (ibantools), hashes (@noble/hashes) and base encodings
 * (@scure/base) — imported up front, with the shapes the kinds use. Browsers and bundlers get these (through
 * `./eager.ts` and `./deferred.ts`); Node's `./node.ts` requires each only when a value of a kind that needs it
 * comes along, and imports nothing but the types from here.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { base58, bech32, bech32m, createBase58check } from '@scure/base';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/** What the IBAN kind uses of ibantools. */
export interface IbanChecks {
  readonly electronicFormatIBAN: typeof electronicFormatIBAN;
  readonly isValidIBAN: typeof isValidIBAN;
}

/** What the crypto and message-template kinds use of @noble/hashes. */
export interface Hashes {
  readonly sha256: typeof sha256;
  readonly keccak_256: typeof keccak_256;
  readonly bytesToHex: typeof bytesToHex;
  readonly utf8ToBytes: typeof utf8ToBytes;
}

/** What the crypto kinds use of @scure/base. */
export interface BaseEncodings {
  readonly base58: typeof base58;
  readonly bech32: typeof bech32;
  readonly bech32m: typeof bech32m;
  readonly createBase58check: typeof createBase58check;
}

const iban: IbanChecks = { electronicFormatIBAN, isValidIBAN };
const hash: Hashes = { sha256, keccak_256, bytesToHex, utf8ToBytes };
const encodings: BaseEncodings = { base58, bech32, bech32m, createBase58check };

/** ibantools' IBAN checks. */
export const ibanChecks = (): IbanChecks => iban;

/** SHA-256, Keccak-256 and their byte helpers (@noble/hashes). */
export const hashes = (): Hashes => hash;

/** Base58, Base58Check and Bech32(m) (@scure/base). */
export const baseEncodings = (): BaseEncodings => encodings;
