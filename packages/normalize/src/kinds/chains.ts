import { baseEncodings, hashes } from '#heavy';
import type { BaseEncodings } from '../heavy/small.js';

/** CAIP-2 ids of the chains whose addresses can be told apart by their form. */
export const CHAINS = {
  ethereum: 'eip155:1',
  bitcoin: 'bip122:000000000019d6689c085ae165831e93',
  litecoin: 'bip122:12a765e31ffd4059bada1e25190f6e98',
  tron: 'tron:0x2b6653dc',
  solana: 'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp',
} as const;

let base58check: ReturnType<BaseEncodings['createBase58check']> | undefined;

/** EIP-55 mixed-case checksum of a 20-byte hex address. */
export function toChecksumAddress(hex40: string): string {
  const lower = hex40.toLowerCase();
  const { keccak_256, utf8ToBytes } = hashes();
  const hash = keccak_256(utf8ToBytes(lower));
  let out = '0x';
  // the i-th hex digit of the hash, read from its bytes rather than from a hex string parsed back digit by digit
  for (let i = 0; i < 40; i++) out += (i % 2 ? hash[i >> 1]! & 15 : hash[i >> 1]! >> 4) >= 8 ? lower[i]!.toUpperCase() : lower[i]!;
  return out;
}

export type AddressCheck = { address: string } | { code: string; reason: string };

export function checkEvm(address: string): AddressCheck {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) return { code: 'invalid_address', reason: 'an EVM address is 0x and 40 hex digits' };
  const body = address.slice(2);
  const checksummed = toChecksumAddress(body);
  const mixed = body !== body.toLowerCase() && body !== body.toUpperCase();
  if (mixed && checksummed !== address) return { code: 'bad_checksum', reason: 'its EIP-55 mixed-case checksum is wrong: a character was mistyped' };
  return { address: checksummed };
}

/** Bech32 (witness v0) or Bech32m (v1+) segwit address of the given human-readable part; lower case. */
export function checkSegwit(address: string, hrp: string): AddressCheck {
  const lower = address.toLowerCase();
  if (address !== lower && address !== address.toUpperCase()) return { code: 'bad_checksum', reason: 'a Bech32 address is all lower or all upper case' };
  const { bech32, bech32m } = baseEncodings();
  try {
    // witness version 0 (`q` after the separator) is Bech32, later versions Bech32m
    const decoded = lower.startsWith(hrp) && lower.startsWith('1q', hrp.length) ? bech32.decode(lower as `${string}1${string}`, 90) : bech32m.decode(lower as `${string}1${string}`, 90);
    if (decoded.prefix !== hrp) return { code: 'invalid_address', reason: `the address is not for this chain (prefix ${decoded.prefix})` };
    return { address: lower };
  } catch {
    return { code: 'bad_checksum', reason: 'its Bech32 checksum is wrong: a character was mistyped' };
  }
}

/** Base58Check address whose version byte is one of `versions` and whose payload is 21 bytes. */
export function checkBase58(address: string, versions: number[]): AddressCheck {
  base58check ??= baseEncodings().createBase58check(hashes().sha256);
  try {
    const payload = base58check.decode(address);
    if (payload.length !== 21 || !versions.includes(payload[0]!)) return { code: 'invalid_address', reason: 'the address is not for this chain' };
    return { address };
  } catch {
    return { code: 'bad_checksum', reason: 'its Base58Check checksum is wrong: a character was mistyped' };
  }
}

/** A Solana address: Base58 of a 32-byte public key, case-sensitive, no checksum. */
export function checkSolana(address: string): AddressCheck {
  const { base58 } = baseEncodings();
  try {
    return base58.decode(address).length === 32 ? { address } : { code: 'invalid_address', reason: 'a Solana address is the Base58 of 32 bytes' };
  } catch {
    return { code: 'invalid_address', reason: 'it is not Base58' };
  }
}

/** The chain an address's form shows, when it shows one. */
export function inferChain(address: string): string | undefined {
  if (address.startsWith('0x') && /^0x[0-9a-fA-F]{40}$/.test(address)) return CHAINS.ethereum; // a prefix test is cheaper than a failing regex
  if (/^bc1/i.test(address) || /^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(address)) return CHAINS.bitcoin;
  if (/^ltc1/i.test(address) || /^[LM][1-9A-HJ-NP-Za-km-z]{26,33}$/.test(address)) return CHAINS.litecoin;
  if (/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(address)) return CHAINS.tron;
  if (/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(address)) return CHAINS.solana;
  return undefined;
}

/** Checks an address against its chain and returns its canonical form. */
export function checkAddress(chain: string, address: string): AddressCheck {
  if (chain.startsWith('eip155:')) return checkEvm(address);
  if (chain === CHAINS.bitcoin) return /^bc1/i.test(address) ? checkSegwit(address, 'bc') : checkBase58(address, [0x00, 0x05]);
  if (chain === CHAINS.litecoin) return /^ltc1/i.test(address) ? checkSegwit(address, 'ltc') : checkBase58(address, [0x30, 0x32, 0x05]);
  if (chain.startsWith('tron:')) return checkBase58(address, [0x41]);
  if (chain.startsWith('solana:')) return checkSolana(address);
  return /^[-.%a-zA-Z0-9]{1,128}$/.test(address) ? { address } : { code: 'invalid_address', reason: 'a CAIP-10 account address is 1 to 128 letters, digits, -, . or %' };
}
