import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { libraryBuild } from '../../tsup.shared.js';

/** `@gpos/normalize/browser` carries the normaliser with `#heavy` mapped to the loader that imports each part on demand. */
const deferredHeavy: Plugin = {
  name: 'gpos-deferred-heavy',
  setup(build) {
    build.onResolve({ filter: /^#heavy$/ }, () => ({ path: fileURLToPath(new URL('./src/heavy/deferred.ts', import.meta.url)) }));
  },
};

// `#heavy` (package.json `imports`) stays a separate module: Node resolves it to the lazy loader, browsers and
// bundlers to the eager one. dist is emptied by the build script, so neither build cleans the other's output.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts', 'heavy/eager': 'src/heavy/eager.ts' }, { clean: false, external: ['#heavy'] }),
  libraryBuild({ 'heavy/node': 'src/heavy/node.ts' }, { clean: false, platform: 'node', shims: true, dts: false, external: ['#libphonenumber'] }),
  // `#libphonenumber` in Node: the parts of libphonenumber-js the normaliser uses, in one minified file (its own
  // entry points require some 70 modules); and the metadata src/heavy/phone.ts loads one calling code at a time
  // (src/generated/phone/, copied to dist/generated/phone/: the same path from dist/heavy/ as from src/heavy/)
  {
    entry: { 'heavy/libphonenumber': 'src/heavy/libphonenumber.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    clean: false,
    dts: false,
    sourcemap: true,
    splitting: false,
    treeshake: true,
    minify: true,
    shims: true,
    noExternal: [/^libphonenumber-js(\/|$)/],
    onSuccess: async () => cpSync(fileURLToPath(new URL('./src/generated/phone', import.meta.url)), fileURLToPath(new URL('./dist/generated/phone', import.meta.url)), { recursive: true }),
  },
  // tldts and libphonenumber-js stay external (dependencies), so their `import()` becomes a chunk in the page's bundle
  libraryBuild({ browser: 'src/browser.ts' }, { clean: false, platform: 'browser', esbuildPlugins: [deferredHeavy] }),
]);
