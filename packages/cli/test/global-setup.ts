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
 * Tests run `node dist/bin.js`. Under turbo, `test` depends on `build` (and on `^build`, which builds
 * @gpos/validate), so dist is fresh. Run directly (`npx vitest run`), we rebuild here when dist is missing or
 * older than src, and build the dependencies through turbo when @gpos/validate's dist is missing or stale.
 */
export default function setup(): void {
  const validate = join(root, '..', 'validate');
  // the CLI imports @gpos/validate's entries (`/json` too) from its dist: rebuild it when older than its src
  const validateDist = join(validate, 'dist', 'json', 'index.js');
  const bin = join(root, 'dist', 'bin.js');
  if (!existsSync(validateDist) || statSync(validateDist).mtimeMs < newest(join(validate, 'src'))) {
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@gpos/cli...', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
  } else if (!existsSync(bin) || statSync(bin).mtimeMs < Math.max(newest(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs)) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
