/**
 * `@gpos/validate/browser` (src/browser.ts, alone in this file's module graph): its async `validate` loads each
 * chunk a value needs with `import()` and reaches exactly the verdicts of the synchronous entry — the whole
 * conformance corpus, run through it from a cold start, reports the corpus's codes.
 */
import { describe, expect, it } from 'vitest';
import { assertValid, preload, validate, validateRecord, ValidationError } from '../src/browser.js';
import { loadedChunks } from '../src/chunks.js';
import { arrivedChunks, CHUNK_NAMES } from '../src/load/browser.js';
import { loadCorpus } from './corpus.js';

const corpus = loadCorpus();

/** A valid indicator (as the CLI's start-up benchmark writes it) of a kind that needs neither the PSL nor phone metadata. */
const indicator = {
  type: 'indicator',
  id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d10',
  spec_version: '1.0.0',
  created: '2026-03-14T09:26:53Z',
  modified: '2026-03-14T09:26:53Z',
  source: 'TH-GOV:aoc1441',
  tlp: 'amber',
  observable: { kind: 'iban', raw: 'GB82 WEST 1234 5698 7654 32', canonical: 'GB82WEST12345698765432' },
  status: 'active',
  typology: ['investment.relationship'],
  first_seen: '2026-03-01T00:00:00Z',
  last_seen: '2026-03-10T00:00:00Z',
};

describe('@gpos/validate/browser', () => {
  it('loads nothing before the first run, then only the chunks the value needs', async () => {
    expect(loadedChunks()).toEqual([]);
    const result = await validate(indicator);
    expect(loadedChunks().sort()).toEqual(['codelists', 'indicator', 'normalize']);
    expect(result).toEqual({ valid: true, problems: [], records: 1 });
  });

  it('answers a value that is not a record without loading any family', async () => {
    const result = await validate(42);
    expect(result.problems.map((p) => p.code)).toEqual(['not_a_record']);
    expect(loadedChunks()).not.toContain('case');
  });

  describe.each(corpus.map((c) => [c.name, c] as const))('%s', (_, test) => {
    it('reports the expected verdict and codes', async () => {
      const result = await validate(test.data);
      expect([...new Set(result.problems.map((p) => p.code))].sort()).toEqual([...test.problems].sort());
      expect(result.valid).toBe(test.valid);
    });
  });

  it('validateRecord refuses a list and assertValid rejects with every problem', async () => {
    expect((await validateRecord([indicator])).problems.map((p) => p.code)).toEqual(['not_a_record']);
    await expect(assertValid({ type: 'indicator' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('preload() fetches every chunk', async () => {
    await preload();
    expect(arrivedChunks().sort()).toEqual([...CHUNK_NAMES].sort());
    expect(CHUNK_NAMES).toHaveLength(14);
  });
});
