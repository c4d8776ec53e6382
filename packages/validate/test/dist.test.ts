import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const built = existsSync(`${DIST}index.js`) && existsSync(`${DIST}index.cjs`);

// turbo runs `build` before `test`; a bare `vitest run` without a build skips these
describe.skipIf(!built)('the built package', () => {
  const probe = `validate({ type: 'organization', created: '2026-02-30T00:00:00Z' }).problems.map((p) => p.code).includes('schema_format')`;

  it('works from import', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `import { validate } from ${JSON.stringify(`${DIST}index.js`)}; console.log(${probe});`], { encoding: 'utf8' });
    expect(out.trim()).toBe('true');
  });

  it('works from require', () => {
    const out = execFileSync(process.execPath, ['-e', `const { validate } = require(${JSON.stringify(`${DIST}index.cjs`)}); console.log(${probe});`], { encoding: 'utf8' });
    expect(out.trim()).toBe('true');
  });

  it('serves the strict JSON reader from import and require', () => {
    const probe = `parseJson('{"a":1,"a":2}').issues.map((i) => i.code).join()`;
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import { parseJson } from ${JSON.stringify(`${DIST}json/index.js`)}; console.log(${probe});`], { encoding: 'utf8' });
    const cjs = execFileSync(process.execPath, ['-e', `const { parseJson } = require(${JSON.stringify(`${DIST}json/index.cjs`)}); console.log(${probe});`], { encoding: 'utf8' });
    expect([esm.trim(), cjs.trim()]).toEqual(['json_duplicate_key', 'json_duplicate_key']);
  });

  it('serves the problem model from import and require without loading the validator', () => {
    const probe = `[failsRun('error', false), failsRun('warning', false), failsRun('warning', true), failsRun('info', true)].join()`;
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import { failsRun } from ${JSON.stringify(`${DIST}problem/index.js`)}; console.log(${probe});`], { encoding: 'utf8' });
    const cjs = execFileSync(process.execPath, ['-e', `const { failsRun } = require(${JSON.stringify(`${DIST}problem/index.cjs`)}); console.log(${probe});`], { encoding: 'utf8' });
    expect([esm.trim(), cjs.trim()]).toEqual(['true,false,true,false', 'true,false,true,false']);
    // light: nothing but the model (no compiled schemas, no normaliser)
    expect(readFileSync(`${DIST}problem/index.js`, 'utf8')).not.toMatch(/\bimport\b.*\bfrom\b/);
  });

  it('bundles the Ajv runtime instead of importing it', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(`${DIST}${file}`, 'utf8');
      // ajv keeps `'require("ajv/dist/runtime/…")'` as a string for its own code generator: a string, not an import
      expect(code).not.toMatch(/(?<!['"])(from\s+|require\()["']ajv(-formats)?(\/[^"']*)?["']/);
    }
  });

  const iban = JSON.stringify({
    type: 'indicator', id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d10', spec_version: '1.0.0', created: '2026-03-14T09:26:53Z', modified: '2026-03-14T09:26:53Z',
    source: 'TH-GOV:aoc1441', tlp: 'amber', observable: { kind: 'iban', raw: 'GB82 WEST 1234 5698 7654 32', canonical: 'GB82WEST12345698765432' }, status: 'active',
    typology: ['investment.relationship'], first_seen: '2026-03-01T00:00:00Z', last_seen: '2026-03-10T00:00:00Z',
  });

  it('in Node, requires only the chunks a value needs, on first use', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { validate } = await import(${JSON.stringify(`${DIST}index.js`)});
      const cache = createRequire(import.meta.url).cache;
      const loaded = () => Object.keys(cache).filter((f) => /dist[\\/]chunks[\\/]|tldts|libphonenumber/.test(f)).map((f) => f.replace(/^.*[\\/](dist[\\/]chunks[\\/])?/, '').replace(/\\.c?js$/, ''));
      const before = loaded();
      const result = validate(${iban});
      console.log(JSON.stringify({ before, after: loaded(), valid: result.valid }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { before: string[]; after: string[]; valid: boolean };
    expect(out.before).toEqual([]);
    // the indicator family's checks, the codelists and the normaliser; no other family, no PSL, no phone metadata
    expect(out.after.sort()).toEqual(['codelists', 'indicator', 'normalize']);
    expect(out.valid).toBe(true);
  });

  it('the browser build, run from dist, reaches the verdicts of the Node build on the whole conformance corpus', () => {
    const cases = JSON.stringify(loadCorpus().map((c) => c.data));
    const script = `
      const sync = await import(${JSON.stringify(`${DIST}index.js`)});
      const browser = await import(${JSON.stringify(`${DIST}browser.js`)});
      const { readFileSync } = await import('node:fs');
      const cases = JSON.parse(readFileSync(0, 'utf8'));
      const codes = (r) => JSON.stringify([r.valid, r.problems.map((p) => [p.code, p.pointer, p.message])]);
      let same = 0;
      const differ = [];
      for (const [i, value] of cases.entries()) {
        if (codes(sync.validate(value)) === codes(await browser.validate(value))) same++;
        else differ.push(i);
      }
      console.log(JSON.stringify({ same, differ }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', input: cases, maxBuffer: 64 * 1024 * 1024 })) as { same: number; differ: number[] };
    expect(out.differ).toEqual([]);
    expect(out.same).toBeGreaterThan(150);
  });
});
