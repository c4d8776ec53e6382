/**
 * The two heavy parts of the normaliser — the Public Suffix List (tldts) and libphonenumber's full metadata —
 * imported up front. This is what browsers and bundlers get (`#heavy` without the `node` condition): a bundle
 * holds them either way. Node gets `./node.ts`, which loads each on first use.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parse } from 'tldts';

export { baseEncodings, hashes, ibanChecks } from './small.js';

/** tldts's `parse`, which finds a host's registrable domain on the Public Suffix List. */
export const publicSuffixes = (): typeof parse => parse;

/** libphonenumber-js's `parsePhoneNumberFromString` with the full ("max") metadata. */
export const phoneNumbers = (): typeof parsePhoneNumberFromString => parsePhoneNumberFromString;

/** The heavy parts by name. */
export type HeavyPart = 'public_suffixes' | 'phone_numbers';

/** Nothing is ever missing here: each part is at hand when asked for (the browser entry's `#heavy` differs). */
export function takeMissingHeavy(): HeavyPart[] {
  return [];
}

/** Nothing to wait for here: each part is at hand when asked for. */
export async function loadHeavy(_parts?: readonly HeavyPart[]): Promise<void> {}
