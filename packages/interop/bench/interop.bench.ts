/**
 * STIX and MISP export and import throughput for N indicators (default 100,000; `GPOS_BENCH_N` to change), as a ratio to
 * JSON.parse + JSON.stringify of the same data in the same run, and the peak memory of each direction: every
 * direction runs in its own process (this script, with the direction as argument) so that its peak resident memory
 * (resourceUsage().maxRSS) is its own. Not a test: run with `npm run bench`.
 *
 * - export (toStix): the records held in memory, one bundle built whole;
 * - export (StixExportStream): NDJSON read a line at a time, each record's objects serialised and dropped, as
 *   `gpos export --to stix` does;
 * - import (fromStix): the bundle's JSON text parsed and mapped whole (a STIX bundle is one JSON document);
 * - MISP export (toMisp) and import (fromMisp): whole, as MISP events are written and read.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Indicator } from '@gpos/types';
import { v5 as uuidv5 } from 'uuid';
import { fromMisp, fromStix, StixExportStream, toMisp, toStix } from '../src/index.js';

const N = Number(process.env.GPOS_BENCH_N ?? 100_000);
type Direction = 'baseline-records' | 'export' | 'stream' | 'baseline-stix' | 'import' | 'misp-export' | 'baseline-misp' | 'misp-import';
interface Measure {
  ms: number;
  peakMb: number;
  heapMb: number;
  detail?: string;
}

function makeRecords(): Indicator[] {
  const feed = readFileSync(new URL('../../../examples/feeds/platform-indicators.ndjson', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Indicator);
  // N distinct indicators: the feed's records with fresh ids (the observables repeat, as they do in real feeds)
  const NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
  return Array.from({ length: N }, (_, i) => ({ ...feed[i % feed.length]!, id: `indicator--${uuidv5(String(i), NS)}` }));
}

/** One direction, in this process: its time, and the process's peak memory once it is done. */
async function child(direction: Direction, dir: string): Promise<Measure> {
  const ndjson = join(dir, 'records.ndjson');
  const stix = join(dir, 'bundle.json');
  const misp = join(dir, 'events.json');
  let ms = 0;
  let detail: string | undefined;
  const timed = async (run: () => unknown) => {
    const start = performance.now();
    await run();
    ms = performance.now() - start;
  };
  if (direction === 'misp-export') {
    const records = readFileSync(ndjson, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Indicator);
    await timed(() => {
      const { events } = toMisp(records);
      detail = `${events.length} event(s), ${(JSON.stringify(events).length / 1024 / 1024).toFixed(0)} MB`;
    });
  } else if (direction === 'baseline-misp' || direction === 'misp-import') {
    const text = readFileSync(misp, 'utf8');
    if (direction === 'baseline-misp') await timed(() => JSON.stringify(JSON.parse(text) as unknown));
    else
      await timed(() => {
        const result = fromMisp(text);
        if (!result.ok) throw new Error(`the MISP import failed: ${result.error.code} ${result.error.message}`);
        detail = `${result.records.filter((r) => r.type === 'indicator').length} indicators back`;
      });
  } else if (direction === 'baseline-records' || direction === 'export') {
    const records = readFileSync(ndjson, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Indicator);
    if (direction === 'baseline-records') await timed(() => JSON.parse(JSON.stringify(records)) as unknown);
    else
      await timed(() => {
        const { bundle } = toStix(records);
        detail = `${bundle.objects.length} objects, ${(JSON.stringify(bundle).length / 1024 / 1024).toFixed(0)} MB`;
      });
  } else if (direction === 'stream') {
    await timed(async () => {
      const stream = new StixExportStream();
      let objects = 0;
      let bytes = 0;
      for await (const line of createInterface({ input: createReadStream(ndjson), crlfDelay: Infinity })) {
        if (line === '') continue;
        for (const object of stream.push(JSON.parse(line) as Indicator).objects) {
          bytes += JSON.stringify(object).length;
          objects++;
        }
      }
      for (const object of stream.end().objects) {
        bytes += JSON.stringify(object).length;
        objects++;
      }
      detail = `${objects} objects, ${(bytes / 1024 / 1024).toFixed(0)} MB, read and written a line at a time (parse included)`;
    });
  } else {
    const text = readFileSync(stix, 'utf8');
    if (direction === 'baseline-stix') await timed(() => JSON.stringify(JSON.parse(text) as unknown));
    else
      await timed(() => {
        const result = fromStix(text);
        if (!result.ok) throw new Error(`the import failed: ${result.error.code} ${result.error.message}`);
        const lost = result.losses.filter((l) => l.object.startsWith('indicator--'));
        if (result.records.length + lost.length !== N) throw new Error(`the import gave back ${result.records.length} of ${N} indicators and reported ${lost.length}`);
        detail = `${result.records.length} records back`;
      });
  }
  return { ms, peakMb: process.resourceUsage().maxRSS / 1024, heapMb: process.memoryUsage().heapUsed / 1024 / 1024, ...(detail ? { detail } : {}) };
}

const [, , direction, dir] = process.argv;
if (direction !== undefined) {
  process.stdout.write(JSON.stringify(await child(direction as Direction, dir!)));
} else {
  const tmp = mkdtempSync(join(tmpdir(), 'gpos-interop-bench-'));
  try {
    const records = makeRecords();
    writeFileSync(join(tmp, 'records.ndjson'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    writeFileSync(join(tmp, 'bundle.json'), JSON.stringify(toStix(records).bundle));
    writeFileSync(join(tmp, 'events.json'), JSON.stringify(toMisp(records).events));
    const run = (d: Direction): Measure => {
      const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), d, tmp], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (out.status !== 0) throw new Error(`${d} failed: ${out.stderr}`);
      return JSON.parse(out.stdout) as Measure;
    };
    const m = Object.fromEntries((['baseline-records', 'export', 'stream', 'baseline-stix', 'import', 'misp-export', 'baseline-misp', 'misp-import'] as const).map((d) => [d, run(d)])) as Record<Direction, Measure>;
    const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en');
    const row = (name: string, x: Measure, base: Measure) => `| ${name} | ${rate(x.ms)} | ${(x.ms / base.ms).toFixed(1)} | ${x.peakMb.toFixed(0)} | ${x.detail ?? ''} |`;
    console.log(`${N.toLocaleString('en')} indicators; each direction in its own process (peak RSS = resourceUsage().maxRSS of that process, which includes loading the data)`);
    console.log('| direction | indicators/s | time × JSON.parse+stringify of the same data | peak RSS (MB) | |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| baseline: JSON.parse+stringify of the records | ${rate(m['baseline-records'].ms)} | 1.0 | ${m['baseline-records'].peakMb.toFixed(0)} | |`);
    console.log(row('export, whole (toStix)', m.export, m['baseline-records']));
    console.log(row('export, streamed (StixExportStream)', m.stream, m['baseline-records']));
    console.log(`| baseline: JSON.parse+stringify of the STIX bundle | ${rate(m['baseline-stix'].ms)} | 1.0 | ${m['baseline-stix'].peakMb.toFixed(0)} | |`);
    console.log(row('import (fromStix, from JSON text)', m.import, m['baseline-stix']));
    console.log(row('MISP export, whole (toMisp)', m['misp-export'], m['baseline-records']));
    console.log(`| baseline: JSON.parse+stringify of the MISP events | ${rate(m['baseline-misp'].ms)} | 1.0 | ${m['baseline-misp'].peakMb.toFixed(0)} | |`);
    console.log(row('MISP import (fromMisp, from JSON text)', m['misp-import'], m['baseline-misp']));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
