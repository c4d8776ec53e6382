import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryCursorStore, publish, syncFeed, type ExchangeEvent } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import { afterAll, describe, expect, it } from 'vitest';
import { backendAvailable, dropSchema, freshSchema, requireDatabaseUrl } from './backends.js';
import { bundle, indicator, keyPair } from './fixtures.js';
import { startProcess } from './server-process.js';

const bundleIdOf = (e: ExchangeEvent) => (e.data as { bundle: Bundle }).bundle.id;

describe.runIf(backendAvailable('postgres'))('two server processes over one PostgreSQL database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-scale-'));
  const schema = freshSchema('scaleout');
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    rmSync(dir, { recursive: true, force: true });
    if (process.env.GPOS_TEST_DATABASE_URL) await dropSchema(schema);
  });

  it('publishes to either, pulls from either: every bundle once, in one order, a cursor from one valid on the other', async () => {
    const databaseUrl = requireDatabaseUrl();
    const keys = await keyPair('aoc-1');
    const aocToken = 'aoc-token-0123456789';
    const bankToken = 'bank-token-0123456789';
    writeFileSync(
      join(dir, 'partners.json'),
      JSON.stringify([
        { org: 'TH-GOV:aoc1441', token: aocToken, clearance: 'amber', keys: [keys.publicJwk] },
        { org: 'TH-BANK:004', token: bankToken, clearance: 'amber', keys: [] },
      ]),
    );
    const env = { GPOS_PARTNERS: join(dir, 'partners.json'), DATABASE_URL: databaseUrl, GPOS_DATABASE_SCHEMA: schema, PORT: '0' };
    // both start at once: the migrations run once, under their advisory lock
    const [a, b] = await Promise.all([startProcess(env), startProcess(env)]);
    children.push(a.child, b.child);
    const signer = { privateKey: keys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };

    const total = 40;
    let next = 1;
    const worker = (endpoint: string) => async () => {
      while (next <= total) {
        const n = next++;
        await publish(bundle(n, [indicator(n)]), { endpoint, audience: 'green', signer, token: aocToken });
      }
    };
    await Promise.all([worker(a.endpoint)(), worker(b.endpoint)(), worker(a.endpoint)(), worker(b.endpoint)()]);
    // re-publishing through the other process is recognised as a duplicate
    const again = await publish(bundle(1, [indicator(1)]), { endpoint: b.endpoint, audience: 'green', signer, token: aocToken });
    expect(again.receipt.duplicate).toBe(true);

    const fromA: string[] = [];
    const fromB: string[] = [];
    await syncFeed({ endpoint: a.endpoint, store: memoryCursorStore(), token: bankToken }, (e) => void fromA.push(bundleIdOf(e)));
    await syncFeed({ endpoint: b.endpoint, store: memoryCursorStore(), token: bankToken, limit: 7 }, (e) => void fromB.push(bundleIdOf(e)));
    expect(fromA).toHaveLength(total);
    expect(new Set(fromA).size).toBe(total);
    expect(fromB).toEqual(fromA);

    // a consumer that alternates between the processes page by page (behind a load balancer) sees the same feed
    const alternating: string[] = [];
    let cursor: string | undefined;
    for (let round = 0; round < 20; round++) {
      const endpoint = round % 2 === 0 ? a.endpoint : b.endpoint;
      const page = (await (await fetch(`${endpoint}/v1/feed?limit=5${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${bankToken}` } })).json()) as { items: { cursor: string; event: ExchangeEvent }[]; next_cursor?: string };
      if (page.items.length === 0) break;
      alternating.push(...page.items.map((i) => bundleIdOf(i.event)));
      cursor = page.next_cursor;
    }
    expect(alternating).toEqual(fromA);
  }, 90_000);
});
