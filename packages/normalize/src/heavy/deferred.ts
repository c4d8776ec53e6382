/**
 * The two heavy parts of the normaliser — the Public Suffix List (tldts) and libphonenumber's full metadata —
 * loaded with `import()` when asked for: what `@gpos/normalize/browser` gets (its build maps `#heavy` here), so a
 * page that never meets a domain or a phone number never downloads either. `normalize()` is synchronous: a value
 * that needs a part not loaded yet throws, the part is noted, and the caller awaits {@link loadHeavy} and asks again
 * (`@gpos/validate/browser` does that for a whole run).
 */
import type { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { parse } from 'tldts';

// the small per-kind libraries are in the page's first chunk, as before: only the two large parts are deferred
export { baseEncodings, hashes, ibanChecks } from './small.js';

/** The heavy parts by name. */
export type HeavyPart = 'public_suffixes' | 'phone_numbers';

let tldtsParse: typeof parse | undefined;
let phoneParse: typeof parsePhoneNumberFromString | undefined;
const missing = new Set<HeavyPart>();

/** Thrown when a value needs a heavy part that is not loaded yet; await {@link loadHeavy} and try again. */
export class HeavyPartNotLoaded extends Error {
  constructor(readonly part: HeavyPart) {
    super(`the ${part === 'public_suffixes' ? 'public suffix list' : 'phone number metadata'} is not loaded yet; await loadHeavy() first`);
    this.name = 'HeavyPartNotLoaded';
  }
}

/** tldts's `parse`, which finds a host's registrable domain on the Public Suffix List. */
export function publicSuffixes(): typeof parse {
  if (tldtsParse) return tldtsParse;
  missing.add('public_suffixes');
  throw new HeavyPartNotLoaded('public_suffixes');
}

/** libphonenumber-js's `parsePhoneNumberFromString` with the full ("max") metadata. */
export function phoneNumbers(): typeof parsePhoneNumberFromString {
  if (phoneParse) return phoneParse;
  missing.add('phone_numbers');
  throw new HeavyPartNotLoaded('phone_numbers');
}

/** The parts asked for and not loaded since the last call; forgets them. */
export function takeMissingHeavy(): HeavyPart[] {
  const out = [...missing];
  missing.clear();
  return out;
}

/** Loads the parts named (both when none are named). */
export async function loadHeavy(parts: readonly HeavyPart[] = ['public_suffixes', 'phone_numbers']): Promise<void> {
  await Promise.all(
    parts.map(async (part) => {
      if (part === 'public_suffixes') tldtsParse ??= (await import('tldts')).parse;
      else phoneParse ??= (await import('libphonenumber-js/max')).parsePhoneNumberFromString;
    }),
  );
}
