import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, eventId, memoryCursorStore, sendEvent, memorySeenStore, publish, pullFeed, receiveWebhook, syncFeed, type ExchangeEvent } from '@gpos/exchange';
import { signBundle } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { ExchangeServer, type Partner, type SqlStorage } from '../src/index.js';
import { BACKENDS, backendAvailable, useTestExchange } from './backends.js';
import { schemaAjv } from './schemas.js';
import { CASE, bundle, indicator, keyPair } from './fixtures.js';

const API = 'https://schemas.gpos.network/exchange/api.json#/$defs/';
const EVENTS = 'https://schemas.gpos.network/exchange/events.json#/$defs/';
const ids = (b: Bundle) => b.records.map((r) => (r as unknown as { id: string }).id);
const bundlesOf = (events: ExchangeEvent[]) => events.map((e) => (e.data as { bundle: Bundle }).bundle);

describe.each(BACKENDS.map((backend) => ({ backend })))('the exchange server on $backend with the exchange client, over loopback HTTP', async ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const aocKeys = await keyPair('aoc-2026-01');
  const bankKeys = await keyPair('bank-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-token', clearance: 'amber+strict', keys: [aocKeys.publicJwk as never] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-token', clearance: 'amber', keys: [bankKeys.publicJwk as never] };
  const community: Partner = { org: 'GASA:member:example', token: 'community-token', clearance: 'green', keys: [] };
  const aocSigner = { privateKey: aocKeys.privateKey, kid: 'aoc-2026-01', alg: 'EdDSA' as const };
  let storage: SqlStorage;
  let endpoint: string;

  useTestExchange(backend, 'exchange', { partners: [aoc, bank, community], deliverySchedule: [0, 50, 100], maxBodyBytes: 200_000, allowLoopbackWebhooks: true }, (started) => ({ storage, endpoint } = started));

  const ajv = schemaAjv();
  const conforms = (ref: string, value: unknown) => {
    const ok = ajv.validate(ref, value);
    expect(ok, `${ref}: ${JSON.stringify(ajv.errors)}`).toBe(true);
  };
  const auth = { authorization: `Bearer ${aoc.token}` };
  const post = (body: unknown, token = aoc.token) =>
    fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('publishes, pulls, resumes with the cursor, and ignores a duplicate publish', async () => {
    const first = await publish(bundle(1, [indicator(1), indicator(2, 'amber')], 'amber'), { endpoint, audience: 'amber', signer: aocSigner, token: aoc.token });
    expect(first.receipt).toMatchObject({ duplicate: false, records: 2, signed_by: 'aoc-2026-01' });

    const store = memoryCursorStore();
    const seen: ExchangeEvent[] = [];
    await syncFeed({ endpoint, store, token: bank.token }, (e) => void seen.push(e));
    expect(bundlesOf(seen).flatMap(ids)).toEqual([indicator(1).id, indicator(2).id]);

    // the same bundle again is acknowledged as a duplicate and creates no event
    const again = await publish(bundle(1, [indicator(1), indicator(2, 'amber')], 'amber'), { endpoint, audience: 'amber', signer: aocSigner, token: aoc.token });
    expect(again.receipt).toMatchObject({ duplicate: true, event_id: first.receipt.event_id });

    await publish(bundle(2, [indicator(3)]), { endpoint, audience: 'green', signer: aocSigner, token: aoc.token });
    const resumed: ExchangeEvent[] = [];
    await syncFeed({ endpoint, store, token: bank.token }, (e) => void resumed.push(e));
    expect(bundlesOf(resumed).flatMap(ids)).toEqual([indicator(3).id]);
  });

  it('resumes after a crash in the middle of a page with no gap and no duplicate of handled events', async () => {
    for (let n = 10; n < 16; n++) await publish(bundle(n, [indicator(n)]), { endpoint, audience: 'green', signer: aocSigner, token: aoc.token });
    const store = memoryCursorStore();
    const handled: string[] = [];
    let crashed = false;
    await expect(
      syncFeed({ endpoint, store, token: bank.token, limit: 4 }, (e) => {
        const id = (e.data as { bundle: Bundle }).bundle.id;
        if (id === bundle(12, []).id && !crashed) {
          crashed = true;
          throw new Error('process killed');
        }
        handled.push(id);
      }),
    ).rejects.toThrow('process killed');
    await syncFeed({ endpoint, store, token: bank.token, limit: 4 }, (e) => void handled.push((e.data as { bundle: Bundle }).bundle.id));
    expect(new Set(handled).size).toBe(handled.length);
    for (let n = 10; n < 16; n++) expect(handled).toContain(bundle(n, []).id);
  });

  it('never sends a partner anything above its clearance, and AMBER+STRICT only to its producer', async () => {
    await publish(bundle(20, [indicator(20, 'green'), indicator(21, 'amber'), CASE], 'amber+strict'), { endpoint, audience: 'amber+strict', signer: aocSigner, token: aoc.token });
    const pullAll = async (token: string, audience?: 'green' | 'amber' | 'amber+strict') => {
      const out: string[] = [];
      for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token, ...(audience ? { audience } : {}) })) {
        const b = (item.event.data as { bundle: Bundle }).bundle;
        if (b.id === bundle(20, []).id) out.push(...ids(b));
      }
      return out;
    };
    expect(await pullAll(community.token)).toEqual([indicator(20).id]);
    expect(await pullAll(bank.token)).toEqual([indicator(20).id, indicator(21).id]);
    expect(await pullAll(bank.token, 'green')).toEqual([indicator(20).id]);
    expect(await pullAll(aoc.token)).toEqual([indicator(20).id, indicator(21).id, CASE.id]);
    const above = await fetch(`${endpoint}/v1/feed?audience=amber`, { headers: { authorization: `Bearer ${community.token}` } });
    expect(above.status).toBe(403);
  });

  it("keeps a bundle's own description from partners it is relabelled for", async () => {
    const secret = { en: 'Source: an informant inside the compound' };
    await publish({ ...bundle(25, [indicator(25)], 'amber+strict'), description: secret }, { endpoint, audience: 'amber+strict', signer: aocSigner, token: aoc.token });
    const descriptions = async (token: string) => {
      const out: unknown[] = [];
      for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token })) {
        const b = (item.event.data as { bundle: Bundle }).bundle;
        if (b.id === bundle(25, []).id) out.push(b.description ?? null);
      }
      return out;
    };
    expect(await descriptions(aoc.token)).toEqual([secret]);
    expect(await descriptions(bank.token)).toEqual([null]);
    expect(await descriptions(community.token)).toEqual([null]);
  });

  it('rejects a tampered bundle with 422 and a clear problem body', async () => {
    const signed = await signBundle(bundle(30, [indicator(30)]), aocSigner);
    const tampered = { ...signed, records: [indicator(31)] };
    const response = await post(tampered);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 422, code: 'bad_signature', title: 'Signature not accepted' });
    expect(String(problem.detail)).toMatch(/changed after signing/);
    // and the client surfaces it as a typed error, without retrying
    const error = await publish(bundle(32, [indicator(32)]), { endpoint, audience: 'green', signer: { ...aocSigner, kid: 'unknown-key' }, token: aoc.token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 422, code: 'unknown_key' });
  });

  it('refuses unsigned, invalid, foreign, conflicting, oversized and unauthenticated publishes', async () => {
    expect((await post(bundle(40, [indicator(40)]))).status).toBe(422);
    const invalid = await signBundle(bundle(41, [{ ...indicator(41), status: 'nonsense' } as never]), aocSigner);
    const invalidResponse = await post(invalid);
    expect(invalidResponse.status).toBe(422);
    const body = (await invalidResponse.json()) as { code: string; problems: { pointer: string }[] };
    expect(body.code).toBe('invalid_bundle');
    expect(body.problems.map((p) => p.pointer)).toContain('/records/0/status');
    const foreign = await signBundle(bundle(42, [indicator(42)], 'green', 'TH-BANK:004'), aocSigner);
    expect((await post(foreign)).status).toBe(403);
    await post(await signBundle(bundle(43, [indicator(43)]), aocSigner));
    expect((await post(await signBundle(bundle(43, [indicator(44)]), aocSigner))).status).toBe(409);
    expect((await post('x'.repeat(300_000))).status).toBe(413);
    expect((await post('{not json')).status).toBe(400);
    expect((await post(bundle(45, []), 'wrong-token')).status).toBe(401);
    expect((await fetch(`${endpoint}/v1/bundles`, { method: 'PUT', headers: auth })).status).toBe(405);
    expect((await fetch(`${endpoint}/v1/nothing`, { headers: auth })).status).toBe(404);
  });

  it('delivers signed webhooks that receiveWebhook verifies, and dead-letters a failing endpoint', async () => {
    const received: ExchangeEvent[] = [];
    let secret = '';
    const seen = memorySeenStore();
    const receiver: Server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      try {
        const result = await receiveWebhook({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }, { secrets: [secret], seen });
        if (!result.duplicate) received.push(result.event);
        res.writeHead(204).end();
      } catch {
        res.writeHead(400).end();
      }
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const created = await fetch(`${endpoint}/v1/subscriptions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bank.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: hook, event_types: ['bundle.published'] }),
      });
      expect(created.status).toBe(201);
      const sub = (await created.json()) as { id: string; secret: string };
      secret = sub.secret;
      const failing = await fetch(`${endpoint}/v1/subscriptions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${community.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: 'http://127.0.0.1:1/unreachable' }),
      });
      const failingSub = (await failing.json()) as { id: string };

      await publish(bundle(50, [indicator(50, 'amber')], 'amber'), { endpoint, audience: 'amber', signer: aocSigner, token: aoc.token });
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      expect(ids(bundlesOf(received)[0]!)).toEqual([indicator(50).id]);

      // the community partner may not see an amber record, so nothing was attempted; a green one fails and is dead-lettered
      await publish(bundle(51, [indicator(51)]), { endpoint, audience: 'green', signer: aocSigner, token: aoc.token });
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2);
      const dead = async () => (await (await fetch(`${endpoint}/v1/subscriptions/${failingSub.id}/dead-letters`, { headers: { authorization: `Bearer ${community.token}` } })).json()) as { items: { attempts: number }[] };
      await expect.poll(async () => (await dead()).items.length, { timeout: 10_000 }).toBe(1);
      conforms(`${API}dead_letter_list`, await dead());
      expect((await dead()).items[0]!.attempts).toBe(3);

      const list = (await (await fetch(`${endpoint}/v1/subscriptions`, { headers: { authorization: `Bearer ${bank.token}` } })).json()) as { items: { id: string; secret?: string }[] };
      expect(list.items.map((s) => s.id)).toEqual([sub.id]);
      expect(list.items[0]!.secret).toBeUndefined();
      expect((await fetch(`${endpoint}/v1/subscriptions/${sub.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${bank.token}` } })).status).toBe(204);
      expect((await fetch(`${endpoint}/v1/subscriptions/${sub.id}`, { headers: { authorization: `Bearer ${bank.token}` } })).status).toBe(404);
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });

  it('answers with bodies that conform to api.json and events.json (openapi.yaml)', async () => {
    const { receipt } = await publish(bundle(901, [indicator(901)]), { endpoint, audience: 'green', signer: aocSigner, token: aoc.token });
    conforms(`${API}publish_receipt`, receipt);
    const page = await (await fetch(`${endpoint}/v1/feed?limit=10`, { headers: auth })).json();
    conforms(`${API}feed_page`, page);
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: aoc.token })) conforms(`${EVENTS}bundle_published`, item.event);
    const created = await (await fetch(`${endpoint}/v1/subscriptions`, { method: 'POST', headers: auth, body: JSON.stringify({ url: 'https://93.184.216.34/hook' }) })).json();
    conforms(`${API}subscription`, created);
    conforms(`${API}subscription_list`, await (await fetch(`${endpoint}/v1/subscriptions`, { headers: auth })).json());
    const tampered = { ...(await signBundle(bundle(902, [indicator(902)]), aocSigner)), tlp: 'clear' };
    conforms(`${API}problem`, await (await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: auth, body: JSON.stringify(tampered) })).json());
    const invalid = await signBundle(bundle(903, [{ ...indicator(903), tlp: 'purple' } as never]), aocSigner);
    const problem = await (await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: auth, body: JSON.stringify(invalid) })).json();
    conforms(`${API}problem`, problem);
    conforms(`${API}problem`, await (await fetch(`${endpoint}/v1/feed?cursor=abc`, { headers: auth })).json());
  });

  it('answers 429 with Retry-After once a partner exceeds its rate limit', async () => {
    const limited = new ExchangeServer({ storage, partners: [aoc], rateLimit: { requests: 12, windowMs: 60_000 } });
    const limitedEndpoint = await limited.listen();
    let last: Response | undefined;
    try {
      for (let i = 0; i < 15; i++) last = await fetch(`${limitedEndpoint}/v1/feed`, { headers: auth });
    } finally {
      await limited.close();
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    conforms(`${API}problem`, await last!.json());
  });

  it('routes takedown requests, outcomes, referrals and acknowledgements to the named organisations only', async () => {
    const bankIndicator = { ...indicator(60, 'amber'), observable: { kind: 'bank_account', raw: '004-1-23456-7', canonical: 'TH:004:0041234567', attributes: { country: 'TH', institution_id: '004' } } } as never;
    const requestId = '0192f0c4-7a1e-7c3b-9d2e-000000000060';
    const request: ExchangeEvent = {
      id: eventId(), type: 'takedown.requested', timestamp: '2026-03-14T10:00:05Z', producer: aoc.org,
      data: { request_id: requestId, requested_by: aoc.org, addressed_to: bank.org, action: 'bank_account_frozen', indicator_ids: [indicator(60).id], amount: { amount: '50000.00', currency: 'THB' }, bundle: bundle(60, [bankIndicator], 'amber') },
    };
    const sent = await sendEvent(request, { endpoint, audience: 'amber', signer: aocSigner, token: aoc.token });
    expect(sent.receipt).toEqual({ event_id: request.id, duplicate: false });
    conforms(`${API}event_receipt`, sent.receipt);
    conforms(`${EVENTS}takedown_requested`, sent.event);
    expect((await sendEvent(request, { endpoint, audience: 'amber', signer: aocSigner, token: aoc.token })).receipt.duplicate).toBe(true);

    const outcome: ExchangeEvent = {
      id: eventId(), type: 'takedown.outcome', timestamp: '2026-03-14T11:20:05Z', producer: bank.org,
      data: { request_id: requestId, actor: bank.org, outcome: 'partial', at: '2026-03-14T11:20:00Z', amounts_frozen: [{ amount: '20000.00', currency: 'THB' }] },
    };
    const bankSigner = { privateKey: bankKeys.privateKey, kid: 'bank-1', alg: 'EdDSA' as const };
    // only the organisation the request was addressed to may answer it
    const forged = await sendEvent({ ...outcome, id: eventId(), producer: community.org, data: { ...outcome.data, actor: community.org } } as ExchangeEvent, { endpoint, audience: 'green', signer: bankSigner, token: community.token }).catch((e: unknown) => e);
    expect(forged).toMatchObject({ status: 422, code: 'unknown_request' });
    await sendEvent(outcome, { endpoint, audience: 'amber', signer: bankSigner, token: bank.token });

    const referralId = '0192f0c4-7a1e-7c3b-9d2e-000000000061';
    const referral: ExchangeEvent = {
      id: eventId(), type: 'case.referred', timestamp: '2026-03-14T10:00:05Z', producer: aoc.org,
      data: { referral_id: referralId, case_id: CASE.id, from: aoc.org, to: bank.org, at: '2026-03-14T10:00:00Z', bundle: bundle(61, [CASE], 'amber+strict') },
    };
    await sendEvent(referral, { endpoint, audience: 'amber+strict', signer: aocSigner, token: aoc.token });
    const ack: ExchangeEvent = {
      id: eventId(), type: 'case.referral_acknowledged', timestamp: '2026-03-14T10:30:05Z', producer: bank.org,
      data: { referral_id: referralId, case_id: CASE.id, by: bank.org, status: 'accepted', at: '2026-03-14T10:30:00Z' },
    };
    await sendEvent(ack, { endpoint, audience: 'amber', signer: bankSigner, token: bank.token });

    const typesFor = async (token: string) => {
      const out: string[] = [];
      for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token, types: ['takedown.requested', 'takedown.outcome', 'case.referred', 'case.referral_acknowledged'] })) out.push(item.event.type);
      return out;
    };
    expect(await typesFor(bank.token)).toEqual(['takedown.requested', 'takedown.outcome', 'case.referred', 'case.referral_acknowledged']);
    expect(await typesFor(aoc.token)).toEqual(['takedown.requested', 'takedown.outcome', 'case.referred', 'case.referral_acknowledged']);
    expect(await typesFor(community.token)).toEqual([]);
    // the bank, as the named recipient, receives the TLP:AMBER+STRICT case
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: bank.token, types: ['case.referred'] })) {
      expect(ids((item.event.data as { bundle: Bundle }).bundle)).toEqual([CASE.id]);
    }
  });

  it('resumes webhook deliveries after a restart, from the attempt the previous process reached', async () => {
    let down = true;
    let secret = '';
    const attempts: number[] = [];
    const received: ExchangeEvent[] = [];
    const receiver: Server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      attempts.push(Date.now());
      if (down) return void res.writeHead(503).end();
      const result = await receiveWebhook({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }, { secrets: [secret] }).catch(() => undefined);
      if (result && !result.duplicate) received.push(result.event);
      res.writeHead(result ? 204 : 400).end();
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    // two processes over the same database: the first dies while waiting to retry, the second takes over
    const first = new ExchangeServer({ storage, partners: [aoc, bank, community], deliverySchedule: [0, 600_000], allowLoopbackWebhooks: true });
    const firstEndpoint = await first.listen();
    let second: ExchangeServer | undefined;
    try {
      const created = await fetch(`${firstEndpoint}/v1/subscriptions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bank.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: hook, event_types: ['indicators.published'] }),
      });
      secret = ((await created.json()) as { secret: string }).secret;
      const published: ExchangeEvent = { id: eventId(), type: 'indicators.published', timestamp: '2026-03-14T12:00:00Z', producer: aoc.org, data: { bundle: bundle(80, [indicator(80)]) } };
      await sendEvent(published, { endpoint: firstEndpoint, audience: 'green', signer: aocSigner, token: aoc.token });
      await expect.poll(() => attempts.length, { timeout: 30_000 }).toBe(1);
      // closing does not wait for the retry due in ten minutes (bounded here at a minute, far above any load's delay)
      await Promise.race([first.close(), new Promise((_, reject) => setTimeout(() => reject(new Error('close() waited for the pending retry')), 60_000).unref())]);

      down = false;
      second = new ExchangeServer({ storage, partners: [aoc, bank, community], deliverySchedule: [0, 50], allowLoopbackWebhooks: true });
      await second.listen();
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
      expect(received[0]!.id).toBe(published.id);
      expect(attempts).toHaveLength(2);
    } finally {
      await first.close().catch(() => {});
      await second?.close();
      await new Promise((r) => receiver.close(r));
    }
  });
});
