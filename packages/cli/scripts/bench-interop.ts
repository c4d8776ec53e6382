/**
 * Benchmark of `gpos export --to stix` (NDJSON in, streamed) and `gpos import --from stix` (a bundle, read whole) on
 * the built binary, against a Node process that only JSON.parses and JSON.stringifies the same file, each a
 * separate process measured in this run. Reports records/s, the ratio to the baseline and peak RSS.
 *
 *   npm run bench:interop                       # 100 000 indicators
 *   npm run bench:interop -- --records 300000   # the export's memory must stay flat as records grow
 *
 * Needs a build. Peak RSS comes from /usr/bin/time when it exists.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBin, measureProcess as measure, positiveInteger, writeChunks, type Measured } from './bench-process.js';
import { shopIndicator } from './indicator.js';

const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' } } });
const count = positiveInteger('records', values.records);
const bin = builtBin();

function* indicatorLines(): Generator<string> {
  for (let i = 0; i < count; i += 1000) yield `${Array.from({ length: Math.min(1000, count - i) }, (_, k) => JSON.stringify(shopIndicator(i + k))).join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'gpos-bench-interop-'));
try {
  const ndjson = join(dir, 'indicators.ndjson');
  const stix = join(dir, 'indicators.stix.json');
  const back = join(dir, 'back.ndjson');
  process.stderr.write(`generating ${count.toLocaleString('en-US')} indicators… `);
  await writeChunks(ndjson, indicatorLines());
  process.stderr.write(`${(statSync(ndjson).size / 1048576).toFixed(1)} MB\n`);
  // the baseline reads the same file, parses every value and writes it back out: what any conversion must at least do
  const baselineScript = join(dir, 'baseline.mjs');
  writeFileSync(
    baselineScript,
    `import { readFileSync, writeFileSync } from 'node:fs';
const [input, output, kind] = process.argv.slice(2);
const text = readFileSync(input, 'utf8');
const value = kind === 'ndjson' ? text.split('\\n').filter(Boolean).map((l) => JSON.parse(l)) : JSON.parse(text);
writeFileSync(output, JSON.stringify(value));
`,
  );
  const baseNd = measure('baseline: JSON.parse + JSON.stringify of the NDJSON', [baselineScript, ndjson, join(dir, 'b1.json'), 'ndjson']);
  const exported = measure('gpos export --to stix (streamed)', [bin, 'export', '--to', 'stix', ndjson, '--output', stix, '--format', 'json', '--report', join(dir, 'r1.json')]);
  const baseStix = measure('baseline: JSON.parse + JSON.stringify of the bundle', [baselineScript, stix, join(dir, 'b2.json'), 'json']);
  const imported = measure('gpos import --from stix', [bin, 'import', '--from', 'stix', stix, '--output', back, '--format', 'json', '--report', join(dir, 'r2.json')]);
  const line = (r: Measured, base: Measured) =>
    `| ${r.name} | ${r.seconds.toFixed(2)} s | ${Math.round(count / r.seconds).toLocaleString('en-US')} | ${(r.seconds / base.seconds).toFixed(1)}× | ${r.rssMb === undefined ? 'n/a' : `${r.rssMb.toFixed(0)} MB`} |`;
  process.stdout.write(
    [
      `${count.toLocaleString('en-US')} indicators (${(statSync(ndjson).size / 1048576).toFixed(0)} MB NDJSON, a ${(statSync(stix).size / 1048576).toFixed(0)} MB STIX bundle), Node ${process.version}; every run is a whole process (start-up, validation and writing included)`,
      '',
      '| run | time | indicators/s | time vs its baseline | peak RSS |',
      '| --- | --- | --- | --- | --- |',
      line(baseNd, baseNd),
      line(exported, baseNd),
      line(baseStix, baseStix),
      line(imported, baseStix),
      '',
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
