/**
 * Benchmark of `gpos convert FILE.csv --to ndjson` (streamed, one record a row) against csv-parse alone on the same
 * file, both measured in this run as separate processes. Reports rows/s and peak RSS.
 *
 *   npm run bench:convert                    # 100 000 rows
 *   npm run bench:convert -- --rows 1000000  # memory must stay flat as rows grow
 *
 * Needs a build. Peak RSS comes from /usr/bin/time when it exists.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { recordsToSheets, writeCsvSheet } from '@gpos/tabular';
import { builtBin, CLI_ROOT, measureProcess as measure, positiveInteger, writeChunks, type Measured } from './bench-process.js';
import { shopIndicator } from './indicator.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = positiveInteger('rows', values.rows);
const bin = builtBin();

function* csvLines(): Generator<string> {
  yield writeCsvSheet(recordsToSheets([shopIndicator(0)])[0]!).split('\n')[0]! + '\n';
  for (let i = 0; i < rows; i += 1000) {
    const slice = Array.from({ length: Math.min(1000, rows - i) }, (_, k) => shopIndicator(i + k));
    yield writeCsvSheet(recordsToSheets(slice)[0]!).split('\n').slice(1).join('\n');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gpos-bench-convert-'));
try {
  const csv = join(dir, 'indicator.csv');
  const out = join(dir, 'indicators.ndjson');
  process.stderr.write(`generating ${rows.toLocaleString('en-US')} rows… `);
  await writeChunks(csv, csvLines());
  const mb = statSync(csv).size / 1048576;
  process.stderr.write(`${mb.toFixed(1)} MB\n`);
  const baseline = measure('csv-parse alone (baseline)', [join(CLI_ROOT, 'scripts', 'bench-csv-parse.mjs'), csv]);
  const convert = measure('gpos convert --to ndjson', [bin, 'convert', csv, '--to', 'ndjson', '--output', out]);
  const written = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
  if (written !== rows) throw new Error(`gpos convert wrote ${written} records, expected ${rows}`);
  const line = (r: Measured) =>
    `| ${r.name} | ${r.seconds.toFixed(2)} s | ${Math.round(rows / r.seconds).toLocaleString('en-US')} | ${(r.seconds / baseline.seconds).toFixed(2)}× | ${r.rssMb === undefined ? 'n/a' : `${r.rssMb.toFixed(0)} MB`} |`;
  process.stdout.write(
    [
      `${rows.toLocaleString('en-US')} indicator rows, ${mb.toFixed(1)} MB CSV → NDJSON, Node ${process.version}`,
      '',
      '| run | time | rows/s | time vs baseline | peak RSS |',
      '| --- | --- | --- | --- | --- |',
      line(baseline),
      line(convert),
      '',
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
