// Preloaded by bench-startup.ts: records the CPU time (user + system, all threads) the process used by its exit.
// On a shared machine CPU time moves far less with the load than wall time does.
const { writeFileSync } = require('node:fs');
const out = process.env.GPOS_BENCH_CPU_FILE;
if (out) process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(out, String(u.userCPUTime + u.systemCPUTime)); });
