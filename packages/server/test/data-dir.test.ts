import { mkdtemp, mkdir, readdir, rm, stat, chmod, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PgliteStorage, type SqlDriver } from '../src/index.js';

/** Every folder and file under `dir`, with its permission bits. */
async function modes(dir: string): Promise<{ path: string; dir: boolean; mode: number }[]> {
  const out = [{ path: dir, dir: true, mode: (await stat(dir)).mode & 0o777 }];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    out.push({ path, dir: entry.isDirectory(), mode: (await stat(path)).mode & 0o777 });
  }
  return out;
}

// the data folder holds TLP:RED records and webhook secrets in clear text: it is this user's alone
describe('the PGlite data folder', () => {
  const umask = process.umask();
  let root: string;
  afterAll(async () => {
    process.umask(umask);
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('is created 0700 with files 0600 whatever the umask, including files written while it runs', { timeout: 120_000 }, async () => {
    root = await mkdtemp(join(tmpdir(), 'gpos-data-'));
    process.umask(0);
    const dir = join(root, 'new', 'exchange-data');
    const storage = await PgliteStorage.open(dir);
    try {
      await storage.createSubscription({ id: 'sub_0123456789abcdef', partner: 'TH-BANK:004', url: 'https://93.184.216.34/hook', eventTypes: [], audience: 'amber', secret: 'whsec_secret', created: '2026-03-14T10:00:00Z' });
      // files the database creates while it runs (a later migration's table, here) are private too
      await (storage as unknown as { db: SqlDriver }).db.exec(`CREATE TABLE later_migration (x text); INSERT INTO later_migration VALUES ('secret')`);
      const loose = (await modes(dir)).filter((e) => e.mode !== (e.dir ? 0o700 : 0o600));
      expect(loose).toEqual([]);
    } finally {
      await storage.close();
    }
    const loose = (await modes(dir)).filter((e) => e.mode !== (e.dir ? 0o700 : 0o600));
    expect(loose).toEqual([]);
  });

  it('refuses a folder others can write to, and tightens one others could only read', { timeout: 120_000 }, async () => {
    const open = join(root, 'open');
    await mkdir(open);
    await chmod(open, 0o777);
    await expect(PgliteStorage.open(open)).rejects.toThrow(/others can write to the data folder .*open \(mode 777\)/);
    await chmod(open, 0o775);
    await expect(PgliteStorage.open(open)).rejects.toThrow(/others can write/);
    await chmod(open, 0o755);
    const storage = await PgliteStorage.open(open);
    await storage.close();
    expect((await stat(open)).mode & 0o777).toBe(0o700);
  });

  it('starts again after a start that was interrupted while unpacking the initial database', { timeout: 120_000 }, async () => {
    const dir = join(root, 'interrupted');
    await mkdir(join(dir, 'base', '1'), { recursive: true, mode: 0o700 });
    await writeFile(join(dir, 'base', '1', '1259'), 'half a file', { mode: 0o600 });
    const storage = await PgliteStorage.open(dir);
    try {
      await storage.createSubscription({ id: 'sub_0123456789abcdef', partner: 'TH-BANK:004', url: 'https://93.184.216.34/hook', eventTypes: [], audience: 'amber', secret: 'whsec_secret', created: '2026-03-14T10:00:00Z' });
      expect((await storage.listSubscriptions()).map((s) => s.id)).toEqual(['sub_0123456789abcdef']);
    } finally {
      await storage.close();
    }
    const reopened = await PgliteStorage.open(dir);
    try {
      expect((await reopened.listSubscriptions()).map((s) => s.id)).toEqual(['sub_0123456789abcdef']);
    } finally {
      await reopened.close();
    }
  });
});
