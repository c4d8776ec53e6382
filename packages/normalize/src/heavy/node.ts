/**
 * In Node, the Public Suffix List (tldts) and libphonenumber's full metadata are loaded on first use: together
 * they cost more to load than the rest of the normaliser and the validator, and most runs (`gpos --version`, a
 * feed of bank accounts or wallets) never need one of them. `require` is synchronous, so `normalize()` stays
 * synchronous; browsers and bundlers get `./eager.ts` instead (package.json `imports`, `#heavy`).
 */
import { createRequire } from 'node:module';
import type { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { parse } from 'tldts';

const load = createRequire(import.meta.url);

let tldtsParse: typeof parse | undefined;
let phoneParse: typeof parsePhoneNumberFromString | undefined;

/** tldts's `parse`, which finds a host's registrable domain on the Public Suffix List. */
export function publicSuffixes(): typeof parse {
  return (tldtsParse ??= (load('tldts') as { parse: typeof parse }).parse);
}

/** libphonenumber-js's `parsePhoneNumberFromString` with the full ("max") metadata. */
export function phoneNumbers(): typeof parsePhoneNumberFromString {
  return (phoneParse ??= (load('libphonenumber-js/max') as { parsePhoneNumberFromString: typeof parsePhoneNumberFromString }).parsePhoneNumberFromString);
}

/** The heavy parts by name. */
export type HeavyPart = 'public_suffixes' | 'phone_numbers';

/** Nothing is ever missing here: each part is at hand when asked for (the browser entry's `#heavy` differs). */
export function takeMissingHeavy(): HeavyPart[] {
  return [];
}

/** Nothing to wait for here: each part is at hand when asked for. */
export async function loadHeavy(_parts?: readonly HeavyPart[]): Promise<void> {}
