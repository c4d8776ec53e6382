import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// node:http and the file system: this package runs on Node only. The bin uses top-level await, so it is ESM only.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts' }, { platform: 'node' }),
  { entry: { main: 'src/main.ts' }, format: ['esm'], platform: 'node', target: 'node20', sourcemap: true, clean: false },
]);
