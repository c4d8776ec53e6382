/**
 * What npm and a newcomer see of every package before reading a line of code: where the source is, where to
 * read about it, where to report a bug, and under which licence it comes — with the licence text in the tarball.
 * Also: nothing a user installs pulls in `@types/*` at run time, and no file carries a placeholder URL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const CANONICAL = 'https://github.com/gpos-network/gpos-standard';
const licence = readFileSync(join(REPO, 'LICENSE'), 'utf8');

interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  files?: string[];
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const packageDirs = readdirSync(join(REPO, 'packages')).filter((dir) => existsSync(join(REPO, 'packages', dir, 'package.json')));
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8')) as Manifest;

describe('the repository licence', () => {
  it('is the full Apache-2.0 text', () => {
    expect(licence).toContain('Apache License\n                           Version 2.0, January 2004');
    expect(licence).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    expect(licence).toContain('END OF TERMS AND CONDITIONS');
    expect(licence.length).toBeGreaterThan(11_000);
  });
});

describe.each(packageDirs)('packages/%s/package.json', (dir) => {
  const path = `packages/${dir}`;
  const pkg = manifest(path);

  it('names the repository (with its directory), a homepage and where to report bugs', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${CANONICAL}.git`, directory: path });
    expect(pkg.homepage).toBe(`${CANONICAL}/tree/main/${path}#readme`);
    expect(pkg.bugs).toEqual({ url: `${CANONICAL}/issues` });
  });

  it('is Apache-2.0, with the licence text in the package and in `files`', () => {
    expect(pkg.license).toBe('Apache-2.0');
    expect(readFileSync(join(REPO, path, 'LICENSE'), 'utf8')).toBe(licence);
    if (!pkg.private) expect(pkg.files).toContain('LICENSE');
  });

  it('needs no @types/* package at run time', () => {
    const runtime = { ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies };
    expect(Object.keys(runtime).filter((name) => name.startsWith('@types/'))).toEqual([]);
  });
});

describe('the private workspaces', () => {
  it.each(['', 'docs'])('%s package.json names the repository too', (dir) => {
    const pkg = manifest(dir);
    expect(pkg.repository?.url).toBe(`git+${CANONICAL}.git`);
    expect(pkg.bugs).toEqual({ url: `${CANONICAL}/issues` });
  });
});

describe('placeholders and machine paths', () => {
  // every tracked file, as the repository ships it
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !file.endsWith('package-lock.json') && existsSync(join(REPO, file)))
    .filter((file) => !/\.(png|ico|xlsx|woff2?|gz|zip)$/.test(file));
  const self = 'docs/test/package-metadata.test.ts';

  it('no file links to a placeholder organisation such as <org>', () => {
    const offenders = tracked.filter((file) => file !== self && /<(org|owner|your[-_ ]?org)>/i.test(readFileSync(join(REPO, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no example names a path on the machine it was made on', () => {
    const offenders = tracked.filter((file) => file.startsWith('examples/') && /(^|[\s"'`(=])\/(work|tmp|home|Users)\//m.test(readFileSync(join(REPO, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
