import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
});
