import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { CONFORMANCE_DIR } from './corpus.js';

/**
 * A minor version never breaks a valid document of an earlier minor. conformance/compat/1.0/ holds, frozen
 * as they were released, every example file and every valid conformance case of standard 1.0; each must stay
 * valid under the current schemas and rules, unchanged. These files are never edited: a failure here means
 * the change broke 1.0 documents and belongs in a major version.
 */
const FROZEN = join(CONFORMANCE_DIR, 'compat', '1.0');

interface FrozenCase {
  readonly case: string;
  readonly schema: string;
  readonly data: unknown;
}

const corpus = JSON.parse(readFileSync(join(FROZEN, 'corpus.json'), 'utf8')) as FrozenCase[];

const exampleFiles = readdirSync(join(FROZEN, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(json|ndjson)$/.test(f))
  .sort();

/** The documents of one example file: the whole JSON value, or each line of an NDJSON feed. */
function documents(file: string): unknown[] {
  const text = readFileSync(join(FROZEN, 'examples', file), 'utf8');
  if (!file.endsWith('.ndjson')) return [JSON.parse(text)];
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);
}

const errors = (value: unknown) =>
  validate(value)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.code} at ${p.pointer}: ${p.message}`);

describe('1.0 documents under the current standard', () => {
  it('the frozen set is complete: every 1.0 example family and a corpus case per 1.0 family', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(12);
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    const types = new Set(corpus.map((c) => (c.data as { type?: string }).type));
    for (const type of ['indicator', 'case', 'commitment', 'organization', 'bundle']) expect(types, type).toContain(type);
    for (const c of corpus) expect(JSON.stringify(c.data)).not.toContain('"spec_version":"1.1');
  });

  describe.each(exampleFiles)('examples/%s', (file) => {
    it('is still valid, with no errors', () => {
      for (const doc of documents(file)) expect(errors(doc)).toEqual([]);
    });
  });

  describe.each(corpus.map((c) => [c.case, c] as const))('%s', (_, c) => {
    it('is still valid, with no errors', () => {
      expect(errors(c.data)).toEqual([]);
    });
  });
});
