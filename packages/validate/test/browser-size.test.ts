/**
 * The size budget of `@gpos/validate/browser`: a page that bundles it (esbuild, minified, code-splitting as any
 * modern bundler does) downloads under 100 KB gzipped before its first validation. The families' precompiled
 * checks, the codelists, the normaliser, the Public Suffix List and the phone metadata are lazy chunks.
 * Needs the build (turbo runs `build` before `test`); skipped without it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
const built = existsSync(join(PACKAGE, 'dist', 'browser.js'));

/** The budget for everything a page loads before its first `validate()` call, gzipped. */
export const INITIAL_BUDGET_BYTES = 100 * 1000;

interface Chunk {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly inputs: readonly string[];
}

/** Bundles a page that imports the browser entry; returns the initial chunks (the entry and its static imports) and the lazy ones. */
async function bundlePage(): Promise<{ initial: Chunk[]; lazy: Chunk[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-browser-size-'));
  try {
    // the page's entry, resolved from this package as a page's own module would be
    const contents = "import { validate } from '@gpos/validate/browser';\nglobalThis.gposValidate = validate;\n";
    const result = await build({ stdin: { contents, resolveDir: PACKAGE, sourcefile: 'page.js' }, bundle: true, minify: true, splitting: true, format: 'esm', platform: 'browser', outdir: dir, absWorkingDir: PACKAGE, write: true, metafile: true, logLevel: 'silent' });
    return classify(result.metafile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function classify(metafile: Metafile): { initial: Chunk[]; lazy: Chunk[] } {
  const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const byFile = new Map(outputs);
  const entry = outputs.find(([, out]) => out.entryPoint === 'page.js')![0];
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const edge of byFile.get(file)?.imports ?? []) if (edge.kind === 'import-statement') visit(edge.path);
  };
  visit(entry);
  const chunk = (file: string): Chunk => {
    const code = readFileSync(join(PACKAGE, file));
    return { file: file.slice(file.lastIndexOf('/') + 1), raw: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.keys(byFile.get(file)!.inputs) };
  };
  return { initial: [...initial].map(chunk), lazy: outputs.map(([file]) => file).filter((f) => !initial.has(f)).map(chunk) };
}

describe.skipIf(!built)('@gpos/validate/browser size', () => {
  it(`loads under ${INITIAL_BUDGET_BYTES / 1000} KB gzipped before the first validation; the heavy parts are lazy chunks`, async () => {
    const { initial, lazy } = await bundlePage();
    const total = (chunks: Chunk[], key: 'raw' | 'gzip') => chunks.reduce((sum, c) => sum + c[key], 0);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    const report = [
      `initial: ${kb(total(initial, 'raw'))} raw, ${kb(total(initial, 'gzip'))} gzipped (${initial.length} files)`,
      ...lazy.sort((a, b) => b.gzip - a.gzip).map((c) => `lazy ${c.file}: ${kb(c.raw)} raw, ${kb(c.gzip)} gzipped`),
    ].join('\n');
    console.log(report);
    expect(total(initial, 'gzip'), `the initial load is ${kb(total(initial, 'gzip'))} gzipped, over the ${kb(INITIAL_BUDGET_BYTES)} budget:\n${report}`).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
    // none of the heavy parts is in the initial load
    const initialInputs = initial.flatMap((c) => c.inputs).join('\n');
    for (const heavy of [/libphonenumber-js/, /tldts/, /dist[\\/]browser[\\/](indicator|case|commitment)-/, /schema[\\/]dist[\\/]index\.js/, /normalize[\\/]dist/]) {
      expect(initialInputs, `${heavy} is in the initial load`).not.toMatch(heavy);
    }
    // and each of them is a lazy chunk of its own
    const lazyInputs = lazy.flatMap((c) => c.inputs).join('\n');
    for (const heavy of [/libphonenumber-js/, /tldts/, /schema[\\/]dist[\\/]index\.js/]) expect(lazyInputs).toMatch(heavy);
  }, 120_000);
});
