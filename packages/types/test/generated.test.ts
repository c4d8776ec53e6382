import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';

describe('generated types', () => {
  it('match the schemas (run `npm run generate` if this fails)', async () => {
    for (const [path, text] of Object.entries(await generate())) {
      await expect(text).toMatchFileSnapshot(`../${path}`);
    }
  });
});
