/**
 * A newcomer follows the Getting-started pages word for word. The packages are packed with `npm pack`, as they
 * would be published, and each page's blocks become one shell script, run from an empty folder outside the
 * repository: its shell blocks as they are, and each `file=NAME` block saved as NAME where the page says to save it.
 * The only liberty taken: `npm install @gpos/x` installs the packed tarball of @gpos/x and of the @gpos packages it
 * depends on (they are not on the registry); every other package comes from the npm registry (or its cache).
 *
 * packages/cli/test/install.test.ts checks the size of the CLI's install; this test checks that the pages work.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GETTING_STARTED, snippetsOfFile, where, type Snippet } from '../scripts/snippets.js';
import { REPO_ROOT } from '../scripts/sources.js';

const root = mkdtempSync(join(tmpdir(), 'gpos-newcomer-'));
const TARBALLS = join(root, 'tarballs');
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

type Manifest = { name: string; private?: boolean; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
const manifests = new Map<string, { dir: string; manifest: Manifest }>(
  readdirSync(join(REPO_ROOT, 'packages'))
    .filter((dir) => existsSync(join(REPO_ROOT, 'packages', dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', dir, 'package.json'), 'utf8')) as Manifest;
      return [manifest.name, { dir, manifest }];
    }),
);

/** The @gpos packages a page installs, each with the @gpos packages it needs at run time. */
function withWorkspaceDependencies(names: string[]): string[] {
  const out = new Set<string>();
  const visit = (name: string) => {
    if (out.has(name) || !manifests.has(name)) return;
    out.add(name);
    for (const dep of Object.keys(manifests.get(name)!.manifest.dependencies ?? {})) visit(dep);
  };
  names.forEach(visit);
  return [...out];
}

/** The page as one shell script: shell blocks as written, file blocks saved where the page says. */
function scriptOf(blocks: Snippet[]): string {
  const lines = [
    'set -euo pipefail',
    // `npm install @gpos/x` installs the packed tarballs of @gpos/x and its @gpos dependencies
    'npm() {',
    '  if [ "${1:-}" = install ] || [ "${1:-}" = i ]; then',
    '    local args=() a',
    '    for a in "$@"; do case "$a" in @gpos/*) args+=($(cat "$GPOS_TARBALLS/${a#@gpos/}.list"));; *) args+=("$a");; esac; done',
    '    command npm "${args[@]}" --no-audit --no-fund --prefer-offline --loglevel=error',
    '  else command npm "$@"; fi',
    '}',
  ];
  for (const block of blocks) {
    if (block.saveAs) {
      lines.push(`mkdir -p "$(dirname '${block.saveAs}')"`, `cat > '${block.saveAs}' <<'GPOS_NEWCOMER_EOF'`, block.code.replace(/\n$/, ''), 'GPOS_NEWCOMER_EOF');
    } else if (['sh', 'bash', 'shell'].includes(block.lang)) {
      lines.push(`echo '$ ${where(block)}'`, block.code);
    }
  }
  return `${lines.join('\n')}\n`;
}

function runScript(name: string, script: string): Promise<{ status: number | null; output: string }> {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'steps.sh'), script);
  return new Promise((resolve) => {
    const child = spawn('bash', [join(dir, 'steps.sh')], {
      cwd: dir,
      env: { ...process.env, GPOS_TARBALLS: TARBALLS, NO_COLOR: '1', npm_config_update_notifier: 'false', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

const pages = Object.fromEntries(GETTING_STARTED.map((file) => [file, snippetsOfFile(file)]));
const installed = (blocks: Snippet[]) => [...new Set(blocks.flatMap((b) => (['sh', 'bash', 'shell'].includes(b.lang) ? [...b.code.matchAll(/@gpos\/[a-z]+/g)].map((m) => m[0]) : [])))];
const results: Record<string, { status: number | null; output: string }> = {};

beforeAll(async () => {
  // pack every @gpos package any page installs, with its @gpos dependencies, once
  const needed = withWorkspaceDependencies(Object.values(pages).flatMap(installed));
  mkdirSync(TARBALLS, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', ...needed.map((n) => `./packages/${manifests.get(n)!.dir}`), '--pack-destination', TARBALLS, '--json', '--loglevel=error'], { cwd: REPO_ROOT, encoding: 'utf8' }),
  ) as Array<{ name: string; filename: string }>;
  const file = new Map(packed.map((p) => [p.name, join(TARBALLS, p.filename)]));
  for (const name of needed) writeFileSync(join(TARBALLS, `${name.slice('@gpos/'.length)}.list`), withWorkspaceDependencies([name]).map((n) => file.get(n)!).join('\n'));
  // two pages at a time: the machine is shared
  const entries = Object.entries(pages);
  for (let i = 0; i < entries.length; i += 2)
    await Promise.all(
      entries.slice(i, i + 2).map(async ([page, blocks]) => {
        results[page] = await runScript(page.replace(/[^a-z0-9]+/gi, '_'), scriptOf(blocks));
      }),
    );
}, 400_000);

describe('a newcomer following the Getting-started pages word for word', () => {
  it('every block of the pages is either run, saved as a file, or output', () => {
    for (const [page, blocks] of Object.entries(pages)) {
      const unused = blocks.filter((b) => !b.saveAs && !['sh', 'bash', 'shell'].includes(b.lang) && !b.attrs.has('output')).map(where);
      expect(unused, `${page}: give these blocks file=NAME (or mark output)`).toEqual([]);
      expect(installed(blocks).length, `${page} installs a @gpos package`).toBeGreaterThan(0);
    }
  });

  it('SDK in 5 minutes: builds, validates, redacts, signs and verifies, and the project typechecks', () => {
    const { status, output } = results['docs/getting-started/sdk.md']!;
    expect(status, output).toBe(0);
    expect(output).toContain('+66812345678');
    expect(output).toContain('bundle.json is valid');
    expect(output).toMatch(/signature verified \(key aoc1441-2026-01\)/);
  });

  it('Validate in CI: the saved record is valid', () => {
    const { status, output } = results['docs/getting-started/validate-in-ci.md']!;
    expect(status, output).toBe(0);
    expect(output).toMatch(/✔ 1 file, 1 record \(1 valid, 0 invalid\)/);
  });

  it('Spreadsheets: a filled-in template becomes valid records, and records a workbook', () => {
    const { status, output } = results['docs/getting-started/spreadsheets.md']!;
    expect(status, output).toBe(0);
    // the filled-in template checked cell by cell as it will be converted, then the converted file
    expect(output).toMatch(/✔ 7 files, 3 records \(3 valid, 0 invalid\)/);
    expect(output).toMatch(/✔ 1 file, 3 records \(3 valid, 0 invalid\)/);
    expect(existsSync(join(root, 'docs_getting_started_spreadsheets_md', 'hotline-export', 'indicators.xlsx'))).toBe(true);
  });
});

