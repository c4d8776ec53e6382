import { validate, rules } from './src/index.js';
import { findHazard } from './src/guard.js';
import { validateIndicator } from './src/generated/schema-validators.js';
import * as fixtures from './test/fixtures.js';
const recs = Array.from({ length: 5000 }, (_, i) => ({ ...fixtures.indicator(), id: `indicator--0192f0c4-7a1e-7c3b-9d2e-${i.toString(16).padStart(12, '0')}` }));
const off = { rules: { disable: rules.map((r) => r.code) } };
function t(name: string, f: (r: unknown) => unknown) { for (let k = 0; k < 2; k++) { const s = performance.now(); for (const r of recs) f(r); const ms = performance.now() - s; if (k) console.log(name.padEnd(30), (recs.length / ms * 1000).toFixed(0), 'rec/s'); } }
t('ajv standalone', (r) => validateIndicator(r));
t('findHazard', (r) => findHazard(r));
t('validate schema only', (r) => validate(r, off));
for (const rule of rules) t('rule ' + rule.code, (r) => rule.check(r as never, { container: 'record', index: 0, ids: new Map(), versions: new Map(), specVersion: '1.0.0' } as never));
t('validate', (r) => validate(r));
