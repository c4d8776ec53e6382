import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { output } from '../src/output.js';
import { bin, gpos } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'gpos-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `n` indicators, each with one error: a report of about 150 bytes a record in JSON. */
function invalidRecords(n: number): string {
  const file = join(dir, `invalid-${n}.json`);
  const record = (i: number) => ({
    type: 'indicator', id: `indicator--0192f0c4-7a1e-7c3b-9d2e-${i.toString(16).padStart(12, '0')}`, spec_version: '1.0.0', created: '2026-03-14T09:26:53Z',
    modified: '2026-03-14T09:26:53Z', source: 'TH-GOV:aoc1441', tlp: 'green', observable: { kind: 'iban', raw: 'GB00 WEST 1234', canonical: 'GB00WEST1234' },
    status: 'active', typology: ['investment.relationship'], first_seen: '2026-03-01T00:00:00Z',
  });
  writeFileSync(file, JSON.stringify(Array.from({ length: n }, (_, i) => record(i))));
  return file;
}

describe('standard output of the gpos binary', () => {
  it('writes a report larger than a pipe holds whole, through a pipe', () => {
    const run = gpos(['validate', '--format', 'json', invalidRecords(2000)]);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(256 * 1024);
    const report = JSON.parse(run.stdout) as { summary: { records: number; invalid: number } };
    expect(report.summary).toMatchObject({ records: 2000, invalid: 2000 });
  });

  it('writes the same report to a file as to a pipe', () => {
    const input = invalidRecords(300);
    const path = join(dir, 'report.json');
    const fd = openSync(path, 'w');
    try {
      const run = spawnSync(process.execPath, [bin, 'validate', '--format', 'json', input], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(1);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe(gpos(['validate', '--format', 'json', input]).stdout);
  });

  it('stops quietly when the reader closes the pipe (gpos validate … | head -1)', async () => {
    const child = spawn(process.execPath, [bin, 'validate', invalidRecords(3000)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('writes UTF-8 text to a file descriptor whole, and knows a file is no terminal', () => {
    const path = join(dir, 'direct.txt');
    const fd = openSync(path, 'w');
    const text = `✔ ${'é'.repeat(100_000)} 𝒢\n`;
    try {
      const out = output(fd as 1, () => {
        throw new Error('a file needs no stream');
      });
      out.write(text);
      out.write('end\n');
      expect(out.isTty).toBe(false);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe(`${text}end\n`);
  });
});
