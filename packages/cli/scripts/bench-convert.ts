/**
 * Benchmark of `gpos convert FILE.csv --to ndjson` (streamed, one record a row) against csv-parse alone on the same
 * file, both measured in this run as separate processes. Reports rows/s and peak RSS.
 *
 *   npm run bench:convert                    # 100 000 rows
 *   npm run bench:convert -- --rows 1000000  # memory must stay flat as rows grow
 *
 * Needs a build. Peak RSS comes from /usr/bin/time when it exists.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { recordsToSheets, writeCsvSheet } from '@gpos/tabular';
import { shopIndicator } from './indicator.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows <= 0) throw new Error(`--rows must be a positive integer, not ${values.rows}`);
const bin = join(root, 'dist', 'bin.cjs');
if (!existsSync(bin)) throw new Error('dist/bin.cjs is missing: run npm run build first');

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write(writeCsvSheet(recordsToSheets([shopIndicator(0)])[0]!).split('\n')[0]! + '\n');
  for (let i = 0; i < rows; i += 1000) {
    const slice = Array.from({ length: Math.min(1000, rows - i) }, (_, k) => shopIndicator(i + k));
    await write(writeCsvSheet(recordsToSheets(slice)[0]!).split('\n').slice(1).join('\n'));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function measure(name: string, args: string[]): { name: string; seconds: number; rssMb: number | undefined } {
  const command = timeBin ? [timeBin, '-f', 'maxrss=%M', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${name} failed (${run.status}): ${run.stderr}`);
  const rss = /maxrss=(\d+)/.exec(run.stderr);
  return { name, seconds, rssMb: rss ? Number(rss[1]) / 1024 : undefined };
}

const dir = mkdtempSync(join(tmpdir(), 'gpos-bench-convert-'));
try {
  const csv = join(dir, 'indicator.csv');
  const out = join(dir, 'indicators.ndjson');
  process.stderr.write(`generating ${rows.toLocaleString('en-US')} rows… `);
  await generate(csv);
  const mb = statSync(csv).size / 1048576;
  process.stderr.write(`${mb.toFixed(1)} MB\n`);
  const baseline = measure('csv-parse alone (baseline)', [join(root, 'scripts', 'bench-csv-parse.mjs'), csv]);
  const convert = measure('gpos convert --to ndjson', [bin, 'convert', csv, '--to', 'ndjson', '--output', out]);
  const written = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
  if (written !== rows) throw new Error(`gpos convert wrote ${written} records, expected ${rows}`);
  const line = (r: ReturnType<typeof measure>) =>
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
