import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = join(packageRoot, 'dist', 'bin.cjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `gpos` binary, without a terminal and without colour-forcing variables from the environment. */
export function gpos(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'FORCE_COLOR' && k !== 'NO_COLOR' && k !== 'GPOS_DEBUG') env[k] = v;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? packageRoot,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `gpos` like {@link gpos} and also returns its peak resident memory in MB (Linux `maxRSS`, every thread). */
export function gposMeasured(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run & { peakMb: number } {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-rss-'));
  const file = join(dir, 'rss');
  try {
    const env = { ...options.env, GPOS_TEST_PEAK_RSS_FILE: file, NODE_OPTIONS: `--require=${join(packageRoot, 'test', 'peak-rss.cjs')}` };
    const run = gpos(args, { ...options, env });
    return { ...run, peakMb: Number(readFileSync(file, 'utf8')) / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function tempDir(): { dir: string; write(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-cli-'));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const INDICATOR = {
  type: 'indicator',
  id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e',
  spec_version: '1.0.0',
  created: '2026-03-14T09:26:53Z',
  modified: '2026-03-14T09:26:53Z',
  source: 'TH-GOV:aoc1441',
  tlp: 'green',
  observable: { kind: 'domain', raw: 'Bad-Bank[.]example', canonical: 'bad-bank.example' },
  status: 'active',
  typology: ['investment.relationship'],
  first_seen: '2026-03-01T00:00:00Z',
  last_seen: '2026-03-10T00:00:00Z',
};

/** Valid, with one warning (possible_personal_data_in_text). */
export const WARNING_INDICATOR = { ...INDICATOR, description: { en: 'Reported by somchai.k@example.com' } };

export function indicator(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const hex = n.toString(16).padStart(12, '0');
  return { ...INDICATOR, id: `indicator--0192f0c4-7a1e-7c3b-9d2e-${hex}`, ...overrides };
}

export const BUNDLE = {
  type: 'bundle',
  id: 'bundle--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e',
  spec_version: '1.0.0',
  created: '2026-03-14T10:00:00Z',
  producer: 'TH-GOV:aoc1441',
  tlp: 'amber+strict',
  records: [indicator(1), indicator(2)],
};

export const ndjson = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
export const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export interface JsonReport {
  ok: boolean;
  summary: { files: number; records: number; valid: number; invalid: number; errors: number; warnings: number };
  files: Array<{
    path: string;
    records: number;
    invalid: number;
    problems: Array<{ severity: string; code: string; message: string; pointer: string; line: number | null; column: number | null; record: { index?: number; id?: string; type?: string } | null }>;
  }>;
}

export function jsonReport(run: Run): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}
