import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// node:http and the file system: this package runs on Node only. The bin uses top-level await, so it is ESM only.
export default defineConfig([
  // shims: import.meta.url in the CJS build, to find the worker beside it
  libraryBuild({ index: 'src/index.ts' }, { platform: 'node', shims: true }),
  { entry: { main: 'src/main.ts', 'check-worker': 'src/check-worker.ts' }, format: ['esm'], platform: 'node', target: 'node20', sourcemap: true, clean: false },
]);
