/**
 * The loader `@gpos/normalize/browser` is built with (`#heavy` → src/heavy/deferred.ts): a heavy part is not
 * there until `loadHeavy` has imported it; asking before says which part is missing instead of answering wrongly.
 */
import { describe, expect, it } from 'vitest';
import { HeavyPartNotLoaded, loadHeavy, phoneNumbers, publicSuffixes, takeMissingHeavy } from '../src/heavy/deferred.js';

describe('the deferred heavy parts', () => {
  it('throws and notes the part until it is loaded, then answers', async () => {
    expect(takeMissingHeavy()).toEqual([]);
    expect(() => publicSuffixes()).toThrow(HeavyPartNotLoaded);
    expect(() => phoneNumbers()).toThrow(/phone number metadata/);
    expect(takeMissingHeavy().sort()).toEqual(['phone_numbers', 'public_suffixes']);
    expect(takeMissingHeavy()).toEqual([]);
    await loadHeavy(['public_suffixes']);
    expect(publicSuffixes()('www.bad-bank.co.uk').domain).toBe('bad-bank.co.uk');
    expect(() => phoneNumbers()).toThrow(HeavyPartNotLoaded);
    await loadHeavy();
    expect(phoneNumbers()('+66 81 234 5678')?.number).toBe('+66812345678');
    expect(takeMissingHeavy()).toEqual(['phone_numbers']);
  });
});
