import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertZod4, zodVersionProblem } from '../src/zod/require-zod-4.js';

describe('@gpos/validate/zod and its zod peer', () => {
  it('accepts the zod 4 installed here', () => {
    expect(() => assertZod4()).not.toThrow();
  });

  it('says which zod it needs when zod 3 is installed (zod 3 has no `z.core`)', () => {
    expect(zodVersionProblem(undefined)).toContain('@gpos/validate/zod needs zod 4 (^4.2.0), but the zod installed next to it is zod 3 or older. Install zod 4 in your project: npm install zod@^4.2.0');
    expect(zodVersionProblem({ major: 5, minor: 0, patch: 1 })).toContain('is zod 5.0.1');
    expect(zodVersionProblem({ major: 4, minor: 2, patch: 0 })).toBeUndefined();
  });

  it('is a peer dependency, optional, since only the zod entry needs it', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(pkg.dependencies?.zod).toBeUndefined();
    expect(pkg.peerDependencies?.zod).toBe('^4.2.0');
    expect(pkg.peerDependenciesMeta?.zod).toEqual({ optional: true });
  });

  it.each(['index.js', 'index.cjs'])('the built dist/zod/%s checks the version before building a schema', (file) => {
    const built = readFileSync(join(import.meta.dirname, '..', 'dist', 'zod', file), 'utf8');
    const check = built.search(/assertZod4\(\);/);
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(built.search(/=\s*(?:\w+\.)?z\.\w+\(/));
  });
});
