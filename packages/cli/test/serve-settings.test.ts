import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, generate } from '../scripts/generate.js';

// gpos serve's flags for the server's limits are generated from their one declaration in @gpos/server/settings
describe('src/commands/serve/settings.generated.ts', () => {
  it('is what scripts/generate.ts makes of @gpos/server/settings now (run npm run generate after changing them)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generate());
  });
});
