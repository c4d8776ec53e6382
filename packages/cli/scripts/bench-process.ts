/**
 * What the CLI's benchmarks share: the built binary they time, their count options, writing a large input file,
 * and running one measured process (wall time, and peak RSS from /usr/bin/time when it exists).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's folder: benchmarks run their processes from it. */
export const CLI_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The built `gpos`; a benchmark of the sources would measure tsx, not the CLI. */
export function builtBin(): string {
  const bin = join(CLI_ROOT, 'dist', 'bin.cjs');
  if (!existsSync(bin)) throw new Error('dist/bin.cjs is missing: run npm run build first (turbo bench does it)');
  return bin;
}

/** A count option (`--rounds 21`, `--records 300000`) as a positive integer. */
export function positiveInteger(option: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${option} must be a positive integer, not ${raw}`);
  return value;
}

/** Writes `chunks` to `file`, waiting whenever the stream asks to, so a file of any size is made in bounded memory. */
export async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of chunks) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export interface Measured {
  readonly name: string;
  readonly seconds: number;
  /** User + system CPU seconds, when /usr/bin/time is there. */
  readonly cpu: number | undefined;
  readonly rssMb: number | undefined;
  readonly stdout: string;
}

/** Runs `node ARGS` from the package folder and measures it; a process that fails stops the benchmark. */
export function measureProcess(name: string, args: readonly string[]): Measured {
  const command = timeBin ? [timeBin, '-f', 'maxrss=%M cpu=%U+%S', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { cwd: CLI_ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${name} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const rss = /maxrss=(\d+)/.exec(run.stderr);
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(run.stderr);
  return { name, seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined, rssMb: rss ? Number(rss[1]) / 1024 : undefined, stdout: run.stdout };
}
