import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url, toBase64urlPortable } from '../src/base64url.js';

// Node encodes with Buffer, browsers with the portable encoder: both must write the same text for every input
describe('base64url', () => {
  it('encodes alike with and without Buffer, for every length and byte, and decodes back', () => {
    for (let length = 0; length < 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 0xff);
      const portable = toBase64urlPortable(bytes);
      expect(toBase64url(bytes)).toBe(portable);
      expect(portable).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64url(portable)).toEqual(bytes);
    }
    const window = new Uint8Array(64).fill(0xfb).subarray(5, 20); // a view into a larger buffer encodes only its bytes
    expect(toBase64url(window)).toBe(toBase64urlPortable(window));
  });
});
