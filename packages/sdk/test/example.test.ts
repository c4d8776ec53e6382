import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('examples/sdk/exchange-two-partners.ts', () => {
  it('runs end to end', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', '--conditions=@gpos/source', 'examples/sdk/exchange-two-partners.ts'], { cwd: root, timeout: 60_000 });
    expect(stdout).toContain('✓ the pseudonyms match');
    expect(stdout).toContain('✓ signature verified');
    expect(stdout).toContain('✓ B’s own account record matches');
    expect(stdout).not.toContain('FAILED');
    expect(stdout.trim().endsWith('done')).toBe(true);
  }, 60_000);
});
