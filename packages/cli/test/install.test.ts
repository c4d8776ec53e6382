import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDICATOR, pretty, tempDir } from './helpers.js';

/*
 * What a partner gets from `npm install @gpos/cli`: the CLI and the workspace packages it depends on are packed
 * (`npm pack`, as they would be published) and installed from those tarballs into a folder outside the
 * repository; third-party packages come from the npm registry. The spreadsheet and server stacks are optional
 * peer dependencies, so they must not be there — and the commands that need them must say what to install.
 */
const repo = join(import.meta.dirname, '..', '..', '..');

/** The folder under packages/ of a workspace package, and its runtime @gpos dependencies. */
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
/** `dir` and every @gpos package it needs at run time, as folders under packages/ (they are not on the registry). */
function withWorkspaceDependencies(dir: string, into = new Set<string>()): string[] {
  if (into.has(dir)) return [...into];
  into.add(dir);
  for (const dep of Object.keys(manifestOf(dir).dependencies ?? {})) if (dep.startsWith('@gpos/')) withWorkspaceDependencies(dep.slice('@gpos/'.length), into);
  return [...into];
}
const WORKSPACE_DEPS = withWorkspaceDependencies('cli');

const t = tempDir();
// removing an installed node_modules takes a while on a busy machine
afterAll(() => t.cleanup(), 120_000);

const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=warn'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

function pack(names: readonly string[]): string[] {
  const out = join(t.dir, 'tarballs');
  mkdirSync(out, { recursive: true });
  const packed = JSON.parse(npm(['pack', ...names.map((n) => `./packages/${n}`), '--pack-destination', out, '--json'], repo)) as Array<{ filename: string }>;
  return packed.map((p) => join(out, p.filename));
}

describe('npm install @gpos/cli', () => {
  const project = join(t.dir, 'project');
  let installLog = '';

  it('installs at most 60 packages and 40 MB, with no engine warning on Node 20', () => {
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "partner-ci", "private": true }\n');
    installLog = npm(['install', ...pack(WORKSPACE_DEPS)], project);
    expect(installLog).not.toMatch(/EBADENGINE/);
    const packages = npm(['ls', '--all', '--parseable'], project).trim().split('\n').slice(1);
    const megabytes = bytesUnder(join(project, 'node_modules')) / 1024 / 1024;
    // the figures for the README: printed, so a run shows them
    console.log(`npm install @gpos/cli: ${packages.length} packages, ${megabytes.toFixed(1)} MB`);
    expect(packages.length).toBeLessThanOrEqual(60);
    expect(megabytes).toBeLessThanOrEqual(40);
    for (const heavy of ['exceljs', 'fastify', '@electric-sql/pglite', 'pg', '@gpos/server', '@gpos/tabular']) {
      expect(packages.some((p) => p.endsWith(`/node_modules/${heavy}`))).toBe(false);
    }
  });

  const gpos = (args: string[]) => spawnSync(process.execPath, [join(project, 'node_modules', '@gpos', 'cli', 'dist', 'bin.cjs'), ...args], { cwd: project, encoding: 'utf8' });

  it('validates JSON without the optional stacks', () => {
    writeFileSync(join(project, 'one.json'), pretty(INDICATOR));
    const run = gpos(['validate', 'one.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('names the package to install when a command needs an optional stack', () => {
    writeFileSync(join(project, 'cases.csv'), 'id,type\n');
    for (const [args, pkg] of [
      [['validate', 'cases.csv'], '@gpos/tabular'],
      [['convert', 'one.json', '--to', 'csv'], '@gpos/tabular'],
      [['template', '--family', 'case'], '@gpos/tabular'],
      [['serve'], '@gpos/server'],
    ] as const) {
      const run = gpos([...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`needs ${pkg}, which is not installed; install it next to @gpos/cli: npm install --save-dev ${pkg}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads spreadsheets once @gpos/tabular is installed beside it', () => {
    npm(['install', ...pack(withWorkspaceDependencies('tabular').filter((dir) => !WORKSPACE_DEPS.includes(dir)))], project);
    const run = gpos(['convert', 'one.json', '--to', 'csv', '--output', 'out']);
    expect(run.stderr).not.toContain('not installed');
    expect(run.status).toBe(0);
  });
});
