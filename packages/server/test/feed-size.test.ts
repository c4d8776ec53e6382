import { memoryCursorStore, pullFeed, publish } from '@gpos/exchange';
import type { Bundle, GposRecord } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { ExchangeServer, type Partner, type SqlStorage } from '../src/index.js';
import { BACKENDS, backendAvailable, useTestExchange } from './backends.js';
import { bundle, indicator, keyPair } from './fixtures.js';

/** A valid bundle of `count` indicators, about 400 bytes each. */
const large = (n: number, count: number, producer = 'TH-GOV:aoc1441'): Bundle =>
  bundle(n, Array.from({ length: count }, (_, i) => ({ ...indicator(n * 10_000 + i), source: producer }) as GposRecord), 'green', producer);

// one partner's large bundles must not make the feed unservable for everyone else, nor fill the disk
describe.each(BACKENDS.map((backend) => ({ backend })))('feed pages and publish quotas on $backend', async ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const aocKeys = await keyPair('aoc-1');
  const bankKeys = await keyPair('bank-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [aocKeys.publicJwk as never] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [bankKeys.publicJwk as never] };
  const aocSigner = { privateKey: aocKeys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
  const bankSigner = { privateKey: bankKeys.privateKey, kid: 'bank-1', alg: 'EdDSA' as const };
  const quota = { bytesPerWindow: 1_500_000, windowMs: 3_600_000, storedBytes: 10 ** 12 };
  let storage: SqlStorage;
  let endpoint: string;

  useTestExchange(backend, 'feedsize', { partners: [aoc, bank], maxPageBytes: 300_000, publishQuota: quota }, (started) => ({ storage, endpoint } = started));

  it('ends a page by size as well as count, and the client still reads every event', { timeout: 120_000 }, async () => {
    for (let n = 1; n <= 6; n++) await publish(large(n, 300), { endpoint, audience: 'green', signer: aocSigner, token: aoc.token });
    const response = await fetch(`${endpoint}/v1/feed?limit=1000`, { headers: { authorization: `Bearer ${bank.token}` } });
    const text = await response.text();
    const page = JSON.parse(text) as { items: unknown[]; has_more: boolean };
    expect(page.items.length).toBeGreaterThanOrEqual(1);
    expect(page.items.length).toBeLessThan(6);
    expect(page.has_more).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThan(300_000 + 1000);
    const seen: string[] = [];
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: bank.token, limit: 1000 })) seen.push((item.event.data as { bundle: Bundle }).bundle.id);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((n) => large(n, 0).id));
  });

  it('serves a single item larger than a page on a page of its own', { timeout: 120_000 }, async () => {
    await publish(large(7, 1000), { endpoint, audience: 'green', signer: aocSigner, token: aoc.token });
    const seen: string[] = [];
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: bank.token })) seen.push((item.event.data as { bundle: Bundle }).bundle.id);
    expect(seen.at(-1)).toBe(large(7, 0).id);
  });

  it('refuses a partner past its publish quota with 429, and past its storage quota with 507, leaving others alone', { timeout: 120_000 }, async () => {
    // aoc has published over a megabyte above: the next large bundle takes it past 1.5 MB in the window
    const over = await publish(large(8, 1000), { endpoint, audience: 'green', signer: aocSigner, token: aoc.token, retry: { retries: 0 } }).catch((e: unknown) => e);
    expect(over).toMatchObject({ status: 429, code: 'publish_quota_exceeded' });
    expect((await publish(large(9, 10, bank.org), { endpoint, audience: 'green', signer: bankSigner, token: bank.token })).receipt.duplicate).toBe(false);
    const small = new ExchangeServer({ storage, partners: [aoc, bank], publishQuota: { ...quota, bytesPerWindow: 10 ** 12, storedBytes: 6_000 } });
    const smallEndpoint = await small.listen();
    try {
      const full = await publish(large(10, 10, bank.org), { endpoint: smallEndpoint, audience: 'green', signer: bankSigner, token: bank.token, retry: { retries: 0 } }).catch((e: unknown) => e);
      expect(full).toMatchObject({ status: 507, code: 'storage_quota_exceeded' });
    } finally {
      await small.close();
    }
  });
});
