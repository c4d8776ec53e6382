import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// node:http and the file system: this package runs on Node only
export default defineConfig(libraryBuild({ index: 'src/index.ts', main: 'src/main.ts' }, { platform: 'node' }));
