import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// types only: the runtime module is empty, the declarations are the product
export default defineConfig(libraryBuild({ index: 'src/index.ts' }));
