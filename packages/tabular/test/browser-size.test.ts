/**
 * The size budget of `@gpos/tabular/browser`, the chunk a page fetches when a spreadsheet is dropped on it: the
 * readers (csv-parse's browser build, fflate, saxes), the sheet model, `unflatten` and `assignIds`, bundled and
 * minified as a page's bundler does. `@gpos/schema` (the schemas and codelists the sheet model is read from) is
 * measured apart: a validator page has it already, as a lazy chunk of `@gpos/validate/browser`. Nothing Node-only
 * (ExcelJS, yauzl, node: modules) and nothing that builds code from strings may be in it.
 * Needs the build (turbo runs `build` before `test`); skipped without it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
const built = existsSync(join(PACKAGE, 'dist', 'browser.js'));

/** The budget of the spreadsheet chunk without @gpos/schema, gzipped. */
export const SHEET_CHUNK_BUDGET_BYTES = 45 * 1000;

async function bundle(external: string[]): Promise<{ code: Buffer; inputs: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-tabular-size-'));
  try {
    const contents = "export { readCsvText, readXlsxBytes, unflatten, assignIds, locateCell, csvSheetFor } from '@gpos/tabular/browser';\n";
    const result = await build({ stdin: { contents, resolveDir: PACKAGE, sourcefile: 'page.js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', outfile: join(dir, 'page.js'), absWorkingDir: PACKAGE, external, write: true, metafile: true, logLevel: 'silent' });
    return { code: readFileSync(join(dir, 'page.js')), inputs: Object.keys(result.metafile.inputs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

describe.skipIf(!built)('@gpos/tabular/browser size', () => {
  it(`the spreadsheet chunk is under ${SHEET_CHUNK_BUDGET_BYTES / 1000} KB gzipped besides @gpos/schema, with nothing Node-only and no eval`, async () => {
    const own = await bundle(['@gpos/schema']);
    const whole = await bundle([]);
    const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
    const report = `spreadsheet chunk: ${kb(own.code.length)} raw, ${kb(gzip(own.code))} gzipped; with @gpos/schema: ${kb(whole.code.length)} raw, ${kb(gzip(whole.code))} gzipped`;
    console.log(report);
    expect(gzip(own.code), report).toBeLessThanOrEqual(SHEET_CHUNK_BUDGET_BYTES);
    const inputs = whole.inputs.join('\n');
    for (const nodeOnly of [/exceljs/, /yauzl/, /^node:/m, /csv-parse[\\/]lib/]) expect(inputs, `${nodeOnly} is in the browser bundle`).not.toMatch(nodeOnly);
    for (const reader of [/fflate/, /saxes/, /csv-parse[\\/]dist[\\/]esm/]) expect(inputs).toMatch(reader);
    const code = whole.code.toString('utf8');
    expect(code).not.toMatch(/\bnew Function\(|\beval\(|\bFunction\(\s*["'`]/);
  }, 120_000);
});
