import { invalid, keys, valid } from '../result.js';
import type { KindResult, MatchKey, NormalizeOptions } from '../types.js';
import { checkAddress, inferChain } from './chains.js';

const CAIP2 = /^([-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32})$/;
const CAIP10 = /^([-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}):(.+)$/s;

function chainOf(options: NormalizeOptions): string | undefined {
  return options.chain && CAIP2.test(options.chain) ? options.chain : undefined;
}

/**
 * CAIP-10 `chain_id:address`, with the address checked and written as its chain requires: EIP-55 for EVM,
 * lower-case Bech32(m) and Base58Check for Bitcoin and Litecoin, Base58Check for Tron, Base58 for Solana.
 * EVM addresses also get a chain-family key (`eip155:0x…` in lower case), since one key controls them on every EVM chain.
 */
export function normalizeCryptoAddress(input: string, options: NormalizeOptions): KindResult {
  const text = input.trim();
  const caip = text.includes(':') ? CAIP10.exec(text) : null; // bare addresses, the usual case, skip the regex
  const address = caip ? caip[2]! : text;
  const chain = caip ? caip[1]! : (chainOf(options) ?? inferChain(address));
  if (!chain) return invalid('missing_context', 'the chain cannot be told from the address: write it as CAIP-10 (chain_id:address) or pass chain');
  const checked = checkAddress(chain, address);
  if ('code' in checked) return invalid(checked.code, checked.reason);
  const canonical = `${chain}:${checked.address}`;
  const matchKeys: MatchKey[] = [{ type: 'chain_address', value: canonical }];
  if (chain.startsWith('eip155:')) matchKeys.push({ type: 'evm_address', value: `eip155:${checked.address.toLowerCase()}` });
  return valid(canonical, matchKeys, { chain_id: chain, address: checked.address });
}

/**
 * `chain_id:hash`: EVM hashes as 0x and lower-case hex, other hex hashes in lower case, Solana signatures as
 * Base58. A bare 64-digit hex hash does not say its chain (Bitcoin, Tron…), so the chain must be given.
 */
export function normalizeCryptoTransaction(input: string, options: NormalizeOptions): KindResult {
  const text = input.trim();
  const caip = CAIP10.exec(text);
  const hash = caip ? caip[2]! : text;
  const chain = caip ? caip[1]! : (chainOf(options) ?? (/^0x[0-9a-fA-F]{64}$/.test(hash) ? 'eip155:1' : undefined));
  if (!chain) return invalid('missing_context', 'the chain cannot be told from the hash: write chain_id:hash or pass chain');
  let canonical: string;
  if (chain.startsWith('eip155:')) {
    if (!/^(0x)?[0-9a-fA-F]{64}$/.test(hash)) return invalid('invalid_transaction', 'an EVM transaction hash is 0x and 64 hex digits');
    canonical = `0x${hash.replace(/^0x/, '').toLowerCase()}`;
  } else if (chain.startsWith('solana:')) {
    if (!/^[1-9A-HJ-NP-Za-km-z]{64,90}$/.test(hash)) return invalid('invalid_transaction', 'a Solana transaction id is a Base58 signature');
    canonical = hash;
  } else {
    if (!/^(0x)?[0-9a-fA-F]{64}$/.test(hash)) return invalid('invalid_transaction', 'a transaction hash is 64 hex digits');
    canonical = hash.replace(/^0x/, '').toLowerCase();
  }
  const value = `${chain}:${canonical}`;
  return valid(value, keys(['transaction', value]), { chain_id: chain, tx_hash: canonical });
}
