import { codelists } from '@gpos/schema';

let decimals: Map<string, number> | undefined;

/**
 * How many decimals a known crypto asset has on its chain, by CAIP-19 id, from the `crypto_asset` codelist;
 * undefined for assets the standard does not list. EVM contract addresses are matched in any letter case
 * (EIP-55 mixes cases as a checksum); every other reference is case-sensitive, as CAIP-19 is.
 */
export function decimalsOfAsset(asset: string): number | undefined {
  if (!decimals) {
    decimals = new Map();
    for (const row of codelists.crypto_asset.rows) {
      const id = row.caip19;
      if (id && row.decimals) decimals.set(id.startsWith('eip155:') ? id.toLowerCase() : id, Number(row.decimals));
    }
  }
  return decimals.get(asset.startsWith('eip155:') ? asset.toLowerCase() : asset);
}
