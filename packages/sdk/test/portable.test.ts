import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const src = new URL('../src/', import.meta.url);
const files = readdirSync(src).filter((f) => f.endsWith('.ts'));

describe('the core runs in browsers', () => {
  it.each(files)('%s uses no Node-only API', (file) => {
    // comments may name Node; an optional lookup on globalThis is feature detection, with a portable path beside it
    const code = readFileSync(new URL(file, src), 'utf8')
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      .replace(/\(globalThis as \{ \w+\?: \w+ \}\)\.\w+/g, 'globalThis.optional');
    expect(code).not.toMatch(/from ['"]node:|require\(|\bBuffer\b|\bprocess\./);
  });

  it('base64url gives the same text without Buffer as with it', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256);
    const { toBase64url } = await import('../src/base64url.js');
    const withBuffer = toBase64url(bytes);
    const saved = globalThis.Buffer;
    try {
      // @ts-expect-error: a browser has no Buffer
      delete globalThis.Buffer;
      vi.resetModules();
      const { toBase64url: inBrowser } = await import('../src/base64url.js');
      expect(inBrowser(bytes)).toBe(withBuffer);
      expect(inBrowser(bytes.subarray(1, 998))).toBe(toBase64url(bytes.subarray(1, 998)));
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
