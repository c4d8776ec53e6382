import { describe, expect, it, vi } from 'vitest';
import { memorySeenStore, receiveWebhook, signWebhook, webhookHeaders, generateWebhookSecret, WebhookError } from '../src/index.js';
import { bundle, event, indicator } from './fixtures.js';

const secret = generateWebhookSecret();
const now = () => Date.parse('2026-03-14T10:00:10Z');
const nowSeconds = Math.floor(now() / 1000);

async function delivery(payload: unknown, options: { id?: string; timestamp?: number; secrets?: string[] } = {}) {
  const body = JSON.stringify(payload);
  const id = options.id ?? (payload as { id: string }).id;
  const headers = await webhookHeaders({ id, timestamp: options.timestamp ?? nowSeconds, body, secrets: options.secrets ?? [secret] });
  return { headers, body };
}

const rejects = async (p: Promise<unknown>, code: string) => {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(WebhookError);
  expect((error as WebhookError).code).toBe(code);
  return error as WebhookError;
};

describe('signWebhook', () => {
  it('matches the Standard Webhooks test vector', async () => {
    const signature = await signWebhook({
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
      body: '{"test": 2432232314}',
      secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    });
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });
});

describe('receiveWebhook', () => {
  it('verifies, validates and hands over the event', async () => {
    const result = await receiveWebhook(await delivery(event(1)), { secrets: [secret], now });
    expect(result.duplicate).toBe(false);
    if (!result.duplicate) expect(result.event.type).toBe('bundle.published');
  });

  it('accepts a Fetch API Request', async () => {
    const { headers, body } = await delivery(event(2));
    const result = await receiveWebhook(new Request('https://partner.example/hook', { method: 'POST', headers, body }), { secrets: [secret], now });
    expect(result).toMatchObject({ duplicate: false, id: event(2).id });
  });

  it('accepts any of several secrets during a rotation, and a header with several signatures', async () => {
    const next = generateWebhookSecret();
    const d = await delivery(event(3), { secrets: [next, secret] });
    expect(d.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    await expect(receiveWebhook(d, { secrets: [next], now })).resolves.toMatchObject({ duplicate: false });
    await expect(receiveWebhook(d, { secrets: [secret], now })).resolves.toMatchObject({ duplicate: false });
  });

  it('rejects a body changed after signing', async () => {
    const d = await delivery(event(4));
    const error = await rejects(receiveWebhook({ ...d, body: d.body.replace('scam-4', 'scam-5') }, { secrets: [secret], now }), 'bad_signature');
    expect(error.status).toBe(401);
  });

  it('rejects a signature under another secret', async () => {
    await rejects(receiveWebhook(await delivery(event(5)), { secrets: [generateWebhookSecret()], now }), 'bad_signature');
  });

  it('rejects a replay outside the tolerance, in either direction', async () => {
    await rejects(receiveWebhook(await delivery(event(6), { timestamp: nowSeconds - 301 }), { secrets: [secret], now }), 'timestamp_out_of_window');
    await rejects(receiveWebhook(await delivery(event(6), { timestamp: nowSeconds + 301 }), { secrets: [secret], now }), 'timestamp_out_of_window');
    await expect(receiveWebhook(await delivery(event(6), { timestamp: nowSeconds - 299 }), { secrets: [secret], now })).resolves.toBeDefined();
    await rejects(receiveWebhook(await delivery(event(6), { timestamp: nowSeconds - 30 }), { secrets: [secret], now, toleranceSeconds: 10 }), 'timestamp_out_of_window');
  });

  it('reports a redelivery of a handled id as a duplicate, even re-signed at a new time', async () => {
    const seen = memorySeenStore(now);
    await expect(receiveWebhook(await delivery(event(7)), { secrets: [secret], now, seen })).resolves.toMatchObject({ duplicate: false });
    await expect(receiveWebhook(await delivery(event(7), { timestamp: nowSeconds + 5 }), { secrets: [secret], now, seen })).resolves.toEqual({ duplicate: true, id: event(7).id });
  });

  it('does not remember an id whose delivery was rejected, so a correct redelivery is accepted', async () => {
    const seen = memorySeenStore(now);
    const add = vi.spyOn(seen, 'add');
    const bad = event(8, bundle(8, [{ ...indicator(8), tlp: 'purple' } as never]));
    const error = await rejects(receiveWebhook(await delivery(bad), { secrets: [secret], now, seen }), 'invalid_event');
    expect(error.problems.some((p) => p.pointer.startsWith('/data/bundle/records/0'))).toBe(true);
    expect(add).not.toHaveBeenCalled();
    await expect(receiveWebhook(await delivery(event(8)), { secrets: [secret], now, seen })).resolves.toMatchObject({ duplicate: false });
  });

  it('rejects missing headers, non-JSON bodies, unknown event types and an id that differs from webhook-id', async () => {
    await rejects(receiveWebhook({ headers: {}, body: '{}' }, { secrets: [secret], now }), 'missing_headers');
    await rejects(receiveWebhook(await delivery('x', { id: event(9).id }).then((d) => ({ ...d })), { secrets: [secret], now }), 'invalid_event');
    const notJson = await webhookHeaders({ id: event(9).id, timestamp: nowSeconds, body: '{nope', secrets: [secret] });
    await rejects(receiveWebhook({ headers: notJson, body: '{nope' }, { secrets: [secret], now }), 'invalid_json');
    await rejects(receiveWebhook(await delivery({ ...event(9), type: 'indicators.deleted' }), { secrets: [secret], now }), 'invalid_event');
    await rejects(receiveWebhook(await delivery(event(9), { id: event(10).id }), { secrets: [secret], now }), 'invalid_event');
  });
});
