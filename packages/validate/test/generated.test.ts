import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';

describe('generated modules', () => {
  it('match schemas/ (run `npm run generate -w @gpos/validate` if this fails)', async () => {
    for (const [path, text] of Object.entries(generate())) {
      await expect(text).toMatchFileSnapshot(`../${path}`);
    }
  });

  it('contain no require() once converted to ESM', () => {
    const chunks = Object.entries(generate()).filter(([path]) => path.endsWith('.js'));
    expect(chunks.map(([path]) => path)).toContain('src/generated/validators/indicator.js');
    for (const [path, code] of chunks) expect(code, path).not.toMatch(/\brequire\(/);
  });

  it('split the precompiled checks into one chunk per record family, with no family checked in another family\'s chunk', () => {
    const files = generate();
    for (const family of ['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic']) {
      const code = files[`src/generated/validators/${family}.js`]!;
      expect(code, family).toContain(`export const validate${family[0]!.toUpperCase()}${family.slice(1)} =`);
      expect(code.match(/^export const validate\w+ =/gm), family).toHaveLength(1);
      for (const other of ['indicator', 'case', 'commitment']) {
        if (other !== family) expect(code, `${family} holds no ${other} schema`).not.toContain(`"$id":"https://schemas.gpos.network/v1/${other}.json"`);
      }
    }
  });
});
