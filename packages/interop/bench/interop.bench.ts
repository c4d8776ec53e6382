/**
 * STIX and MISP export and import throughput for N indicators (default 100,000; `GPOS_BENCH_N` to change), as a ratio to
 * JSON.parse + JSON.stringify of the same data in the same run, and the heap each direction added. Not a test: run
 * with `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import type { Indicator } from '@gpos/types';
import { v5 as uuidv5 } from 'uuid';
import { fromMisp, fromStix, toMisp, toStix } from '../src/index.js';

const N = Number(process.env.GPOS_BENCH_N ?? 100_000);
const feed = readFileSync(new URL('../../../examples/feeds/platform-indicators.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Indicator);
// N distinct indicators: the feed's records with fresh ids (the observables repeat, as they do in real feeds)
const NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const records: Indicator[] = Array.from({ length: N }, (_, i) => ({ ...feed[i % feed.length]!, id: `indicator--${uuidv5(String(i), NS)}` }));

const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;
function time<T>(run: () => T): { ms: number; value: T; heap: number } {
  globalThis.gc?.();
  const before = heapMb();
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  return { ms, value, heap: heapMb() - before };
}

const baseline = time(() => JSON.parse(JSON.stringify(records)) as unknown);
const exported = time(() => toStix(records));
const stixText = JSON.stringify(exported.value.bundle);
const baselineStix = time(() => JSON.stringify(JSON.parse(stixText) as unknown));
const imported = time(() => fromStix(stixText));
if (!imported.value.ok) throw new Error(`the import failed: ${imported.value.error.code} ${imported.value.error.message}`);
const lost = imported.value.losses.filter((l) => l.object.startsWith('indicator--'));
if (imported.value.records.length + lost.length !== N) throw new Error(`the import gave back ${imported.value.records.length} of ${N} indicators and reported ${lost.length}`);

const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en');
console.log(`${N.toLocaleString('en')} indicators, ${exported.value.bundle.objects.length.toLocaleString('en')} STIX objects (${(stixText.length / 1024 / 1024).toFixed(1)} MB)`);
console.log('| direction | indicators/s | cost × JSON.parse+stringify of the same data | heap added (MB) |');
console.log('| --- | --- | --- | --- |');
console.log(`| export (toStix) | ${rate(exported.ms)} | ${(exported.ms / baseline.ms).toFixed(1)} | ${exported.heap.toFixed(0)} |`);
console.log(`| import (fromStix, from JSON text) | ${rate(imported.ms)} | ${(imported.ms / baselineStix.ms).toFixed(1)} | ${imported.heap.toFixed(0)} |`);
if (lost.length > 0) console.log(`${lost.length} indicator(s) reported as losses, not returned; the first: ${lost[0]!.code} ${lost[0]!.message}`);

const exportedMisp = time(() => toMisp(records));
const mispText = JSON.stringify(exportedMisp.value.events);
const baselineMisp = time(() => JSON.stringify(JSON.parse(mispText) as unknown));
const importedMisp = time(() => fromMisp(mispText));
if (!importedMisp.value.ok) throw new Error(`the MISP import failed: ${importedMisp.value.error.code} ${importedMisp.value.error.message}`);
const back = importedMisp.value.records.filter((r) => r.type === 'indicator').length;
const lostMisp = importedMisp.value.losses.filter((l) => l.code !== 'tlp_defaulted');
console.log(`\n${exportedMisp.value.events.length} MISP event(s), ${exportedMisp.value.events.reduce((n, d) => n + d.Event.Object.length + d.Event.Attribute.length, 0).toLocaleString('en')} objects and attributes (${(mispText.length / 1024 / 1024).toFixed(1)} MB)`);
console.log('| direction | indicators/s | cost × JSON.parse+stringify of the same data | heap added (MB) |');
console.log('| --- | --- | --- | --- |');
console.log(`| export (toMisp) | ${rate(exportedMisp.ms)} | ${(exportedMisp.ms / baseline.ms).toFixed(1)} | ${exportedMisp.heap.toFixed(0)} |`);
console.log(`| import (fromMisp, from JSON text) | ${rate(importedMisp.ms)} | ${(importedMisp.ms / baselineMisp.ms).toFixed(1)} | ${importedMisp.heap.toFixed(0)} |`);
console.log(`${back.toLocaleString('en')} indicators back, ${lostMisp.length} objects reported as losses`);
