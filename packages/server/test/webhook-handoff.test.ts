import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { publish, type ExchangeEvent } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, type Partner, type SqlStorage } from '../src/index.js';
import { BACKENDS, backendAvailable, openTestStorage } from './backends.js';
import { bundle, indicator, keyPair } from './fixtures.js';

// the process that stores a bundle holds its webhook deliveries' leases from the transaction that queues them, and sends
// them from memory at once: no claiming them back from the database, and no other process may take them meanwhile
describe.each(BACKENDS.map((backend) => ({ backend })))('webhooks of the bundles a process stores, on $backend', ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  let storage: SqlStorage;
  let dispose: (() => Promise<void>) | undefined;
  let exchange: ExchangeServer;
  let endpoint: string;
  const claims: number[] = [];
  const aocKeys = keyPair('aoc-1');
  beforeAll(async () => {
    ({ storage, dispose } = await openTestStorage(backend, 'handoff'));
    const claimDeliveries = storage.claimDeliveries.bind(storage);
    storage.claimDeliveries = async (input) => {
      const claimed = await claimDeliveries(input);
      claims.push(claimed.length);
      return claimed;
    };
    const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-token-0123456789', clearance: 'amber', keys: [(await aocKeys).publicJwk as never] };
    const bank: Partner = { org: 'TH-BANK:004', token: 'bank-token-0123456789', clearance: 'amber', keys: [] };
    // polling once an hour: only the look at start-up, and kicks, claim anything
    exchange = new ExchangeServer({ storage, partners: [aoc, bank], allowLoopbackWebhooks: true, deliveryPollMs: 3_600_000 });
    endpoint = await exchange.listen();
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await dispose?.();
  });

  it('sends each delivery from memory, leased to itself as the bundle is stored, without claiming it', async () => {
    const arrived: { bundleId: string; lease: string | null }[] = [];
    const receiver: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExchangeEvent;
        const bundleId = (event.data as { bundle: Bundle }).bundle.id;
        // while it is being attempted, the delivery is leased to the process attempting it
        const db = (storage as unknown as { db: { query: (sql: string, params: unknown[]) => Promise<{ rows: { lease_owner: string | null }[] }> } }).db;
        const { rows } = await db.query(`SELECT d.lease_owner FROM gpos_deliveries d JOIN gpos_events e ON e.id = d.event_id WHERE e.bundle_id = $1`, [bundleId]);
        arrived.push({ bundleId, lease: rows[0]?.lease_owner ?? null });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      const created = await fetch(`${endpoint}/v1/subscriptions`, {
        method: 'POST',
        headers: { authorization: 'Bearer bank-token-0123456789', 'content-type': 'application/json' },
        body: JSON.stringify({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, event_types: ['bundle.published'] }),
      });
      expect(created.status).toBe(201);
      const before = claims.length;
      const signer = { privateKey: (await aocKeys).privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
      await Promise.all([1, 2, 3].map((n) => publish(bundle(n, [indicator(n)]), { endpoint, audience: 'green', signer, token: 'aoc-token-0123456789' })));
      await expect.poll(() => arrived.length, { timeout: 20_000 }).toBe(3);
      expect(arrived.map((a) => a.bundleId).sort()).toEqual([1, 2, 3].map((n) => bundle(n, []).id));
      const owner = (exchange as unknown as { webhooks: { owner: string } }).webhooks.owner;
      expect(arrived.map((a) => a.lease)).toEqual([owner, owner, owner]);
      // recorded as delivered, and nothing was claimed from the database for them
      const db = (storage as unknown as { db: { query: (sql: string) => Promise<{ rows: { n: number }[] }> } }).db;
      await expect.poll(async () => Number((await db.query(`SELECT count(*)::int AS n FROM gpos_deliveries WHERE delivered AND lease_owner IS NULL`)).rows[0]!.n)).toBe(3);
      expect(claims.slice(before).reduce((a, b) => a + b, 0)).toBe(0);
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  }, 60_000);
});
