import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// The precompiled validators import ajv's runtime helpers and ajv-formats' format checks; bundling them
// means the published package runs from `import` and `require` with no ajv installed (ajv#2209).
const ajv = [/^ajv(\/|$)/, /^ajv-formats(\/|$)/];

/** The chunks Node requires on first use (src/load/node.ts): a family's precompiled checks, the codelists, the normaliser. */
const chunks = Object.fromEntries([
  ...['bundle', 'case', 'commitment', 'events', 'extensions', 'indicator', 'operation', 'organization', 'relationship', 'retraction', 'sighting', 'statistic'].map((name) => [`chunks/${name}`, `src/generated/validators/${name}.js`]),
  ['chunks/codelists', 'src/load/chunks/codelists.ts'],
  ['chunks/normalize', 'src/load/chunks/normalize.ts'],
]);

export default defineConfig([
  // `#load` (package.json `imports`) stays a module of its own: Node resolves it to the loader that requires each
  // chunk on first use, bundlers to the one that imports every chunk up front
  libraryBuild(
    { index: 'src/index.ts', 'zod/index': 'src/zod/index.ts', 'json/index': 'src/json/index.ts', 'problem/index': 'src/problem/index.ts', 'load/eager': 'src/load/eager.ts' },
    { clean: false, noExternal: ajv, external: ['#load'] },
  ),
  libraryBuild({ 'load/node': 'src/load/node.ts' }, { clean: false, platform: 'node', shims: true, dts: false }),
  // the codelists chunk carries the codelists and field index itself, not all of @gpos/schema (whose JSON Schemas
  // Node would otherwise parse for nothing); minified, since Node parses every byte of a chunk it requires
  { entry: chunks, format: ['cjs'], target: 'node20', platform: 'node', clean: false, dts: false, sourcemap: true, splitting: false, treeshake: true, minify: true, noExternal: [...ajv, /^@gpos\/schema$/] },
  // the browser entry: its chunks are files of their own (dist/browser/), imported on first use
  {
    ...libraryBuild({ browser: 'src/browser.ts' }, { clean: false, platform: 'browser', noExternal: ajv }),
    format: ['esm'],
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'browser/[name]-[hash]';
    },
  },
  // require('@gpos/validate/browser') for CommonJS tooling (type checks, tests); pages use the ESM build
  libraryBuild({ browser: 'src/browser.ts' }, { clean: false, platform: 'browser', noExternal: ajv, format: ['cjs'] }),
]);
