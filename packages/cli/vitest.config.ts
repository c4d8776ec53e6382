import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// the CLI is tested as users run it: the built binary in a subprocess. global-setup builds it when missing or stale.
// Some tests spawn it half a dozen times on workbooks; on a busy 2-core CI machine that takes a while, never forever.
export default mergeConfig(shared, defineProject({ test: { globalSetup: ['test/global-setup.ts'], testTimeout: 180_000 } }));
