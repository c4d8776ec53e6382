import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

const SRC = fileURLToPath(new URL('./src/', import.meta.url));

/** Every command but `validate`, which the binary carries itself: each is a file of its own, `dist/command-<name>.cjs`. */
const OTHER_COMMANDS = readdirSync(`${SRC}commands`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'validate')
  .map((entry) => entry.name);

/**
 * How the binary's files refer to each other (all of them in dist/, so one relative path serves every file):
 * `shared/errors.ts` is one file, `dist/errors.cjs`, that the binary and each command's file require, so that
 * `CliError` (and each error class built on it) is one class whichever file throws it and `main` catches it;
 * with `commands: true`, a command's handler (`import('./run.js')` in its declaration) is that command's file.
 */
function binaryFiles({ commands }: { commands: boolean }): Plugin {
  return {
    name: 'gpos-binary-files',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        if (target === `${SRC}shared/errors.ts`) return { path: './errors.cjs', external: true };
        if (commands && args.path === './run.js') {
          const name = dirname(target).slice(`${SRC}commands/`.length);
          if (OTHER_COMMANDS.includes(name)) return { path: `./command-${name}.cjs`, external: true };
        }
        return undefined;
      });
    },
  };
}

/** The binary's CommonJS files: one Node parses whole for each run, the others only when a run needs them. */
const binary = (entry: Record<string, string>, commands: boolean): Options => ({
  entry,
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  splitting: false,
  shims: true,
  sourcemap: true,
  clean: false,
  dts: false,
  esbuildPlugins: [binaryFiles({ commands })],
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'dynamic-import': false };
  },
});

// @gpos/* and every other dependency stay external (tsup's default for dependencies): they are installed with the CLI.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts' }, { platform: 'node', clean: false, shims: true }),
  // The command and its worker, CommonJS (dist/bin.cjs, dist/worker.cjs): start-up is most of what a one-file
  // `gpos validate` costs, and CommonJS spares Node its ES module loader — each ES module is read through the
  // thread pool, resolved and linked asynchronously, about twice the cost of a require. dist/bin.cjs holds the
  // parser, the help, every declaration and `gpos validate`, which CI runs most, so that `gpos validate` is one
  // file; every other command is a file of its own (dist/command-<name>.cjs), which Node reads and parses only
  // when that command runs. Each command's code still runs only when that command does (esbuild wraps what is
  // imported with `import()` in a function called on first use), and so do the dependencies it requires:
  // `import()` of a package becomes a `require` there, so every @gpos package is loaded through its CommonJS
  // build, one instance each.
  { ...binary({ bin: 'src/bin.ts', worker: 'src/commands/validate/worker.ts' }, true), banner: { js: '#!/usr/bin/env node' } },
  binary({ errors: 'src/shared/errors.ts', ...Object.fromEntries(OTHER_COMMANDS.map((name) => [`command-${name}`, `src/commands/${name}/run.ts`])) }, false),
]);
