import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';

describe('generated types', () => {
  it('match the schemas (run `npm run generate` if this fails)', async () => {
    for (const [path, text] of Object.entries(await generate())) {
      await expect(text).toMatchFileSnapshot(`../${path}`);
    }
  }, 180_000); // json-schema-to-typescript compiles every family; on a busy 2-core runner this takes well over the default
});

describe('examples fixture', () => {
  it('holds every example as a `satisfies` literal (run `npm run generate` if this fails)', async () => {
    const { generate: fixture, FIXTURE_PATH } = await import('../scripts/examples-fixture.js');
    const text = fixture();
    expect(text.match(/ satisfies /g)?.length).toBeGreaterThan(50);
    await expect(text).toMatchFileSnapshot(`../${FIXTURE_PATH}`);
  });
});
