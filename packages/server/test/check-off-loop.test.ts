import { signBundle } from '@gpos/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, PgliteStorage, type Partner } from '../src/index.js';
import { bundle, indicator, keyPair } from './fixtures.js';

// a 15 000-record bundle takes seconds to validate: it is checked on a worker thread, so the server keeps answering
describe('checking a large bundle', async () => {
  const keys = await keyPair('aoc-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [keys.publicJwk as never] };
  let storage: PgliteStorage;
  let exchange: ExchangeServer;
  let endpoint: string;

  beforeAll(async () => {
    storage = await PgliteStorage.open();
    exchange = new ExchangeServer({ storage, partners: [aoc], maxBodyBytes: 64 * 1024 * 1024, maxRecordsPerBundle: 20_000, rateLimit: { requests: 1e6, windowMs: 60_000 } });
    endpoint = await exchange.listen();
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await storage?.close();
  });

  /**
   * A keep-alive connection the server closes just as the client reuses it is reset (ECONNRESET): on a loaded machine
   * timers fire late and the two sides' idle timeouts cross. That is not the server failing to answer, so it is retried
   * on a new connection; a server that does not answer still fails the test.
   */
  async function healthz(): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetch(`${endpoint}/healthz`);
      } catch (error) {
        const code = ((error as Error).cause as { code?: string } | undefined)?.code;
        if (code !== 'ECONNRESET' || attempt === 3) throw error;
      }
    }
  }

  it('answers /healthz while the bundle is being checked, and still accepts the bundle', async () => {
    const records = Array.from({ length: 15_000 }, (_, i) => indicator(10_000 + i));
    const signed = await signBundle(bundle(1, records), { privateKey: keys.privateKey, kid: 'aoc-1', alg: 'EdDSA' });
    const body = JSON.stringify(signed);
    let settled = false;
    const published = fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${aoc.token}` }, body }).finally(() => (settled = true));
    // each answer says how many bundles were being checked when /healthz ran: checked on the event loop, that is never 1
    const seen: number[] = [];
    while (!settled) {
      const health = (await (await healthz()).json()) as { ok: boolean; checking: number };
      expect(health.ok).toBe(true);
      seen.push(health.checking);
    }
    const response = await published;
    expect(response.status, await response.clone().text()).toBe(201);
    expect(((await response.json()) as { records: number }).records).toBe(15_000);
    expect(seen.filter((n) => n > 0).length).toBeGreaterThan(0);
  }, 180_000);

  it('reports a large invalid bundle\'s problems from the worker, as for a small one', async () => {
    const records = Array.from({ length: 500 }, (_, i) => indicator(40_000 + i));
    (records[321] as { tlp: string }).tlp = 'purple';
    const signed = await signBundle(bundle(2, records), { privateKey: keys.privateKey, kid: 'aoc-1', alg: 'EdDSA' });
    const response = await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${aoc.token}` }, body: JSON.stringify(signed) });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { code: string; problems: { pointer: string }[] };
    expect(problem.code).toBe('invalid_bundle');
    expect(problem.problems.map((p) => p.pointer)).toContain('/records/321/tlp');
  }, 60_000);
});
