import { validate, type Problem } from '@gpos/validate';
import { WebhookError } from './errors.js';
import { checkEvent, type ExchangeEvent } from './events.js';

const encoder = new TextEncoder();

/** Remembers which webhook ids were already handled, so a redelivery is recognised. Share it between processes (a table, Redis) when you scale out. */
export interface SeenStore {
  has(id: string): boolean | Promise<boolean>;
  /** Called once a delivery is verified and valid. `expiresAt` (ms since epoch) is when forgetting it becomes safe: replays older than the tolerance are rejected anyway. */
  add(id: string, expiresAt: number): void | Promise<void>;
}

/** An in-memory SeenStore that forgets ids once their replay window has passed. */
export function memorySeenStore(now: () => number = Date.now): SeenStore {
  const ids = new Map<string, number>();
  return {
    has(id) {
      const expiry = ids.get(id);
      if (expiry !== undefined && expiry < now()) ids.delete(id);
      return ids.has(id);
    },
    add(id, expiresAt) {
      ids.set(id, expiresAt);
      if (ids.size % 1024 === 0) for (const [k, e] of ids) if (e < now()) ids.delete(k);
    },
  };
}

/** A webhook delivery as raw parts: the body must be the exact bytes received, not re-serialised JSON. */
export interface RawWebhook {
  readonly headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string | Uint8Array;
}

export interface ReceiveWebhookOptions {
  /** The subscription's signing secrets (`whsec_…`); several during a rotation. */
  readonly secrets: readonly string[];
  /** How far `webhook-timestamp` may be from now, either way. Default 300 s (Standard Webhooks' recommendation). */
  readonly toleranceSeconds?: number;
  /** Where delivered ids are remembered. Without it, redeliveries are not detected. */
  readonly seen?: SeenStore;
  /** The clock, in ms since the epoch. For tests. */
  readonly now?: () => number;
}

export type ReceivedWebhook =
  | { readonly duplicate: false; readonly id: string; readonly event: ExchangeEvent; readonly problems: readonly Problem[] }
  | { readonly duplicate: true; readonly id: string };

function header(headers: RawWebhook['headers'], name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | readonly string[] | undefined>;
  const value = record[name] ?? Object.entries(record).find(([k]) => k.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value.join(' ') : (value as string | undefined);
}

/** The key bytes of a Standard Webhooks secret: base64 after the `whsec_` prefix. */
export function secretKey(secret: string): Uint8Array {
  const b64 = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** A fresh secret: `whsec_` and base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
}

const toBytes = (body: string | Uint8Array) => (typeof body === 'string' ? encoder.encode(body) : body);

async function hmac(secret: string, id: string, timestamp: string, body: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', secretKey(secret) as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, content as BufferSource));
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/**
 * The `webhook-signature` header value for a delivery, per Standard Webhooks: `v1,` and the base64
 * HMAC-SHA256 of `{id}.{timestamp}.{body}`, one per secret, space-separated.
 */
export async function signWebhook(input: { id: string; timestamp: number; body: string | Uint8Array; secrets: readonly string[] }): Promise<string> {
  const signatures = await Promise.all(input.secrets.map(async (s) => `v1,${toBase64(await hmac(s, input.id, String(input.timestamp), toBytes(input.body)))}`));
  return signatures.join(' ');
}

/** The three headers of a signed delivery, ready to send. */
export async function webhookHeaders(input: { id: string; timestamp?: number; body: string; secrets: readonly string[] }): Promise<Record<string, string>> {
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/json',
    'webhook-id': input.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': await signWebhook({ ...input, timestamp }),
  };
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * Verifies and unpacks one webhook delivery, in the order that keeps a forger from influencing anything:
 * headers present → timestamp within the tolerance (replays are refused) → HMAC signature under one of the
 * secrets → redelivery of an id already handled (`{ duplicate: true }`, answer 2xx and do nothing) → JSON →
 * event envelope → every bundle it carries through the reference validator. The id is remembered only once
 * all of that passed. Throws a {@link WebhookError} whose `status` is the answer to give.
 *
 * Accepts a Fetch API `Request` (whose body is read here) or the raw headers and body bytes.
 */
export async function receiveWebhook(request: Request | RawWebhook, options: ReceiveWebhookOptions): Promise<ReceivedWebhook> {
  const raw: RawWebhook = request instanceof Request ? { headers: request.headers, body: new Uint8Array(await request.arrayBuffer()) } : request;
  const id = header(raw.headers, 'webhook-id');
  const timestamp = header(raw.headers, 'webhook-timestamp');
  const signature = header(raw.headers, 'webhook-signature');
  if (!id || !timestamp || !signature) throw new WebhookError('missing_headers', 'The delivery lacks a webhook-id, webhook-timestamp or webhook-signature header.');

  const now = (options.now ?? Date.now)();
  const tolerance = options.toleranceSeconds ?? 300;
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > tolerance) {
    throw new WebhookError('timestamp_out_of_window', `webhook-timestamp ${JSON.stringify(timestamp)} is not within ${tolerance} s of now: a replay or a badly set clock.`);
  }

  const body = toBytes(raw.body);
  const offered = signature
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => fromBase64(s.slice(3)))
    .filter((s): s is Uint8Array => s !== undefined);
  let verified = false;
  for (const secret of options.secrets) {
    const expected = await hmac(secret, id, timestamp, body);
    if (offered.some((s) => constantTimeEqual(s, expected))) verified = true;
  }
  if (!verified) throw new WebhookError('bad_signature', 'No webhook-signature matches the body under any of the subscription secrets.');

  if (await options.seen?.has(id)) return { duplicate: true, id };

  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new WebhookError('invalid_json', 'The body is not UTF-8 JSON.');
  }
  const envelope = checkEvent(payload);
  if (!envelope.ok) throw new WebhookError('invalid_event', `The body is not a GPOS exchange event: ${envelope.reason}`);
  if (envelope.event.id !== id) throw new WebhookError('invalid_event', `The event id ${envelope.event.id} differs from webhook-id ${id}.`);
  const bundle = (envelope.event.data as { bundle?: unknown }).bundle;
  const problems = bundle === undefined ? [] : validate(bundle).problems;
  if (problems.some((p) => p.severity === 'error')) throw new WebhookError('invalid_event', 'The bundle in the event is invalid.', problems.map((p) => ({ ...p, pointer: `/data/bundle${p.pointer}` })));

  await options.seen?.add(id, now + tolerance * 1000 * 2);
  return { duplicate: false, id, event: envelope.event, problems };
}
