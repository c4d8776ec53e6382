import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// the CLI is tested as users run it: the built binary in a subprocess. global-setup builds it when missing or stale.
export default mergeConfig(shared, defineProject({ test: { globalSetup: ['test/global-setup.ts'] } }));
