/**
 * Benchmark of `gpos validate` on a large NDJSON feed, against two baselines measured in the same run:
 * (a) JSON.parse per line, the floor of any JSON reader, and (b) JSON.parse + Ajv per line (schemas compiled at
 * run time), the naive validator a partner would write. Reports records/s, MB/s, ratios, CPU time and peak RSS.
 *
 *   npm run bench                    # 1 000 000 indicators
 *   npm run bench -- --count 100000  # quicker, for iteration
 *   npm run bench -- --rounds 1      # one round instead of three
 *
 * Needs a build (turbo's bench task depends on build). Peak RSS and CPU time (user + system, which a busy shared
 * machine inflates far less than wall time) come from /usr/bin/time when it exists.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBin, CLI_ROOT as root, measureProcess, positiveInteger, writeChunks } from './bench-process.js';
import { benchIndicator } from './indicator.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '3' }, keep: { type: 'boolean' } } });
const rounds = positiveInteger('rounds', values.rounds);
const count = positiveInteger('count', values.count);
const bin = builtBin();
const cores = availableParallelism();

// a valid indicator from the conformance corpus; every copy gets its own id and observable
const template = { ...benchIndicator('domain', '', ''), confidence: 0 };

/** The feed, 10 000 lines a chunk. */
function* feed(): Generator<string> {
  let lines: string[] = [];
  for (let i = 0; i < count; i++) {
    template.id = `indicator--0192f0c4-7a1e-7c3b-9d2e-${i.toString(16).padStart(12, '0')}`;
    template.observable.raw = `Scam-Shop-${i}[.]example`;
    template.observable.canonical = `scam-shop-${i}.example`;
    template.confidence = i % 101;
    lines.push(JSON.stringify(template));
    if (lines.length === 10_000) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join('\n')}\n`;
}

interface Measure {
  name: string;
  seconds: number;
  /** CPU seconds (user + system) of the process: what a core spent, whatever else the machine was doing. */
  cpu: number | undefined;
  rssMb: number | undefined;
  records: number | undefined;
}

function measure(name: string, args: string[], recordsOf: (stdout: string) => number | undefined): Measure {
  const { stdout, ...run } = measureProcess(name, args);
  return { ...run, records: recordsOf(stdout) };
}

const dir = mkdtempSync(join(tmpdir(), 'gpos-bench-'));
try {
  const file = join(dir, 'indicators.ndjson');
  process.stderr.write(`generating ${count.toLocaleString('en-US')} indicators… `);
  await writeChunks(file, feed());
  const mb = statSync(file).size / 1048576;
  process.stderr.write(`${mb.toFixed(0)} MB\n`);
  const fromReport = (stdout: string) => (JSON.parse(stdout) as { summary: { records: number } }).summary.records;
  const fromScript = (stdout: string) => (JSON.parse(stdout) as { records: number }).records;
  const plan: Array<[string, string[], (s: string) => number | undefined]> = [
    ['(a) JSON.parse per line', [join(root, 'scripts', 'bench-json-parse.mjs'), file], fromScript],
    ['(b) JSON.parse + Ajv per line', [join(root, 'scripts', 'bench-ajv.mjs'), file, join(root, '..', '..', 'schemas', 'v1')], fromScript],
    ['gpos validate (1 thread)', [bin, 'validate', '--format', 'json', '--quiet', '--workers', '0', file], fromReport],
    // what a partner's CI runs: no --workers, so the default (worker threads for inputs over 32 MB, one per core up to 4)
    [`gpos validate (default: ${Math.min(cores, 4)} worker threads)`, [bin, 'validate', '--format', 'json', '--quiet', file], fromReport],
  ];
  // the runs take turns, round after round, and each reports its median: a busy moment on a shared machine
  // then slows one round of everything rather than one contender
  const byRun: Measure[][] = plan.map(() => []);
  for (let round = 1; round <= rounds; round++) {
    plan.forEach(([name, args, recordsOf], i) => {
      process.stderr.write(`round ${round}/${rounds}: ${name}…\n`);
      byRun[i]!.push(measure(name, args, recordsOf));
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const runs: Measure[] = byRun.map((ms) => ({
    name: ms[0]!.name,
    seconds: median(ms.map((m) => m.seconds)),
    cpu: ms.every((m) => m.cpu !== undefined) ? median(ms.map((m) => m.cpu!)) : undefined,
    rssMb: ms.every((m) => m.rssMb !== undefined) ? Math.max(...ms.map((m) => m.rssMb!)) : undefined,
    records: ms[0]!.records,
  }));
  const floor = runs[0]!.seconds;
  const ajv = runs[1]!.seconds;
  const ajvCpu = runs[1]!.cpu;
  const cpuCells = (r: Measure) => (r.cpu === undefined || ajvCpu === undefined ? 'n/a | n/a' : `${r.cpu.toFixed(2)} s | ${(r.cpu / ajvCpu).toFixed(2)}×`);
  const rows = runs.map((r) => {
    const rate = count / r.seconds;
    return `| ${r.name} | ${r.seconds.toFixed(2)} s | ${Math.round(rate).toLocaleString('en-US')} | ${(mb / r.seconds).toFixed(1)} | ${(r.seconds / floor).toFixed(2)}× | ${(r.seconds / ajv).toFixed(2)}× | ${cpuCells(r)} | ${r.rssMb === undefined ? 'n/a' : `${r.rssMb.toFixed(0)} MB`} | ${r.records?.toLocaleString('en-US') ?? '?'} |`;
  });
  process.stdout.write(
    [
      `${count.toLocaleString('en-US')} indicators, ${mb.toFixed(0)} MB NDJSON, Node ${process.version}, ${cores} cores; median time of ${rounds} rounds, highest peak RSS`,
      '',
      '| run | time | records/s | MB/s | time vs (a) | time vs (b) | CPU time | CPU vs (b) | peak RSS | records seen |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`kept ${dir}\n`);
}
