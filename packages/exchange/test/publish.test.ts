import { verifyBundle } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import { describe, expect, it, vi } from 'vitest';
import { AbortedError, ExchangeError, HttpError, InvalidDataError, NetworkError, TimeoutError, backoffDelay, parseRetryAfter, publish, sendEvent, type ExchangeEvent } from '../src/index.js';
import { CASE, bundle, event, indicator, keyPair } from './fixtures.js';

const receipt = (b: Bundle) => ({ bundle_id: b.id, duplicate: false, records: b.records.length, event_id: 'event--0192f0c4-7a1e-7c3b-9d2e-000000000001' });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('publish', async () => {
  const { privateKey, publicJwk } = await keyPair('aoc-2026-01');
  const signer = { privateKey, kid: 'aoc-2026-01', alg: 'EdDSA' as const };

  it('redacts for the audience, signs, and POSTs to /v1/bundles', async () => {
    const sent: { url: string; body: Bundle; auth: string | null }[] = [];
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const body = JSON.parse(String(init!.body)) as Bundle;
      sent.push({ url: String(url), body, auth: new Headers(init!.headers).get('authorization') });
      return json(201, receipt(body));
    });
    const input = bundle(1, [indicator(1), indicator(2, 'amber'), CASE], 'amber+strict');
    const result = await publish(input, { endpoint: 'http://exchange.test/', audience: 'green', signer, token: 't0k', fetch });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('http://exchange.test/v1/bundles');
    expect(sent[0]!.auth).toBe('Bearer t0k');
    expect(sent[0]!.body.records.map((r) => (r as unknown as { id: string }).id)).toEqual([indicator(1).id]);
    expect(sent[0]!.body.tlp).toBe('green');
    const verified = await verifyBundle(sent[0]!.body, { keys: [publicJwk] });
    expect(verified, JSON.stringify(verified)).toMatchObject({ ok: true, kid: "aoc-2026-01" });
    expect(result.receipt.bundle_id).toBe(input.id);
    expect(result.bundle).toEqual(sent[0]!.body);
  });

  it('sends nothing when the bundle is invalid', async () => {
    const fetch = vi.fn();
    const invalid = bundle(2, [{ ...indicator(3), status: 'nonsense' } as never]);
    await expect(publish(invalid, { endpoint: 'http://exchange.test', audience: 'green', signer, fetch })).rejects.toBeInstanceOf(InvalidDataError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('uses an injected signer and redactor', async () => {
    const fetch = vi.fn(async (_u: string | URL | Request, init?: RequestInit) => json(200, { ...receipt(JSON.parse(String(init!.body)) as Bundle), duplicate: true }));
    const redactor = vi.fn(async (b: Bundle) => b);
    const customSigner = vi.fn(async (b: Bundle) => ({ ...b, signature: { jws: 'eyJhbGciOiJFZERTQSJ9..c2ln', kid: 'hsm-1', alg: 'EdDSA' as const } }));
    const result = await publish(bundle(3, [indicator(4)]), { endpoint: 'http://exchange.test', audience: 'amber', signer: customSigner, redactor, fetch });
    expect(redactor).toHaveBeenCalledWith(expect.objectContaining({ id: bundle(3, []).id }), 'amber');
    expect(result.receipt.duplicate).toBe(true);
    expect(result.bundle.signature?.kid).toBe('hsm-1');
  });

  it('retries 503 and 429, honouring Retry-After, then succeeds', async () => {
    let calls = 0;
    const fetch = vi.fn(async (_u: string | URL | Request, init?: RequestInit) => {
      calls++;
      if (calls === 1) return json(503, { code: 'unavailable', title: 'Unavailable', status: 503 });
      if (calls === 2) return json(429, { code: 'rate_limited', title: 'Slow down', status: 429 }, { 'retry-after': '1' });
      return json(201, receipt(JSON.parse(String(init!.body)) as Bundle));
    });
    const started = Date.now();
    await publish(bundle(4, [indicator(5)]), { endpoint: 'http://exchange.test', audience: 'green', signer, fetch, retry: { baseDelayMs: 1 } });
    expect(calls).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not retry a refusal, and carries the problem details', async () => {
    const fetch = vi.fn(async () => json(422, { type: 'about:blank', title: 'Bad signature', status: 422, code: 'bad_signature', detail: 'The signature does not match.' }));
    const error = await publish(bundle(5, [indicator(6)]), { endpoint: 'http://exchange.test', audience: 'green', signer, fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 422, code: 'bad_signature' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('times out each attempt and reports a TimeoutError after the retries', async () => {
    const fetch = vi.fn(
      (_u: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))),
    );
    const error = await publish(bundle(6, [indicator(7)]), { endpoint: 'http://exchange.test', audience: 'green', signer, fetch, timeoutMs: 30, retry: { retries: 2, baseDelayMs: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('reports network failures as NetworkError and stops at once when the caller aborts', async () => {
    const down = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(publish(bundle(7, [indicator(8)]), { endpoint: 'http://exchange.test', audience: 'green', signer, fetch: down, retry: { retries: 1, baseDelayMs: 1 } })).rejects.toBeInstanceOf(NetworkError);
    const controller = new AbortController();
    const slow = vi.fn(async () => {
      controller.abort();
      return json(503, {});
    });
    await expect(publish(bundle(8, [indicator(9)]), { endpoint: 'http://exchange.test', audience: 'green', signer, fetch: slow, signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
    expect(slow).toHaveBeenCalledTimes(1);
  });
});

describe('sendEvent', async () => {
  const { privateKey, publicJwk } = await keyPair('k');
  const signer = { privateKey, kid: 'k', alg: 'EdDSA' as const };

  it('redacts and signs the bundle an event carries, and POSTs the event to /v1/events', async () => {
    let sent: ExchangeEvent | undefined;
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      expect(String(url)).toBe('http://exchange.test/v1/events');
      sent = JSON.parse(String(init!.body)) as ExchangeEvent;
      return json(201, { event_id: sent.id, duplicate: false });
    });
    const referral = {
      ...event(70),
      type: 'case.referred',
      data: { referral_id: '0192f0c4-7a1e-7c3b-9d2e-000000000070', case_id: CASE.id, from: 'TH-GOV:aoc1441', to: 'TH-BANK:004', at: '2026-03-14T10:00:00Z', bundle: bundle(70, [CASE, indicator(70, 'red')], 'red') },
    } as ExchangeEvent;
    const { receipt } = await sendEvent(referral, { endpoint: 'http://exchange.test', audience: 'amber+strict', signer, fetch });
    expect(receipt.duplicate).toBe(false);
    const sentBundle = (sent!.data as { bundle: Bundle }).bundle;
    expect(sentBundle.records.map((r) => (r as unknown as { id: string }).id)).toEqual([CASE.id]);
    expect(await verifyBundle(sentBundle, { keys: [publicJwk] })).toMatchObject({ ok: true });
  });

  it('sends an event without a bundle as it is, and refuses a malformed one before sending', async () => {
    const fetch = vi.fn(async (_u: string | URL | Request, init?: RequestInit) => json(200, { event_id: (JSON.parse(String(init!.body)) as ExchangeEvent).id, duplicate: true }));
    const ack = { ...event(71), type: 'case.referral_acknowledged', data: { referral_id: '0192f0c4-7a1e-7c3b-9d2e-000000000070', case_id: CASE.id, by: 'TH-BANK:004', status: 'accepted', at: '2026-03-14T10:30:00Z' } } as ExchangeEvent;
    expect((await sendEvent(ack, { endpoint: 'http://exchange.test', fetch })).event).toEqual(ack);
    await expect(sendEvent(event(72), { endpoint: 'http://exchange.test', fetch })).rejects.toThrow(/needs `audience` and `signer`/);
    const broken = { ...ack, data: { referral_id: 'x' } } as unknown as ExchangeEvent;
    await expect(sendEvent(broken, { endpoint: 'http://exchange.test', audience: 'amber', signer, fetch })).rejects.toBeInstanceOf(ExchangeError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('backoff', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter(new Date(Date.parse('2026-01-01T00:00:10Z')).toUTCString(), Date.parse('2026-01-01T00:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('grows exponentially with jitter, and caps Retry-After at maxDelayMs', () => {
    for (let attempt = 0; attempt < 6; attempt++) expect(backoffDelay(attempt, { baseDelayMs: 100 })).toBeLessThanOrEqual(100 * 2 ** attempt);
    expect(backoffDelay(0, { maxDelayMs: 5000 }, 60_000)).toBe(5000);
    expect(backoffDelay(3, {}, 1000)).toBe(1000);
  });
});
