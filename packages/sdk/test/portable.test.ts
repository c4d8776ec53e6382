import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);
const files = readdirSync(src).filter((f) => f.endsWith('.ts'));

describe('the core runs in browsers', () => {
  it.each(files)('%s uses no Node-only API', (file) => {
    const text = readFileSync(new URL(file, src), 'utf8');
    expect(text).not.toMatch(/from ['"]node:|require\(|\bBuffer\b|\bprocess\./);
  });
});
