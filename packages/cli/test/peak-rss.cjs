// Preloaded into the `gpos` process by test/helpers.ts (`gposMeasured`): records the process's peak resident
// memory (all threads) when it exits, so hostile-file tests can bound memory without a timing.
const { writeFileSync } = require('node:fs');
const out = process.env.GPOS_TEST_PEAK_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
