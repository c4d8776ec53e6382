import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// node-only: reads and writes files and streams
export default defineConfig(libraryBuild({ index: 'src/index.ts' }, { platform: 'node' }));
