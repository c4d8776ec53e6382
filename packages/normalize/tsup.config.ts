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
  libraryBuild({ 'heavy/node': 'src/heavy/node.ts' }, { clean: false, platform: 'node', shims: true, dts: false }),
  // tldts and libphonenumber-js stay external (dependencies), so their `import()` becomes a chunk in the page's bundle
  libraryBuild({ browser: 'src/browser.ts' }, { clean: false, platform: 'browser', esbuildPlugins: [deferredHeavy] }),
]);
