import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';

describe('generated modules', () => {
  it('match schemas/ (run `npm run generate -w @gpos/validate` if this fails)', async () => {
    for (const [path, text] of Object.entries(generate())) {
      await expect(text).toMatchFileSnapshot(`../${path}`);
    }
  });

  it('contain no require() once converted to ESM', () => {
    const code = generate()['src/generated/schema-validators.js']!;
    expect(code).not.toMatch(/\brequire\(/);
  });
});
