import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// @gpos/* and every other dependency stay external (tsup's default for dependencies): they are installed with the CLI.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts' }, { platform: 'node', clean: false, shims: true }),
  {
    // The command and its worker, each one CommonJS file (dist/bin.cjs, dist/worker.cjs): start-up is most of what a
    // one-file `gpos validate` costs, and CommonJS spares Node its ES module loader — each ES module is read through
    // the thread pool, resolved and linked asynchronously, about twice the cost of a require — while one file
    // spares it a resolution and a read per module. Each command's code still runs only when that command does
    // (esbuild wraps what is imported with `import()` in a function called on first use), and so do the
    // dependencies it requires: `import()` of a package becomes a `require` there, so every @gpos package is
    // loaded through its CommonJS build, one instance each.
    entry: { bin: 'src/bin.ts', worker: 'src/commands/validate/worker.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    splitting: false,
    shims: true,
    sourcemap: true,
    clean: false,
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
  },
]);
