/**
 * TypeDoc HTML for the public TypeScript packages, into public/api/ (git-ignored), so the site serves it at /api/.
 * Only packages whose src/index.ts exists are documented, so the site builds while packages are being written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_ROOT, REPO_ROOT } from './sources.js';

const OUT = join(DOCS_ROOT, 'public', 'api');
const PACKAGES = join(REPO_ROOT, 'packages');

const entryPoints = readdirSync(PACKAGES)
  .sort()
  .filter((name) => {
    const pkg = join(PACKAGES, name, 'package.json');
    if (!existsSync(pkg) || !existsSync(join(PACKAGES, name, 'src', 'index.ts'))) return false;
    const manifest = JSON.parse(readFileSync(pkg, 'utf8')) as { private?: boolean; bin?: unknown };
    return !manifest.private && !manifest.bin; // the CLI is documented by its guide, not as an API
  })
  .map((name) => join(PACKAGES, name, 'src', 'index.ts'));

rmSync(OUT, { recursive: true, force: true });
if (!entryPoints.length) {
  console.log('docs: no package has src/index.ts yet; skipping the TypeScript API reference');
} else {
  const typedoc = join(REPO_ROOT, 'node_modules', '.bin', 'typedoc');
  execFileSync(
    typedoc,
    [
      ...entryPoints.flatMap((e) => ['--entryPoints', e]),
      '--tsconfig', join(DOCS_ROOT, 'tsconfig.api.json'),
      '--out', OUT,
      '--name', 'GPOS TypeScript API',
      '--readme', 'none',
      '--excludePrivate',
      '--excludeInternal',
      '--skipErrorChecking',
      '--disableSources',
      '--logLevel', 'Error',
    ],
    { stdio: 'inherit' },
  );
  console.log(`docs: TypeScript API reference for ${entryPoints.length} package(s) in docs/public/api/`);
}
