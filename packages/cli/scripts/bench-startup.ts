/**
 * Start-up benchmark: how long `gpos` takes for the smallest jobs, against bare `node -e 0` measured in the same
 * run. The runs take turns (node, gpos --version, gpos validate one record of each observable kind, …) over many
 * rounds and each row is the median, so a busy machine slows every row alike and the ratio stays meaningful.
 * A benchmark, not a test: no threshold is asserted anywhere.
 *
 *   npm run bench:startup                # 21 rounds
 *   npm run bench:startup -- --rounds 51
 *
 * Needs a build (turbo's bench task depends on build). Peak RSS is the child's `maxRSS` and CPU time its user +
 * system time, each read by a preload; on a busy machine the CPU-time ratio is the steadier of the two.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBin, CLI_ROOT as root, positiveInteger } from './bench-process.js';
import { benchIndicator } from './indicator.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '21' } } });
const rounds = positiveInteger('rounds', values.rounds);
const bin = builtBin();

const dir = mkdtempSync(join(tmpdir(), 'gpos-startup-'));
try {
  // the two kinds that need the heaviest data (the public suffix list for a domain, phone metadata for a phone
  // number), and one that needs neither (an IBAN): @gpos/normalize loads each only when a value needs it
  writeFileSync(join(dir, 'domain.json'), JSON.stringify({ ...benchIndicator('domain', 'Bad-Bank[.]example', 'bad-bank.example'), id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e' }));
  writeFileSync(join(dir, 'phone.json'), JSON.stringify({ ...benchIndicator('phone_number', '+66 81 234 5678', '+66812345678'), id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0f' }));
  writeFileSync(join(dir, 'iban.json'), JSON.stringify({ ...benchIndicator('iban', 'GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'), id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d10', tlp: 'amber' }));
  const rssFile = join(dir, 'rss');
  const cpuFile = join(dir, 'cpu');
  const preload = join(root, 'test', 'peak-rss.cjs');
  const cpuPreload = join(root, 'scripts', 'cpu-time.cjs');
  const cases: Array<{ name: string; args: string[] }> = [
    { name: '`node -e 0` (baseline)', args: ['-e', '0'] },
    { name: '`gpos --version`', args: [bin, '--version'] },
    { name: '`gpos validate domain.json` (one record)', args: [bin, 'validate', join(dir, 'domain.json')] },
    { name: '`gpos validate phone.json` (one record)', args: [bin, 'validate', join(dir, 'phone.json')] },
    { name: '`gpos validate iban.json` (one record)', args: [bin, 'validate', join(dir, 'iban.json')] },
    // the floor: what loading the validator alone costs, whatever the CLI does around it
    { name: 'floor: `node -e "import(\'@gpos/validate\')"`', args: ['--input-type=module', '-e', "await import('@gpos/validate')"] },
    { name: 'floor: the same, then validating iban.json', args: ['--input-type=module', '-e', `const { validate } = await import('@gpos/validate'); const { readFileSync } = await import('node:fs'); if (!validate(JSON.parse(readFileSync(${JSON.stringify(join(dir, 'iban.json'))}, 'utf8'))).valid) process.exit(1);`] },
    // what the CLI does (it is CommonJS): require the validator's CommonJS build, with no ES module loader at all
    { name: 'floor: `node -e "require(\'@gpos/validate\')"`, then validating iban.json', args: ['-e', `const { validate } = require('@gpos/validate'); if (!validate(JSON.parse(require('node:fs').readFileSync(${JSON.stringify(join(dir, 'iban.json'))}, 'utf8'))).valid) process.exit(1);`] },
  ];
  const times = cases.map(() => [] as number[]);
  const rss = cases.map(() => 0);
  const cpu = cases.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, k) => {
      const start = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [`--require=${preload}`, `--require=${cpuPreload}`, ...c.args], { cwd: root, env: { ...process.env, GPOS_TEST_PEAK_RSS_FILE: rssFile, GPOS_BENCH_CPU_FILE: cpuFile }, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (run.status !== 0) throw new Error(`${c.name} exited with ${run.status}: ${run.stderr}`);
      times[k]!.push(ms);
      rss[k] = Math.max(rss[k]!, Number(readFileSync(rssFile, 'utf8')) / 1024);
      cpu[k]!.push(Number(readFileSync(cpuFile, 'utf8')) / 1000);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(times[0]!);
  const cpuBase = median(cpu[0]!);
  console.log(`\nStart-up, median of ${rounds} rounds taken in turn (${process.version}, ${process.platform})\n`);
  console.log('| run | time | vs `node -e 0` | CPU time | vs `node -e 0` | peak RSS |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  cases.forEach((c, k) =>
    console.log(`| ${c.name} | ${median(times[k]!).toFixed(0)} ms | ${(median(times[k]!) / base).toFixed(2)}× | ${median(cpu[k]!).toFixed(0)} ms | ${(median(cpu[k]!) / cpuBase).toFixed(2)}× | ${rss[k]!.toFixed(0)} MB |`),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
