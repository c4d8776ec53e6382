import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// The precompiled validators import ajv's runtime helpers and ajv-formats' format checks; bundling them
// means the published package runs from `import` and `require` with no ajv installed (ajv#2209).
export default defineConfig(
  libraryBuild({ index: 'src/index.ts', 'zod/index': 'src/zod/index.ts', 'json/index': 'src/json/index.ts', 'problem/index': 'src/problem/index.ts' }, { noExternal: [/^ajv(\/|$)/, /^ajv-formats(\/|$)/] }),
);
