import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryCursorStore, publish, syncFeed } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable, dropSchema, freshSchema, requireDatabaseUrl } from './backends.js';
import { bundle, indicator, keyPair } from './fixtures.js';
import { startProcess } from './server-process.js';

describe.each(BACKENDS.map((backend) => ({ backend })))('a server on $backend killed in the middle of publishing', ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const dir = mkdtempSync(join(tmpdir(), 'gpos-crash-'));
  const schema = freshSchema('crash');
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    rmSync(dir, { recursive: true, force: true });
    if (backend === 'postgres' && process.env.GPOS_TEST_DATABASE_URL) await dropSchema(schema);
  });

  it('loses no acknowledged bundle and delivers no duplicate after a restart', async () => {
    const keys = await keyPair('aoc-1');
    const token = 'aoc-token-0123456789';
    writeFileSync(join(dir, 'partners.json'), JSON.stringify([{ org: 'TH-GOV:aoc1441', token, clearance: 'amber', keys: [keys.publicJwk] }]));
    const storageEnv = backend === 'postgres' ? { DATABASE_URL: requireDatabaseUrl(), GPOS_DATABASE_SCHEMA: schema } : { GPOS_DATA_DIR: join(dir, 'data') };
    const env = { GPOS_PARTNERS: join(dir, 'partners.json'), PORT: '0', ...storageEnv };
    const signer = { privateKey: keys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };

    const first = await startProcess(env);
    children.push(first.child);
    const acknowledged: string[] = [];
    const total = 60;
    let next = 1;
    const worker = async () => {
      while (next <= total) {
        const n = next++;
        try {
          const { receipt } = await publish(bundle(n, [indicator(n)]), { endpoint: first.endpoint, audience: 'green', signer, token, retry: { retries: 0 }, timeoutMs: 5000 });
          acknowledged.push(receipt.bundle_id);
          if (acknowledged.length === 15) first.child.kill('SIGKILL');
        } catch {
          // not acknowledged: the publisher would retry it later
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    expect(acknowledged.length).toBeLessThan(total);

    const second = await startProcess(env);
    children.push(second.child);
    try {
      const stored: string[] = [];
      await syncFeed({ endpoint: second.endpoint, store: memoryCursorStore(), token }, (e) => void stored.push((e.data as { bundle: Bundle }).bundle.id));
      for (const id of acknowledged) expect(stored).toContain(id);
      expect(new Set(stored).size).toBe(stored.length);
      // the publisher retries everything it sent: acknowledged ones are duplicates, the rest are stored once
      for (let n = 1; n <= total; n++) {
        const { receipt } = await publish(bundle(n, [indicator(n)]), { endpoint: second.endpoint, audience: 'green', signer, token });
        if (acknowledged.includes(receipt.bundle_id)) expect(receipt.duplicate).toBe(true);
      }
      const all: string[] = [];
      await syncFeed({ endpoint: second.endpoint, store: memoryCursorStore(), token }, (e) => void all.push((e.data as { bundle: Bundle }).bundle.id));
      expect(all).toHaveLength(total);
      expect(new Set(all).size).toBe(total);
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 90_000);
});
