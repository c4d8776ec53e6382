import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

// the source condition lets every package test and typecheck against its neighbours' src/, no build needed
const source = '@gpos/source';

export default defineProject({
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions], externalConditions: [source] } },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    restoreMocks: true,
    // a hang guard, not a speed check: turbo runs several packages' suites at once on a 2-core runner, and a test that
    // builds workbooks or compiles schemas can wait a long time for a core
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
