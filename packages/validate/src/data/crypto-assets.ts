import { chunk } from '../chunks.js';

let known: Map<string, { decimals: number; symbol: string }> | undefined;

// EVM contract addresses are matched in any letter case (EIP-55 mixes cases as a checksum); every other
// reference is case-sensitive, as CAIP-19 is
const key = (asset: string) => (asset.startsWith('eip155:') ? asset.toLowerCase() : asset);

function lookup(asset: string) {
  if (!known) {
    const rows = chunk('codelists')?.codelists.crypto_asset?.rows;
    // not loaded yet (the browser entry loads the chunk and runs again): nothing is known, nothing is remembered
    if (!rows) return undefined;
    known = new Map();
    for (const row of rows) {
      if (row.caip19 && row.decimals) known.set(key(row.caip19), { decimals: Number(row.decimals), symbol: row.symbol ?? '' });
    }
  }
  return known.get(key(asset));
}

/**
 * How many decimals a known crypto asset has on its chain, by CAIP-19 id, from the `crypto_asset` codelist;
 * undefined for assets the standard does not list.
 */
export function decimalsOfAsset(asset: string): number | undefined {
  return lookup(asset)?.decimals;
}

/** The ticker of a known crypto asset with its chain (`USDT (tron:0x2b6653dc)`), or the asset id itself. */
export function displayAsset(asset: string): string {
  const symbol = lookup(asset)?.symbol;
  return symbol ? `${symbol} (${asset.slice(0, asset.indexOf('/'))})` : asset;
}
