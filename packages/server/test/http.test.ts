import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, PgliteStorage, type Partner } from '../src/index.js';

// what Fastify itself refuses (bodies too large, malformed JSON, unknown routes and methods) is an RFC 9457 problem too
describe('the HTTP layer', () => {
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [] };
  const auth = { authorization: `Bearer ${aoc.token}` };
  let storage: PgliteStorage;
  let exchange: ExchangeServer;
  let endpoint: string;

  beforeAll(async () => {
    storage = await PgliteStorage.open();
    exchange = new ExchangeServer({ storage, partners: [aoc], maxBodyBytes: 1000 });
    endpoint = await exchange.listen();
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await storage?.close();
  });

  const problem = async (response: Promise<Response>, status: number, code: string) => {
    const r = await response;
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await r.json()) as { type: string; status: number; code: string; detail?: string };
    expect(body).toMatchObject({ status, code, type: `https://schemas.gpos.network/exchange/problems/${code}` });
    return body;
  };

  it('answers bodies over the limit with 413, declared or streamed', async () => {
    const declared = await problem(fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: auth, body: 'x'.repeat(5000) }), 413, 'payload_too_large');
    expect(declared.detail).toContain('the limit is 1000');
    const streamed = new Blob(['x'.repeat(5000)]).stream();
    await problem(fetch(`${endpoint}/v1/events`, { method: 'POST', headers: auth, body: streamed, duplex: 'half' } as RequestInit), 413, 'payload_too_large');
    // subscriptions have a limit of their own (64 KiB), above this server's
    await problem(fetch(`${endpoint}/v1/subscriptions`, { method: 'POST', headers: auth, body: 'x'.repeat(2000) }), 400, 'invalid_json');
    await problem(fetch(`${endpoint}/v1/subscriptions`, { method: 'POST', headers: auth, body: 'x'.repeat(70_000) }), 413, 'payload_too_large');
  });

  it('answers malformed or missing JSON with 400 invalid_json, whatever the content type', async () => {
    await problem(fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{not json' }), 400, 'invalid_json');
    await problem(fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' } }), 400, 'invalid_json');
    await problem(fetch(`${endpoint}/v1/events`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: 'a,b' }), 400, 'invalid_json');
  });

  it('authenticates before reading a body, and before 404 or 405', async () => {
    await problem(fetch(`${endpoint}/v1/bundles`, { method: 'POST', body: 'x'.repeat(5000) }), 401, 'unauthorized');
    await problem(fetch(`${endpoint}/v1/nothing`), 401, 'unauthorized');
    await problem(fetch(`${endpoint}/v1/nothing`, { headers: auth }), 404, 'not_found');
    await problem(fetch(`${endpoint}/v1/feed`, { method: 'POST', headers: auth, body: '{' }), 405, 'method_not_allowed');
    await problem(fetch(`${endpoint}/v1/subscriptions/sub_0123456789`, { method: 'PUT', headers: auth }), 405, 'method_not_allowed');
    expect((await fetch(`${endpoint}/healthz`)).status).toBe(200);
  });

  it('answers a URL the router cannot decode with a problem', async () => {
    await problem(fetch(`${endpoint}/v1/subscriptions/%zz`, { headers: auth }), 400, 'bad_request');
  });
});
