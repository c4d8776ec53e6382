import { verifyBundle } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import { describe, expect, it, vi } from 'vitest';
import { AbortedError, HttpError, InvalidDataError, NetworkError, TimeoutError, backoffDelay, parseRetryAfter, publish } from '../src/index.js';
import { CASE, bundle, indicator, keyPair } from './fixtures.js';

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
