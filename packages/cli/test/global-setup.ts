import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Tests run `node dist/bin.cjs`. Under turbo, `test` depends on `build` (and on `^build`, which builds
 * @gpos/validate), so dist is fresh. Run directly (`npx vitest run`), we rebuild here when dist is missing or
 * older than src, and build the dependencies through turbo when @gpos/validate's dist is missing or stale.
 */
export default function setup(): void {
  // the CLI imports @gpos/validate's entries (`/json` too) and @gpos/interop from their dist: rebuild them when older than their src
  const stale = [
    ['validate', join('dist', 'json', 'index.js')],
    ['interop', join('dist', 'index.js')],
  ].some(([name, entry]) => {
    const dist = join(root, '..', name!, entry!);
    return !existsSync(dist) || statSync(dist).mtimeMs < newest(join(root, '..', name!, 'src'));
  });
  const bin = join(root, 'dist', 'bin.cjs');
  if (stale) {
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@gpos/cli...', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
  } else if (!existsSync(bin) || statSync(bin).mtimeMs < Math.max(newest(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs)) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
