import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// `#heavy` (package.json `imports`) stays a separate module: Node resolves it to the lazy loader, browsers and
// bundlers to the eager one. dist is emptied by the build script, so neither build cleans the other's output.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts', 'heavy/eager': 'src/heavy/eager.ts' }, { clean: false, external: ['#heavy'] }),
  libraryBuild({ 'heavy/node': 'src/heavy/node.ts' }, { clean: false, platform: 'node', shims: true, dts: false }),
]);
