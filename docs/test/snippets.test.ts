/**
 * Every code block of the READMEs (the root's and each package's) and of the docs site's pages, checked the way
 * a reader would use it, so a snippet cannot rot:
 *
 * - TypeScript blocks typecheck as files of a user's project that installed the packages: against the built
 *   packages' published types (the `@gpos/source` condition is not set), under `moduleResolution` `node16`
 *   (a Node project, with `module: node18` for JSON imports), `bundler` (a Vite or esbuild project) and the settings
 *   docs/getting-started/sdk.md recommends (read from the page: `module: nodenext`); the ones
 *   that are complete programs then run (with tsx, against the built packages) and must exit 0.
 * - Shell blocks (and the shell lines of YAML blocks: CI steps, pre-commit entries): every `gpos` command line is
 *   parsed against the CLI's own declarations (unknown commands and options, values outside their choices fail);
 *   `npm run` scripts exist; `npm install` names packages that exist. The Getting-started pages' blocks are also
 *   run, in a fresh project, by test/newcomer.test.ts.
 * - JSON blocks parse, and validate when they are GPOS records or bundles. YAML blocks parse; Python blocks parse
 *   (with python3, when installed).
 * - Blocks the tests cannot check say so in their info string (`fragment`, `no-run`; see scripts/snippets.ts).
 *   A `declare` (a value the reader supplies) must say on its line where the value comes from.
 *
 * The generated pages (reference, rules, CLI, changelog) are checked from `generate()`; the TypeScript API pages
 * are left out: their blocks are signatures TypeDoc prints from the compiled types, not examples.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validate } from '@gpos/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findCommand } from '../../packages/cli/src/commands/index.js';
import { parseCommand } from '../../packages/cli/src/shared/command.js';
import { generate, loadRules } from '../scripts/generate.js';
import { gposArguments, shellCommands, type ShellCommand } from '../scripts/shell.js';
import { ATTRIBUTES, CODE_LANGS, handWrittenMarkdown, PROSE_LANGS, snippetsOf, snippetsOfFile, where, type Snippet } from '../scripts/snippets.js';
import { REPO_ROOT } from '../scripts/sources.js';

const run = promisify(execFile);
const DOCS = join(REPO_ROOT, 'docs');
// inside the repository, so `@gpos/*` resolve through the workspace links to the packages' package.json and dist/
const PROJECT = join(DOCS, 'test-results', 'snippets');

const handWritten = handWrittenMarkdown().flatMap(snippetsOfFile);
let all: Snippet[] = handWritten;

const TS = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);
const SHELL = new Set(['sh', 'bash', 'shell']);
const isFragment = (s: Snippet) => s.attrs.has('fragment');
const tsBlocks = () => all.filter((s) => TS.has(s.lang) && !isFragment(s));
const fileOf = (s: Snippet) => `${s.file.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '_')}_L${s.line}.${s.lang.startsWith('j') || s.lang === 'mjs' ? 'mjs' : 'ts'}`;
/** A block that declares what the reader supplies cannot run. */
const runnable = (s: Snippet) => !s.attrs.has('no-run') && !/^\s*declare\s/m.test(s.code);

beforeAll(async () => {
  const pages = generate({ rules: await loadRules() });
  const generated = Object.entries(pages)
    .filter(([path]) => path.endsWith('.md'))
    .flatMap(([path, text]) => snippetsOf(`docs/${path}`, text));
  all = [...handWritten, ...generated];
}, 120_000);

describe('code blocks', () => {
  it('are found in the READMEs and on the docs site', () => {
    expect(handWritten.filter((s) => TS.has(s.lang)).length).toBeGreaterThan(20);
    expect(new Set(handWritten.map((s) => s.file))).toContain('docs/getting-started/sdk.md');
  });

  it('each name a language, and only known attributes', () => {
    const unnamed = all.filter((s) => !CODE_LANGS.has(s.lang) && !PROSE_LANGS.has(s.lang)).map((s) => `${where(s)} \`\`\`${s.lang}`);
    expect(unnamed, 'give the block a language (text for output)').toEqual([]);
    const unknown = all.flatMap((s) => [...s.attrs].filter((a) => !ATTRIBUTES.has(a)).map((a) => `${where(s)}: ${a}`));
    expect(unknown).toEqual([]);
  });

  it('say where every declared placeholder comes from', () => {
    const silent = tsBlocks().flatMap((s) =>
      s.code
        .split('\n')
        .filter((line) => /^\s*declare\s/.test(line) && !/\/\/\s*\S/.test(line))
        .map((line) => `${where(s)}: ${line.trim()}`),
    );
    expect(silent, 'end the line with a comment saying where the value comes from').toEqual([]);
  });
});

