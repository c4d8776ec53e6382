import { describe, expect, it } from 'vitest';
import { generate, OUTPUT } from '../scripts/generate-zod.js';

describe('generated zod schemas', () => {
  it('match schemas/v1 (run `npm run generate -w @gpos/validate` if this fails)', async () => {
    const files = generate();
    expect(Object.keys(files)).toEqual([OUTPUT]);
    for (const [path, text] of Object.entries(files)) await expect(text).toMatchFileSnapshot(`../${path}`);
  });

  it('carry the do-not-edit banner', () => {
    expect(generate()[OUTPUT]).toMatch(/^\/\* eslint-disable \*\/\n\/\/ =+\n\/\/ GENERATED FROM schemas\/v1 — DO NOT EDIT\./);
  });

  it('use z.lazy only where a schema is recursive (none is, today)', () => {
    expect(generate()[OUTPUT]).not.toContain('z.lazy(');
  });
});
