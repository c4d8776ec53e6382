import { validateIndicator } from './src/generated/schema-validators.js';
import * as fixtures from './test/fixtures.js';
const recs = Array.from({ length: 5000 }, (_, i) => ({ ...fixtures.indicator(), id: `indicator--0192f0c4-7a1e-7c3b-9d2e-${i.toString(16).padStart(12, '0')}` }));
for (let k = 0; k < 10; k++) for (const r of recs) validateIndicator(r);
