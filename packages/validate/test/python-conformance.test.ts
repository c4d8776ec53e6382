import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedSchemaVerdict, loadCorpus } from './corpus.js';

const SCRIPT = fileURLToPath(new URL('../../../conformance/python/check.py', import.meta.url));

/** python3 with python-jsonschema (and referencing), or the reason the agreement check cannot run here. */
function python(): { ok: true; summary: { cases: number; disagreements: number; failures: unknown[] } } | { ok: false; reason: string } {
  const run = spawnSync('python3', [SCRIPT], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return { ok: false, reason: `python3 is not available (${run.error.message})` };
  if (run.status === 2) return { ok: false, reason: run.stdout.trim() };
  return { ok: true, summary: JSON.parse(run.stdout) as { cases: number; disagreements: number; failures: unknown[] } };
}

const result = python();

describe('python-jsonschema agrees with the reference validator on the conformance corpus', () => {
  it.skipIf(!result.ok)('gives every case with a schema-level verdict the same verdict', { timeout: 120_000 }, () => {
    if (!result.ok) return;
    // the same cases the TypeScript suites compare: everything but the other suites and the no-verdict limits
    const withVerdict = loadCorpus().filter((test) => expectedSchemaVerdict(test) !== undefined);
    expect(result.summary.cases).toBe(withVerdict.length);
    expect(result.summary.failures).toEqual([]);
    expect(result.summary.disagreements).toBe(0);
  });
});
