// Converting a 100,000-row CSV: rows/s of the streaming converter against csv-parse alone on the same file, and memory.
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { recordsToSheets, streamCsvRecords, writeCsvSheet } from '../src/index.js';

const ROWS = Number(process.env.GPOS_BENCH_ROWS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'gpos-bench-'));
const file = join(dir, 'indicator.csv');

function indicator(i: number) {
  return {
    type: 'indicator',
    id: `indicator--0196a3b2-7c4d-7e5f-8a9b-${i.toString(16).padStart(12, '0')}`,
    spec_version: '1.0.0',
    created: '2026-03-14T09:26:53Z',
    modified: '2026-03-14T09:26:53Z',
    source: 'PLATFORM:example',
    tlp: 'green',
    status: 'active',
    confidence: 85,
    typology: ['purchase.online_shop', 'impersonation.business'],
    observable: { kind: 'url', raw: `hxxps://shop-${i}[.]example`, canonical: `https://shop-${i}.example/` },
    first_seen: '2026-03-01T00:00:00Z',
    description: { en: `Fake shop number ${i}` },
  };
}

// write the file in slices so the generator itself stays small in memory
const header = writeCsvSheet(recordsToSheets([indicator(0)])[0]!).split('\n')[0]!;
const lines = [header];
for (let i = 0; i < ROWS; i++) lines.push(writeCsvSheet(recordsToSheets([indicator(i)])[0]!).split('\n')[1]!);
writeFileSync(file, `${lines.join('\n')}\n`);
lines.length = 0;

async function time(label: string, run: (sample: (n: number) => void) => Promise<number>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  // a timer alone can starve while the loop is busy, so the loops also sample every 1000 rows
  const sample = (n: number) => {
    if (n % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  };
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const rows = await run(sample);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  return { label, rows, seconds, rowsPerSecond: rows / seconds, peakRssGrowthMb: (peak - before) / 1048576 };
}

const baseline = await time('csv-parse alone', async (sample) => {
  let n = 0;
  for await (const _ of createReadStream(file).pipe(parse({ bom: true }))) sample(++n);
  return n - 1;
});
const converter = await time('streamCsvRecords', async (sample) => {
  let n = 0;
  for await (const item of streamCsvRecords(file)) if (item.record) sample(++n);
  return n;
});

console.table([baseline, converter].map((r) => ({ ...r, rowsPerSecond: Math.round(r.rowsPerSecond), seconds: r.seconds.toFixed(2), peakRssGrowthMb: r.peakRssGrowthMb.toFixed(1) })));
console.log(`converter / csv-parse throughput: ${(converter.rowsPerSecond / baseline.rowsPerSecond).toFixed(2)}×`);
