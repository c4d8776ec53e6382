import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// @gpos/* and every other dependency stay external (tsup's default for dependencies): they are installed with the CLI.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts' }, { platform: 'node', clean: false, shims: true }),
  {
    // the command and its worker: ESM only, no types; the worker is loaded by URL next to the bin
    entry: { bin: 'src/bin.ts', worker: 'src/commands/validate/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    sourcemap: true,
    clean: false,
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
