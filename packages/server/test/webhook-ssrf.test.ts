import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventId, sendEvent, type ExchangeEvent } from '@gpos/exchange';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, PgliteStorage, type Partner } from '../src/index.js';
import { bundle, indicator, keyPair } from './fixtures.js';

// a webhook URL is chosen by a partner: the exchange must not become its way into the deployment's own network
describe('webhook targets', async () => {
  const aocKeys = await keyPair('aoc-2026-01');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [aocKeys.publicJwk as never] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [] };
  const aocSigner = { privateKey: aocKeys.privateKey, kid: 'aoc-2026-01', alg: 'EdDSA' as const };
  let storage: PgliteStorage;
  const servers: ExchangeServer[] = [];
  const receivers: Server[] = [];

  beforeAll(async () => {
    storage = await PgliteStorage.open();
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const r of receivers) await new Promise((done) => r.close(done));
    await storage?.close();
  });

  const start = async (options: Partial<ConstructorParameters<typeof ExchangeServer>[0]> = {}) => {
    const server = new ExchangeServer({ storage, partners: [aoc, bank], deliverySchedule: [0], ...options });
    servers.push(server);
    return server.listen();
  };
  const receiver = async (handler: (path: string) => [number, Record<string, string>?]) => {
    const hits: string[] = [];
    const connections: number[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      req.resume();
      const [status, headers] = handler(req.url ?? '');
      res.writeHead(status, headers).end();
    });
    server.on('connection', () => connections.push(Date.now()));
    receivers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { port: (server.address() as AddressInfo).port, hits, connections };
  };
  const subscribe = (endpoint: string, url: string, token = bank.token) =>
    fetch(`${endpoint}/v1/subscriptions`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ url }) });
  const publishEvent = async (endpoint: string, n: number) => {
    const event: ExchangeEvent = { id: eventId(), type: 'indicators.published', timestamp: '2026-03-14T12:00:00Z', producer: aoc.org, data: { bundle: bundle(n, [indicator(n)]) } };
    await sendEvent(event, { endpoint, audience: 'green', signer: aocSigner, token: aoc.token });
  };
  const deadLetters = async (endpoint: string, id: string) =>
    ((await (await fetch(`${endpoint}/v1/subscriptions/${id}/dead-letters`, { headers: { authorization: `Bearer ${bank.token}` } })).json()) as { items: { last_error: string }[] }).items;

  it('refuses loopback, private, link-local, unique-local, multicast and metadata targets, and plain http', async () => {
    const endpoint = await start();
    const refused = [
      'http://127.0.0.1:5432/',
      'https://127.0.0.1:5432/',
      'https://[::1]:6379/',
      'https://localhost/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://metadata.google.internal/computeMetadata/v1/',
      'https://10.1.2.3/hook',
      'https://192.168.0.10/hook',
      'https://172.16.0.1/hook',
      'https://100.100.100.200/hook',
      'https://[fd00:ec2::254]/',
      'https://[fe80::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:a9fe:a9fe]/',
      'https://224.0.0.1/',
      'https://0.0.0.0/',
      'https://2130706433/', // 127.0.0.1 as one number
      'http://93.184.216.34/hook', // public, but not https
      'https://user:pass@93.184.216.34/hook',
      'https://does-not-resolve.invalid/hook',
    ];
    for (const url of refused) {
      const response = await subscribe(endpoint, url);
      expect(response.status, url).toBe(400);
      expect(((await response.json()) as { code: string }).code, url).toBe('webhook_target_refused');
    }
    expect((await subscribe(endpoint, 'https://93.184.216.34/hook')).status).toBe(201);
  });

  it('does not follow redirects, even to a target it would accept', async () => {
    const endpoint = await start({ allowLoopbackWebhooks: true });
    const target = await receiver(() => [204]);
    const redirector = await receiver(() => [307, { location: `http://127.0.0.1:${target.port}/stolen` }]);
    const created = await subscribe(endpoint, `http://127.0.0.1:${redirector.port}/hook`);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await publishEvent(endpoint, 300);
    await expect.poll(async () => (await deadLetters(endpoint, id)).length, { timeout: 10_000 }).toBe(1);
    expect(redirector.hits).toEqual(['/hook']);
    expect(target.hits).toEqual([]);
    expect((await deadLetters(endpoint, id))[0]!.last_error).toMatch(/307.*redirects are not followed/);
  });

  it('checks the address again at each delivery: a target that became private is not reached', async () => {
    // subscribed while loopback was allowed (as a name that resolves and as a literal); delivered by a server that refuses loopback
    const devEndpoint = await start({ allowLoopbackWebhooks: true });
    const byName = await receiver(() => [204]);
    const byLiteral = await receiver(() => [204]);
    const named = (await (await subscribe(devEndpoint, `https://localhost:${byName.port}/hook`)).json()) as { id: string };
    const literal = (await (await subscribe(devEndpoint, `https://127.0.0.1:${byLiteral.port}/hook`, aoc.token)).json()) as { id: string };
    expect(named.id).toMatch(/^sub_/);
    expect(literal.id).toMatch(/^sub_/);
    for (const s of servers.splice(0)) await s.close();

    const endpoint = await start();
    await publishEvent(endpoint, 301);
    await expect.poll(async () => (await deadLetters(endpoint, named.id)).length, { timeout: 10_000 }).toBe(1);
    expect((await deadLetters(endpoint, named.id))[0]!.last_error).toMatch(/refused/);
    await expect.poll(async () => (await (await fetch(`${endpoint}/v1/subscriptions/${literal.id}/dead-letters`, { headers: { authorization: `Bearer ${aoc.token}` } })).json()) as { items: unknown[] }, { timeout: 10_000 }).toMatchObject({ items: [{}] });
    // refused before connecting: neither receiver saw so much as a TCP connection
    expect(byName.connections).toEqual([]);
    expect(byLiteral.connections).toEqual([]);
  });

  it('caps subscriptions per partner, and one subscription per URL', async () => {
    // aoc already holds one subscription, from the test above
    const endpoint = await start({ maxSubscriptionsPerPartner: 3 });
    const again = await subscribe(endpoint, 'https://93.184.216.34/hook', aoc.token);
    expect(again.status).toBe(201);
    const duplicate = await subscribe(endpoint, 'https://93.184.216.34/hook', aoc.token);
    expect(duplicate.status).toBe(409);
    expect(((await duplicate.json()) as { code: string }).code).toBe('subscription_exists');
    expect((await subscribe(endpoint, 'https://93.184.216.34/other', aoc.token)).status).toBe(201);
    const over = await subscribe(endpoint, 'https://93.184.216.34/third', aoc.token);
    expect(over.status).toBe(409);
    expect(((await over.json()) as { code: string }).code).toBe('too_many_subscriptions');
  });
});
