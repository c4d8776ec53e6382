import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';

describe('generated modules', () => {
  it('match schemas/ (run `npm run generate` if this fails)', async () => {
    for (const [path, text] of Object.entries(generate())) {
      await expect(text).toMatchFileSnapshot(`../${path}`);
    }
  });
});
