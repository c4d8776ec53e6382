import { connect } from 'node:net';
import { eventId, type ExchangeEvent } from '@gpos/exchange';
import { signBundle } from '@gpos/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, PgliteStorage, type Partner } from '../src/index.js';
import { bundle, indicator, keyPair } from './fixtures.js';

// slow, malformed, oversized and unauthenticated traffic: each is a clear 4xx with a stable code, or a documented limit
describe('the exchange under hostile traffic', async () => {
  const aocKeys = await keyPair('aoc-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [aocKeys.publicJwk as never] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [] };
  const police: Partner = { org: 'TH-GOV:police', token: 'police-0123456789abcdef', clearance: 'amber', keys: [] };
  const signer = { privateKey: aocKeys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
  let storage: PgliteStorage;
  let exchange: ExchangeServer;
  let endpoint: string;

  beforeAll(async () => {
    storage = await PgliteStorage.open();
    exchange = new ExchangeServer({
      storage,
      partners: [aoc, bank, police],
      bodyTimeoutMs: 600,
      maxRecordsPerBundle: 3,
      authFailureLimit: { failures: 5, windowMs: 60_000 },
    });
    endpoint = await exchange.listen();
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await storage?.close();
  });

  const post = async (path: string, body: BodyInit, token = aoc.token) => {
    const r = await fetch(`${endpoint}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    return { status: r.status, headers: r.headers, body: (await r.json()) as { code?: string; pointer?: string; detail?: string } };
  };

  it('refuses a body that is not UTF-8 instead of replacing the bytes', async () => {
    const signed = JSON.stringify(await signBundle(bundle(1, [indicator(1)]), signer));
    const bytes = new TextEncoder().encode(signed);
    const at = signed.indexOf('"description"') >= 0 ? signed.indexOf('"description"') : signed.indexOf('"id"');
    const broken = new Uint8Array([...bytes.slice(0, at + 2), 0xff, 0xfe, ...bytes.slice(at + 2)]);
    const r = await post('/v1/bundles', broken);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('invalid_utf8');
  });

  it('refuses duplicate JSON keys, naming where, as gpos validate does', async () => {
    const signed = JSON.stringify(await signBundle(bundle(2, [indicator(2)]), signer));
    // the second "tlp" would silently win under JSON.parse
    const doubled = signed.replace('"tlp":', '"tlp":"red","tlp":');
    const r = await post('/v1/bundles', doubled);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'json_duplicate_key', pointer: '/tlp' });
  });

  it('times out a body that trickles in, with 408, and closes the connection', async () => {
    const { port } = new URL(endpoint);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => void (answer += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(`POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${aoc.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
    // a byte every 100 ms: the body would take 100 s; it is cut off at the 600 ms deadline
    const drip = setInterval(() => socket.writable && socket.write(' '), 100);
    try {
      await closed;
    } finally {
      clearInterval(drip);
    }
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"request_timeout"');
  }, 30_000);

  it('answers a cursor beyond any feed position with 400, not 500', async () => {
    for (const cursor of ['99999999999999999999', '18446744073709551616', '9223372036854775808', '9007199254740993']) {
      const r = await fetch(`${endpoint}/v1/feed?cursor=${cursor}`, { headers: { authorization: `Bearer ${aoc.token}` } });
      expect(r.status, cursor).toBe(400);
      expect(((await r.json()) as { code: string }).code).toBe('invalid_parameter');
    }
    expect((await fetch(`${endpoint}/v1/feed?cursor=9007199254740991`, { headers: { authorization: `Bearer ${aoc.token}` } })).status).toBe(200);
  });

  it('refuses a bundle with more records than the limit with 413 too_many_records', async () => {
    const big = await signBundle(bundle(3, [indicator(31), indicator(32), indicator(33), indicator(34)]), signer);
    const r = await post('/v1/bundles', JSON.stringify(big));
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('too_many_records');
    expect((await post('/v1/bundles', JSON.stringify(await signBundle(bundle(4, [indicator(41), indicator(42), indicator(43)]), signer)))).status).toBe(201);
  });

  it('refuses a request id another partner already holds, so replies cannot be misrouted', async () => {
    const requestId = '0192f0c4-7a1e-7c3b-9d2e-0000000000aa';
    const request = (producer: string): ExchangeEvent => ({
      id: eventId(),
      type: 'takedown.requested',
      timestamp: '2026-03-14T10:00:05Z',
      producer,
      data: { request_id: requestId, requested_by: producer, addressed_to: bank.org, action: 'bank_account_frozen', indicator_ids: [indicator(60).id] },
    });
    const first = request(aoc.org);
    expect((await post('/v1/events', JSON.stringify(first))).status).toBe(201);
    // the same event again is an idempotent duplicate, not a clash with itself
    expect((await post('/v1/events', JSON.stringify(first))).status).toBe(200);
    const hijack = await post('/v1/events', JSON.stringify(request(police.org)), police.token);
    expect(hijack.status).toBe(409);
    expect(hijack.body).toMatchObject({ code: 'request_id_taken', pointer: '/data/request_id' });

    // the bank's answer goes to the partner that asked first, and only to it
    const outcome: ExchangeEvent = {
      id: eventId(),
      type: 'takedown.outcome',
      timestamp: '2026-03-14T11:00:00Z',
      producer: bank.org,
      data: { request_id: requestId, actor: bank.org, outcome: 'done', at: '2026-03-14T11:00:00Z' },
    };
    expect((await post('/v1/events', JSON.stringify(outcome), bank.token)).status).toBe(201);
    const outcomes = async (token: string) => {
      const page = (await (await fetch(`${endpoint}/v1/feed?types=takedown.outcome`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: unknown[] };
      return page.items.length;
    };
    expect(await outcomes(aoc.token)).toBe(1);
    expect(await outcomes(police.token)).toBe(0);
  });

  it('limits failed sign-ins per client address: 429 after the limit, even for a well-formed JWT; partner keys still work', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${endpoint}/v1/feed`, { headers: { authorization: `Bearer guess-${i}-0123456789` } })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await fetch(`${endpoint}/v1/feed`, { headers: { authorization: 'Bearer guess-6-0123456789' } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { code: string }).code).toBe('too_many_auth_failures');
    const jwt = await fetch(`${endpoint}/v1/feed`, { headers: { authorization: 'Bearer eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJUSC1CQU5LOjAwNCJ9.c2ln' } });
    expect(jwt.status).toBe(429);
    expect((await fetch(`${endpoint}/v1/feed`, { headers: { authorization: `Bearer ${aoc.token}` } })).status).toBe(200);
  });
});
