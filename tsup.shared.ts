import type { Options } from 'tsup';

/** Dual ESM + CJS build with types for both; every package's tsup.config.ts starts from this. */
export function libraryBuild(entry: Record<string, string>, overrides: Partial<Options> = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    ...overrides,
  };
}