describe('JSON blocks', () => {
  const looksLikeGpos = (v: unknown): boolean =>
    Array.isArray(v) ? v.length > 0 && v.every(looksLikeGpos) : typeof v === 'object' && v !== null && 'type' in v && ('spec_version' in v || 'records' in v);

  it('parse, and GPOS records and bundles among them are valid', () => {
    const failures: string[] = [];
    for (const s of all.filter((b) => b.lang === 'json' && !isFragment(b))) {
      let value: unknown;
      try {
        value = JSON.parse(s.code);
      } catch (error) {
        failures.push(`${where(s)}: ${(error as Error).message}`);
        continue;
      }
      if (!looksLikeGpos(value)) continue;
      const result = validate(value);
      for (const p of result.problems.filter((q) => q.severity === 'error')) failures.push(`${where(s)}: ${p.pointer} ${p.code} ${p.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('Python blocks', () => {
  // for partners who script against the exchange in Python: the syntax is checked when python3 is installed
  const python = (() => {
    try {
      return execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  })();
  it.skipIf(!python)('parse', () => {
    const failures: string[] = [];
    for (const s of all.filter((b) => b.lang === 'python' && !isFragment(b))) {
      try {
        execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: s.code, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
      } catch (error) {
        failures.push(`${where(s)}: ${String((error as { stderr?: string }).stderr ?? error).trim().split('\n').at(-1)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('shell and YAML blocks', () => {
  type Manifest = { name: string; private?: boolean; scripts?: Record<string, string>; bin?: Record<string, string> | string };
  const read = (dir: string) => JSON.parse(readFileSync(join(REPO_ROOT, dir, 'package.json'), 'utf8')) as Manifest;
  const root = read('');
  const packageNames = new Map<string, Manifest>(
    [...readdirSync(join(REPO_ROOT, 'packages')).filter((dir) => existsSync(join(REPO_ROOT, 'packages', dir, 'package.json'))).map((dir) => `packages/${dir}`), 'docs'].map((dir) => {
      const m = read(dir);
      return [m.name, m];
    }),
  );
  const bins = new Set([...packageNames.values()].flatMap((m) => (typeof m.bin === 'object' ? Object.keys(m.bin) : [])));

  /** What is wrong with one command line, or undefined. */
  function check(command: ShellCommand): string | undefined {
    const { words } = command;
    const args = gposArguments(words);
    if (args) {
      const [name, ...rest] = args;
      if (!name || name === '--help' || name === '-h' || name === '--version') return undefined;
      const spec = findCommand(name);
      if (!spec) return `gpos has no command '${name}'`;
      try {
        parseCommand(spec, rest);
      } catch (error) {
        return `gpos ${name}: ${(error as Error).message}`;
      }
      return undefined;
    }
    if (words[0] === 'npx') {
      const bin = words.slice(1).find((w) => !w.startsWith('-'));
      if (bin?.startsWith('gpos') && !bins.has(bin)) return `no package has a bin named ${bin}`;
    }
    if (words[0] === 'npm' && (words[1] === 'run' || words[1] === 'run-script')) {
      const script = words[2]!;
      const w = words.indexOf('-w');
      const ws = w === -1 ? undefined : words[w + 1];
      const manifest = ws === undefined ? root : packageNames.get(ws);
      if (!manifest) return `no workspace ${ws}`;
      if (!manifest.scripts?.[script]) return `${ws ?? 'the root package'} has no script '${script}'`;
    }
    if (words[0] === 'npm' && (words[1] === 'install' || words[1] === 'i')) {
      for (const spec of words.slice(2).filter((w) => !w.startsWith('-'))) {
        const name = spec.replace(/(?<=.)@[^@/]*$/, '');
        if (name.startsWith('@gpos/') && (!packageNames.has(name) || packageNames.get(name)!.private)) return `no published package ${name}`;
      }
    }
    return undefined;
  }

  /** The shell lines of a YAML document: CI `run`/`script` steps and pre-commit `entry` values. */
  function shellOfYaml(value: unknown, out: string[] = []): string[] {
    if (Array.isArray(value)) for (const v of value) shellOfYaml(v, out);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'run' || key === 'entry') && typeof v === 'string') out.push(v);
        else if (key === 'script' && Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
        else shellOfYaml(v, out);
      }
    return out;
  }

  it('run only gpos commands and options the CLI declares, npm scripts that exist and packages that are published', () => {
    const failures: string[] = [];
    let gposLines = 0;
    for (const s of all.filter((b) => !isFragment(b))) {
      let scripts: string[] = [];
      if (SHELL.has(s.lang)) scripts = [s.code];
      else if (s.lang === 'yaml' || s.lang === 'yml') {
        try {
          scripts = shellOfYaml(parseYaml(s.code));
        } catch (error) {
          failures.push(`${where(s)}: YAML: ${(error as Error).message}`);
        }
      } else continue;
      for (const script of scripts)
        for (const command of shellCommands(script)) {
          if (gposArguments(command.words)) gposLines++;
          const problem = check(command);
          if (problem) failures.push(`${where(s)} (line ${command.line} of the block): ${problem}`);
        }
    }
    expect(failures).toEqual([]);
    expect(gposLines).toBeGreaterThan(10);
  });

  it('the checker catches an unknown option and an unknown command', () => {
    expect(check({ words: ['npx', '@gpos/cli', 'validate', 'data/', '--strictest'], line: 1 })).toMatch(/strictest/);
    expect(check({ words: ['gpos', 'validat', 'data/'], line: 1 })).toMatch(/no command 'validat'/);
    expect(check({ words: ['gpos', 'template', '--family', 'case', '--format', 'ods'], line: 1 })).toMatch(/--format must be/);
    expect(check({ words: ['npm', 'run', 'validate:everything'], line: 1 })).toMatch(/no script/);
  });
});

describe('TypeScript blocks', () => {
  const blocks = () => tsBlocks();

  beforeAll(() => {
    rmSync(PROJECT, { recursive: true, force: true });
    mkdirSync(PROJECT, { recursive: true });
    writeFileSync(join(PROJECT, 'package.json'), `${JSON.stringify({ name: 'snippets', private: true, type: 'module' }, null, 2)}\n`);
    const common = { target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, resolveJsonModule: true, moduleDetection: 'force', types: ['node'], allowJs: true, checkJs: true };
    // a Node project, as the Getting-started page recommends (node18 is node16 resolution plus JSON import attributes)
    writeFileSync(join(PROJECT, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: { ...common, module: 'node18', moduleResolution: 'node16', lib: ['es2022'] }, include: ['*.ts', '*.mjs'] }));
    // a bundler project (Vite, esbuild, webpack), with the DOM
    writeFileSync(join(PROJECT, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...common, module: 'preserve', moduleResolution: 'bundler', lib: ['es2022', 'dom'] }, include: ['*.ts', '*.mjs'] }));
    // the settings the SDK's Getting-started page tells a newcomer to use, read from the page itself
    const recommended = handWritten.find((s) => s.file === 'docs/getting-started/sdk.md' && s.saveAs === 'tsconfig.json');
    if (!recommended) throw new Error('docs/getting-started/sdk.md has no ```json file=tsconfig.json block');
    const { compilerOptions } = JSON.parse(recommended.code) as { compilerOptions: Record<string, unknown> };
    writeFileSync(join(PROJECT, 'tsconfig.recommended.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, allowJs: true, checkJs: true, moduleDetection: 'force' }, include: ['*.ts', '*.mjs'] }));
    for (const s of blocks()) writeFileSync(join(PROJECT, fileOf(s)), s.code);
  });

  /** tsc's errors, each put back on the block and line it came from. */
  async function typecheck(config: string): Promise<string[]> {
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const out = await run(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: PROJECT, maxBuffer: 16 * 1024 * 1024 }).then(
      (r) => r.stdout,
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    const byFile = new Map(blocks().map((s) => [fileOf(s), s]));
    return out
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const m = /^([^(]+)\((\d+),(\d+)\): (.*)$/.exec(line);
        const s = m && byFile.get(m[1]!);
        return s ? `${s.file}:${s.line + Number(m![2])} ${m![4]}` : line;
      });
  }

  it.each(['node16', 'bundler', 'recommended'])('typecheck under moduleResolution %s against the built packages', async (resolution) => {
    expect(blocks().length).toBeGreaterThan(10);
    expect(await typecheck(`tsconfig.${resolution}.json`)).toEqual([]);
  }, 180_000);

  it('the complete programs run', async () => {
    const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const failures: string[] = [];
    const programs = blocks().filter(runnable);
    expect(programs.length).toBeGreaterThan(10);
    // a page's programs run in order, in a folder of their own (one may read the file another wrote); two pages at a time
    const byPage = [...new Set(programs.map((s) => s.file))].map((file): [string, Snippet[]] => [file, programs.filter((s) => s.file === file)]);
    const runPage = async ([file, pagePrograms]: [string, Snippet[]]) => {
      const cwd = join(PROJECT, 'run', file.replace(/[^A-Za-z0-9]+/g, '_'));
      mkdirSync(cwd, { recursive: true });
      for (const s of pagePrograms)
        await run(process.execPath, [tsx, join(PROJECT, fileOf(s))], { cwd, timeout: 60_000 }).catch((error: { stderr?: string; message: string }) => {
          failures.push(`${where(s)}: ${(error.stderr || error.message).trim().split('\n').slice(0, 8).join('\n')}`);
        });
    };
    for (let i = 0; i < byPage.length; i += 2) await Promise.all(byPage.slice(i, i + 2).map(runPage));
    expect(failures).toEqual([]);
  }, 300_000);
});
