import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gpos, jsonReport, packageRoot, pretty, tempDir } from './helpers.js';

/**
 * The CLI must agree with the conformance corpus exactly as the library does: same verdict, same set of
 * problem codes. Every case becomes one .json file; one `gpos validate` run checks them all.
 */
const CONFORMANCE = join(packageRoot, '..', '..', 'conformance');
// observable-id vectors are run by @gpos/normalize, pseudonym vectors by @gpos/sdk; frozen 1.0 documents are checked below and in @gpos/validate
const OTHER_SUITES = new Set(['observable-ids', 'pseudonyms', 'compat']);

interface Case {
  name: string;
  data: unknown;
  valid: boolean;
  problems: string[];
}

function loadCases(): Case[] {
  const files = readdirSync(CONFORMANCE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !OTHER_SUITES.has(f.split(/[\\/]/)[0]!))
    .sort();
  return files.flatMap((file) =>
    (JSON.parse(readFileSync(join(CONFORMANCE, file), 'utf8')) as Array<{ description: string; tests: Array<{ description: string; data: unknown; valid: boolean; problems: string[] }> }>).flatMap((group) =>
      group.tests.map((test) => ({ name: `${file} › ${group.description} › ${test.description}`, data: test.data, valid: test.valid, problems: test.problems })),
    ),
  );
}

const t = tempDir();
afterAll(() => t.cleanup());

describe('conformance corpus through the CLI', () => {
  const cases = loadCases();

  it('reports the verdict and the problem codes of every case', () => {
    expect(cases.length).toBeGreaterThan(100);
    cases.forEach((c, i) => t.write(`cases/${String(i).padStart(4, '0')}.json`, pretty(c.data)));
    const run = gpos(['validate', '--format', 'json', '--workers', '0', 'cases'], { cwd: t.dir });
    expect([0, 1]).toContain(run.code);
    const report = jsonReport(run);
    expect(report.files).toHaveLength(cases.length);
    const disagreements: string[] = [];
    report.files.forEach((file, i) => {
      const c = cases[i]!;
      const codes = [...new Set(file.problems.map((p) => p.code))].sort();
      const valid = !file.problems.some((p) => p.severity === 'error');
      if (valid !== c.valid || JSON.stringify(codes) !== JSON.stringify([...new Set(c.problems)].sort())) {
        disagreements.push(`${c.name}: expected ${c.valid ? 'valid' : 'invalid'} ${JSON.stringify(c.problems)}, got ${valid ? 'valid' : 'invalid'} ${JSON.stringify(codes)}`);
      }
      // every problem of a parsed file has a position
      for (const p of file.problems) expect(p.line, `${c.name} ${p.code}`).not.toBeNull();
    });
    expect(disagreements).toEqual([]);
  });
});

describe('examples/', () => {
  const examples = join(packageRoot, '..', '..', 'examples');
  let hasData = false;
  try {
    hasData = readdirSync(examples, { recursive: true, encoding: 'utf8' }).some((f) => /\.(json|ndjson|jsonl)$/.test(f));
  } catch {
    hasData = false;
  }

  it.skipIf(!hasData)('every example partners may copy validates with exit status 0', () => {
    const run = gpos(['validate', '--format', 'json', examples]);
    expect(run.stderr).toBe('');
    const report = jsonReport(run);
    const errors = report.files.flatMap((f) => f.problems.filter((p) => p.severity === 'error').map((p) => `${f.path}:${p.line}:${p.column} ${p.code} ${p.message}`));
    expect(errors).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('frozen 1.0 examples (conformance/compat/1.0)', () => {
  it('pass `gpos validate --strict` unchanged: a minor version breaks no 1.0 document', () => {
    const run = gpos(['validate', '--strict', '--format', 'json', join(CONFORMANCE, 'compat', '1.0', 'examples')]);
    const report = jsonReport(run);
    expect(report.files.length).toBeGreaterThanOrEqual(12);
    expect(report.files.flatMap((f) => f.problems.filter((p) => p.severity !== 'info').map((p) => `${f.path}: ${p.code}`))).toEqual([]);
    expect(run.code).toBe(0);
  });
});
