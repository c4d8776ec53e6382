import { afterEach, describe, expect, it } from 'vitest';
import { gpos, INDICATOR, tempDir } from './helpers.js';

const dirs: Array<ReturnType<typeof tempDir>> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

const SCORES = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['score'],
  properties: { score: { type: 'integer', minimum: 0, maximum: 100 } },
  additionalProperties: false,
};

/** A folder with a record using a partner's own namespace, and a folder of local extension schemas. */
function setup(schemas: Record<string, string | Uint8Array>, score: unknown = 7) {
  const data = tempDir();
  const ext = tempDir();
  dirs.push(data, ext);
  const record = data.write('record.json', JSON.stringify({ ...INDICATOR, spec_version: '1.1.0', extensions: { 'com.example.fraud_scores': { score } } }));
  for (const [name, text] of Object.entries(schemas)) ext.write(name, text);
  return { record, ext: ext.dir };
}

describe('gpos validate --extensions DIR', () => {
  it("without the schema, a partner's own namespace is a warning: valid, but --strict fails", () => {
    const { record } = setup({});
    const run = gpos(['validate', record, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].problems.map((p: { code: string }) => p.code)).toEqual(['unregistered_extension']);
    expect(gpos(['validate', record, '--strict']).code).toBe(1);
  });

  it('with the schema, the data is checked against it: no warning when it fits, an error where it does not', () => {
    const good = setup({ 'com.example.fraud_scores.json': JSON.stringify(SCORES) });
    const run = gpos(['validate', good.record, '--strict', '--extensions', good.ext]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bad = setup({ 'com.example.fraud_scores.json': JSON.stringify(SCORES) }, 700);
    const failed = gpos(['validate', bad.record, '--format', 'json', '--extensions', bad.ext]);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).files[0].problems).toEqual([
      expect.objectContaining({ code: 'unknown_extension', pointer: '/extensions/com.example.fraud_scores/score', message: expect.stringContaining('at most 100') }),
    ]);
  });

  it('the same verdicts with worker threads, which load the schemas themselves', () => {
    const { record, ext } = setup({ 'com.example.fraud_scores.json': JSON.stringify(SCORES) }, 700);
    const run = gpos(['validate', record, '--workers', '2', '--format', 'json', '--extensions', ext]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).files[0].problems.map((p: { code: string }) => p.code)).toEqual(['unknown_extension']);
  });

  // hostile or mistaken extension folders: each is a usage error (exit 2) with one clear line, never a stack trace
  it.each([
    ['a folder that does not exist', null, /--extensions: cannot read the folder .*does-not-exist/],
    ['a file that is not JSON', { 'com.example.a.json': '{ "type": ' }, /com\.example\.a\.json: not valid JSON/],
    ['JSON that is not a schema object', { 'com.example.a.json': '[1, 2]' }, /com\.example\.a\.json: a JSON Schema must be an object/],
    ['a schema Ajv rejects', { 'com.example.a.json': JSON.stringify({ type: 'objekt' }) }, /com\.example\.a\.json: not a valid JSON Schema 2020-12: .*type/],
    ['a schema with an unknown keyword', { 'com.example.a.json': JSON.stringify({ type: 'object', propertees: {} }) }, /com\.example\.a\.json: not a valid JSON Schema 2020-12: .*propertees/],
    ['a schema that refers to another document', { 'com.example.a.json': JSON.stringify({ $ref: 'https://evil.example/schema.json' }) }, /com\.example\.a\.json: not a valid JSON Schema 2020-12: .*evil\.example/],
    ['a name without a dot', { 'acme.json': JSON.stringify(SCORES) }, /acme\.json: .*reversed domain name/],
    ['a registered namespace', { 'gse.json': JSON.stringify(SCORES) }, /gse\.json: "gse" is registered with the standard/],
    ['a file too large to be a schema', { 'com.example.big.json': `{"description":"${'x'.repeat(2 * 1024 * 1024)}"}` }, /com\.example\.big\.json: .*larger than/],
  ])('%s is a usage error', (_what, schemas, message) => {
    const { record, ext } = setup(schemas ?? {});
    const run = gpos(['validate', record, '--extensions', schemas === null ? `${ext}/does-not-exist` : ext]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const [first, ...rest] = run.stderr.trim().split('\n');
    expect(first).toMatch(message);
    expect(first).toMatch(/^gpos: --extensions: /);
    expect(rest).toEqual(["Run 'gpos validate --help' for usage."]);
  });

  it('ignores files that are not .json, so a README can sit beside the schemas', () => {
    const { record, ext } = setup({ 'README.md': '# our extensions', 'com.example.fraud_scores.json': JSON.stringify(SCORES) });
    expect(gpos(['validate', record, '--strict', '--extensions', ext]).code).toBe(0);
  });
});
