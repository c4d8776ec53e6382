import { z } from 'zod';

type Version = { major?: number; minor?: number; patch?: number };

/** Why the installed zod cannot run the schemas (`undefined` when it can): they need zod 4. */
export function zodVersionProblem(found: Version | undefined): string | undefined {
  if (found?.major === 4) return undefined;
  const what = found?.major === undefined ? 'zod 3 or older' : `zod ${found.major}.${found.minor ?? 0}.${found.patch ?? 0}`;
  return (
    `@gpos/validate/zod needs zod 4 (^4.2.0), but the zod installed next to it is ${what}. ` +
    'Install zod 4 in your project: npm install zod@^4.2.0 (zod 3.25 ships zod 4 only as `zod/v4`, and @gpos/validate/zod imports `zod`).'
  );
}

/**
 * `zod` is a peer dependency of `@gpos/validate/zod`: the schemas are built with the zod the application
 * installed, so they compose with its own schemas. They use zod 4's API; under zod 3 they would fail deep inside
 * zod with an error that names neither version, so this says what is wrong before any schema is built.
 * ./keywords.ts calls it first thing (a call, not a bare import, so no bundler drops it under `sideEffects: false`),
 * and every schema module imports ./keywords.ts.
 */
export function assertZod4(): void {
  const problem = zodVersionProblem((z as { core?: { version?: Version } }).core?.version);
  if (problem) throw new Error(problem);
}
