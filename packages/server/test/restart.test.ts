import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryCursorStore, publish, syncFeed } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import { afterAll, describe, expect, it } from 'vitest';
import { ExchangeServer, PgliteStorage, type Partner } from '../src/index.js';
import { bundle, indicator, keyPair } from './fixtures.js';

describe('durability on a PGlite data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-server-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged bundle and the feed positions across a restart', async () => {
    const keys = await keyPair('aoc-1');
    const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc', clearance: 'amber', keys: [keys.publicJwk as never] };
    const signer = { privateKey: keys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
    const start = async () => {
      const storage = await PgliteStorage.open(dir);
      const server = new ExchangeServer({ storage, partners: [aoc] });
      return { storage, server, endpoint: await server.listen() };
    };

    let run = await start();
    for (let n = 1; n <= 3; n++) await publish(bundle(n, [indicator(n)]), { endpoint: run.endpoint, audience: 'green', signer, token: aoc.token });
    const store = memoryCursorStore();
    const first = await syncFeed({ endpoint: run.endpoint, store, token: aoc.token, limit: 2 }, () => {});
    expect(first.handled).toBe(3);
    await run.server.close();
    await run.storage.close();

    run = await start();
    try {
      // the same bundle after the restart is still recognised: no duplicate event
      const again = await publish(bundle(2, [indicator(2)]), { endpoint: run.endpoint, audience: 'green', signer, token: aoc.token });
      expect(again.receipt.duplicate).toBe(true);
      await publish(bundle(4, [indicator(4)]), { endpoint: run.endpoint, audience: 'green', signer, token: aoc.token });
      const after: string[] = [];
      await syncFeed({ endpoint: run.endpoint, store, token: aoc.token }, (e) => void after.push((e.data as { bundle: Bundle }).bundle.id));
      expect(after).toEqual([bundle(4, []).id]);
      const all: string[] = [];
      await syncFeed({ endpoint: run.endpoint, store: memoryCursorStore(), token: aoc.token }, (e) => void all.push((e.data as { bundle: Bundle }).bundle.id));
      expect(all).toEqual([1, 2, 3, 4].map((n) => bundle(n, []).id));
    } finally {
      await run.server.close();
      await run.storage.close();
    }
  }, 60_000);
});
