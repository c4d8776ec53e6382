// Source mode only (tests, `npm run dev`): a worker thread does not inherit tsx from the main thread, so this
// registers it and loads the TypeScript worker. The published package runs dist/check-worker.js instead.
import { register } from 'tsx/esm/api';

register();
const { default: check } = await import('./check-worker.ts');
export default check;
