import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkEvent, eventId, generateWebhookSecret, isEventType, webhookHeaders, type ExchangeEvent } from '@gpos/exchange';
import { TLP_ORDER, tlpRank } from '@gpos/schema';
import { canonicalJson, isTlp, redact, signingInput, verifyBundle, type KeySource } from '@gpos/sdk';
import type { Bundle, Tlp } from '@gpos/types';
import { validate } from '@gpos/validate';
import type { Storage, StoredEvent, StoredSubscription } from './storage.js';

/** A partner of the exchange: who it is, how it authenticates, what it may see and which keys sign its bundles. */
export interface Partner {
  /** The partner's organisation reference, e.g. `TH-GOV:aoc1441`. Bundles it publishes must name it as `producer`. */
  readonly org: string;
  /** The bearer token it authenticates with. */
  readonly token: string;
  /** The highest TLP label it is cleared for (capped at `amber` for other partners' data, see README). */
  readonly clearance: Tlp;
  /** The public keys its bundle signatures verify with (its JWKS). */
  readonly keys: KeySource;
}

export interface ExchangeServerOptions {
  readonly storage: Storage;
  readonly partners: readonly Partner[];
  /** Largest request body accepted, in bytes. Default 10 MiB. */
  readonly maxBodyBytes?: number;
  /** Requests per partner per window before 429. Default 600 a minute. */
  readonly rateLimit?: { readonly requests: number; readonly windowMs: number };
  /** Delays before each webhook delivery attempt, in ms; after the last failure the event is dead-lettered. */
  readonly deliverySchedule?: readonly number[];
  /** Per-attempt webhook timeout. Default 15 000 ms. */
  readonly deliveryTimeoutMs?: number;
  /** Called with every unexpected error before the client gets a 500. Default: console.error. */
  readonly onError?: (error: unknown) => void;
  /** Allow plain-http webhook URLs on any host (default: loopback only). */
  readonly allowInsecureWebhooks?: boolean;
}

class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

const PROBLEM_BASE = 'https://schemas.gpos.network/exchange/problems/';

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
}

function sendProblem(res: ServerResponse, p: Problem): void {
  const body = { type: PROBLEM_BASE + p.code, title: p.title, status: p.status, code: p.code, ...(p.detail ? { detail: p.detail } : {}), ...p.extra };
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'content-length': String(Buffer.byteLength(text)) };
  if (typeof p.extra.retry_after === 'number') headers['retry-after'] = String(p.extra.retry_after);
  res.writeHead(p.status, headers).end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new Problem(413, 'payload_too_large', 'Payload too large', `The body is ${declared} bytes; the limit is ${limit}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Problem(413, 'payload_too_large', 'Payload too large', `The body exceeds the limit of ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The retry schedule Standard Webhooks recommends: now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const STANDARD_WEBHOOKS_SCHEDULE: readonly number[] = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

const CURSOR = /^\d{1,20}$/;
const formatCursor = (seq: number) => String(seq).padStart(20, '0');
const stricter = (a: Tlp, b: Tlp): Tlp => (tlpRank(a) >= tlpRank(b) ? a : b);
const looser = (a: Tlp, b: Tlp): Tlp => (tlpRank(a) <= tlpRank(b) ? a : b);
const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/**
 * The TLP label a partner may receive an event at, or undefined when it may not receive it at all. Its own
 * events: whatever it asks for. An event addressed to named organisations (a takedown request, a referral, their
 * answers): only those, and TLP:AMBER+STRICT included when they ask for AMBER or more, since they are the named
 * recipients (RED only when they ask for RED).
 * Anything else: at most TLP:AMBER, because AMBER+STRICT and RED name recipients a broadcast cannot honour.
 */
function audienceFor(partner: Partner, stored: Pick<StoredEvent, 'event' | 'recipients'>, requested: Tlp): Tlp | undefined {
  if (stored.event.producer === partner.org) return requested;
  if (stored.recipients) {
    if (!stored.recipients.includes(partner.org)) return undefined;
    // AMBER+STRICT is "this organisation only": a partner cleared for AMBER is that organisation here
    return tlpRank(requested) >= tlpRank('amber') ? stricter(requested, 'amber+strict') : requested;
  }
  return looser(requested, 'amber');
}

/** The event as `partner` may see it: its bundle redacted; undefined when nothing is left for it to see. */
async function eventFor(partner: Partner, stored: Pick<StoredEvent, 'event' | 'recipients'>, requested: Tlp): Promise<ExchangeEvent | undefined> {
  const audience = audienceFor(partner, stored, requested);
  if (audience === undefined) return undefined;
  const { event } = stored;
  const bundle = (event.data as { bundle?: Bundle }).bundle;
  if (bundle === undefined) return event;
  const redacted = await redact(bundle, { audience });
  if (redacted.records.length === 0) return undefined;
  return { ...event, data: { ...event.data, bundle: redacted } } as ExchangeEvent;
}

/** A request and the event type of its reply, and the field that links them. */
const REPLIES: Partial<Record<ExchangeEvent['type'], { request: ExchangeEvent['type']; field: string; addressee: string }>> = {
  'takedown.outcome': { request: 'takedown.requested', field: 'request_id', addressee: 'addressed_to' },
  'case.referral_acknowledged': { request: 'case.referred', field: 'referral_id', addressee: 'to' },
};

/** The reference exchange server. `listen()` starts it; `close()` stops it (and the storage is the caller's to close). */
export class ExchangeServer {
  readonly server: Server;
  private readonly byToken: Map<string, Partner>;
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly pending = new Set<Promise<void>>();
  /** Aborted by close(): stops webhook retry waits at once, leaving the rest to the next start. */
  private readonly stopping = new AbortController();

  constructor(private readonly options: ExchangeServerOptions) {
    this.byToken = new Map(options.partners.map((p) => [p.token, p]));
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (error instanceof Problem) sendProblem(res, error);
        else {
          (options.onError ?? console.error)(error);
          sendProblem(res, new Problem(500, 'internal_error', 'Internal error', 'The server failed; the request may be retried.'));
        }
      });
    });
  }

  /** Starts listening (port 0 picks a free one) and resolves with the base URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, host, resolve));
    const address = this.server.address() as AddressInfo;
    this.track(this.resumeDeliveries());
    return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  }

  /** Stops accepting requests and waits for in-flight webhook deliveries to settle. */
  async close(): Promise<void> {
    this.stopping.abort();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await Promise.allSettled([...this.pending]);
  }

  private authenticate(req: IncomingMessage): Partner {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const partner = match ? this.byToken.get(match[1]!) : undefined;
    if (!partner) throw new Problem(401, 'unauthorized', 'Unauthorized', 'Send a partner token as `Authorization: Bearer <token>`.');
    const limit = this.options.rateLimit ?? { requests: 600, windowMs: 60_000 };
    const now = Date.now();
    const window = this.windows.get(partner.org);
    if (!window || now - window.start >= limit.windowMs) this.windows.set(partner.org, { start: now, count: 1 });
    else if (++window.count > limit.requests) {
      const retry = Math.ceil((window.start + limit.windowMs - now) / 1000);
      throw new Problem(429, 'rate_limited', 'Too many requests', `At most ${limit.requests} requests per ${limit.windowMs / 1000} s.`, { retry_after: retry });
    }
    return partner;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://exchange.invalid');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /healthz') return send(res, 200, { ok: true });
    const partner = this.authenticate(req);
    if (route === 'POST /v1/bundles') return this.publish(partner, req, res);
    if (route === 'POST /v1/events') return this.postEvent(partner, req, res);
    if (route === 'GET /v1/feed') return this.feed(partner, url, res);
    if (route === 'POST /v1/subscriptions') return this.subscribe(partner, req, res);
    if (route === 'GET /v1/subscriptions') {
      const items = (await this.options.storage.listSubscriptions(partner.org)).map(publicSubscription);
      return send(res, 200, { items });
    }
    const sub = /^\/v1\/subscriptions\/(sub_[A-Za-z0-9]{8,64})(\/dead-letters)?$/.exec(url.pathname);
    if (sub) {
      const found = (await this.options.storage.listSubscriptions(partner.org)).find((s) => s.id === sub[1]);
      if (!found) throw new Problem(404, 'not_found', 'Not found', `No subscription ${sub[1]} for ${partner.org}.`);
      if (req.method === 'GET' && sub[2]) {
        const items = (await this.options.storage.deadLetters(found.id)).map((d) => ({ event_id: d.eventId, attempts: d.attempts, last_error: d.lastError }));
        return send(res, 200, { items });
      }
      if (req.method === 'GET') return send(res, 200, publicSubscription(found));
      if (req.method === 'DELETE') {
        await this.options.storage.deleteSubscription(partner.org, found.id);
        return send(res, 204);
      }
    }
    if (sub || ['/v1/bundles', '/v1/events', '/v1/feed', '/v1/subscriptions'].includes(url.pathname)) {
      throw new Problem(405, 'method_not_allowed', 'Method not allowed', `${req.method} is not supported on ${url.pathname}.`);
    }
    throw new Problem(404, 'not_found', 'Not found', `No route ${route}.`);
  }

  private async publish(partner: Partner, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req, this.options.maxBodyBytes ?? 10 * 1024 * 1024);
    let bundle: unknown;
    try {
      bundle = JSON.parse(text);
    } catch {
      throw new Problem(400, 'invalid_json', 'Invalid JSON', 'The body is not JSON.');
    }
    const kid = await this.checkBundle(partner, bundle, '');
    const valid = bundle as Bundle;
    const digest = await sha256Hex(signingInput(valid));
    const event: ExchangeEvent = { id: eventId(), type: 'bundle.published', timestamp: new Date().toISOString(), producer: partner.org, data: { bundle: valid } };
    const stored = await this.options.storage.putBundle({ bundle: valid, digest, partner: partner.org, event });
    if (stored.outcome === 'conflict') throw new Problem(409, 'conflict', 'Conflict', `Another bundle was already published as ${valid.id}.`);
    const receipt = { bundle_id: valid.id, duplicate: stored.outcome === 'duplicate', records: valid.records.length, event_id: stored.eventId, signed_by: kid };
    send(res, stored.outcome === 'stored' ? 201 : 200, receipt);
    if (stored.outcome === 'stored') this.track(this.deliver({ event }));
  }

  /** A signed bundle in an event: the partner must be its producer, the signature must verify, the bundle must be valid. */
  private async checkBundle(partner: Partner, bundle: unknown, pointer: string): Promise<string> {
    if (bundle === null || typeof bundle !== 'object' || (bundle as { type?: unknown }).type !== 'bundle') {
      throw new Problem(400, 'invalid_json', 'Not a bundle', `${pointer || 'The body'} must be a GPOS bundle (\`"type": "bundle"\`).`);
    }
    const producer = (bundle as { producer?: unknown }).producer;
    if (producer !== partner.org) throw new Problem(403, 'forbidden', 'Forbidden', `A bundle from ${partner.org} must name it as producer, not ${JSON.stringify(producer)}.`);
    const verified = await verifyBundle(bundle, { keys: partner.keys });
    if (!verified.ok) throw new Problem(422, verified.code, 'Signature not accepted', verified.reason);
    const result = validate(bundle);
    if (!result.valid) {
      throw new Problem(422, 'invalid_bundle', 'Invalid bundle', `The bundle has ${result.problems.filter((p) => p.severity === 'error').length} error(s).`, {
        problems: result.problems.slice(0, 1000).map((p) => ({ ...p, pointer: pointer + p.pointer })),
      });
    }
    return verified.kid;
  }

  /** Takedown requests and outcomes, referrals and acknowledgements, indicator and commitment events. */
  private async postEvent(partner: Partner, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, this.options.maxBodyBytes ?? 10 * 1024 * 1024));
    } catch (error) {
      if (error instanceof Problem) throw error;
      throw new Problem(400, 'invalid_json', 'Invalid JSON', 'The body is not JSON.');
    }
    const checked = checkEvent(body);
    if (!checked.ok) throw new Problem(400, 'invalid_event', 'Invalid event', `The body is not a GPOS exchange event: ${checked.reason}.`);
    const event = checked.event;
    if (event.type === 'bundle.published') throw new Problem(400, 'invalid_event', 'Invalid event', 'Publish bundles with POST /v1/bundles; the exchange emits bundle.published itself.');
    if (event.producer !== partner.org) throw new Problem(403, 'forbidden', 'Forbidden', `An event from ${partner.org} must name it as producer, not ${JSON.stringify(event.producer)}.`);
    const data = event.data as Record<string, unknown>;
    if (data.bundle !== undefined) await this.checkBundle(partner, data.bundle, '/data/bundle');

    let recipients: string[] | undefined;
    if (event.type === 'takedown.requested') recipients = [String(data.addressed_to)];
    else if (event.type === 'case.referred') recipients = [String(data.to)];
    const reply = REPLIES[event.type];
    if (reply) {
      const request = await this.options.storage.findEvent(reply.request, reply.field, String(data[reply.field]));
      const addressee = request && (request.event.data as Record<string, unknown>)[reply.addressee];
      if (!request || addressee !== partner.org) {
        throw new Problem(422, 'unknown_request', 'Unknown request', `No ${reply.request} with ${reply.field} ${JSON.stringify(data[reply.field])} is addressed to ${partner.org}.`);
      }
      recipients = [request.event.producer];
    }

    const { signature: _signature, ...unsigned } = (data.bundle ?? {}) as Record<string, unknown>;
    const digest = await sha256Hex(new TextEncoder().encode(canonicalJson({ ...event, data: { ...data, ...(data.bundle ? { bundle: unsigned } : {}) } })));
    const stored = await this.options.storage.putEvent({ event, digest, ...(recipients ? { recipients } : {}) });
    if (stored.outcome === 'conflict') throw new Problem(409, 'conflict', 'Conflict', `Another event was already sent as ${event.id}.`);
    send(res, stored.outcome === 'stored' ? 201 : 200, { event_id: event.id, duplicate: stored.outcome === 'duplicate' });
    if (stored.outcome === 'stored') this.track(this.deliver({ event, ...(recipients ? { recipients } : {}) }));
  }

  private async feed(partner: Partner, url: URL, res: ServerResponse): Promise<void> {
    const cursor = url.searchParams.get('cursor');
    if (cursor !== null && !CURSOR.test(cursor)) throw new Problem(400, 'invalid_parameter', 'Invalid cursor', 'The cursor is not one this server issued.');
    const audience = url.searchParams.get('audience') ?? partner.clearance;
    if (!isTlp(audience)) throw new Problem(400, 'invalid_parameter', 'Invalid audience', `audience must be one of ${TLP_ORDER.join(', ')}.`);
    if (tlpRank(audience) > tlpRank(partner.clearance)) throw new Problem(403, 'forbidden', 'Forbidden', `${partner.org} is cleared for TLP:${partner.clearance.toUpperCase()}, not ${audience.toUpperCase()}.`);
    const limitParam = Number(url.searchParams.get('limit') ?? 100);
    if (!Number.isInteger(limitParam) || limitParam < 1 || limitParam > 1000) throw new Problem(400, 'invalid_parameter', 'Invalid limit', 'limit must be an integer from 1 to 1000.');
    const types = url.searchParams.get('types')?.split(',').filter(Boolean);
    if (types?.some((t) => !isEventType(t))) throw new Problem(400, 'invalid_parameter', 'Invalid types', 'types lists an unknown event type.');
    let after = cursor === null ? 0 : Number(cursor);
    const items: { cursor: string; event: ExchangeEvent }[] = [];
    // scan on past events this partner may not see, so a page is full whenever more visible events exist
    for (let scanned = 0; items.length < limitParam && scanned < limitParam * 10; ) {
      const rows = await this.options.storage.readEvents(after, limitParam);
      if (rows.length === 0) break;
      for (const row of rows) {
        scanned++;
        after = row.seq;
        if (types && !types.includes(row.event.type)) continue;
        const visible = await eventFor(partner, row, audience);
        if (visible) items.push({ cursor: formatCursor(row.seq), event: visible });
        if (items.length === limitParam) break;
      }
    }
    const head = await this.options.storage.head();
    send(res, 200, { items, next_cursor: formatCursor(after), has_more: after < head });
  }

  private async subscribe(partner: Partner, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: { url?: unknown; event_types?: unknown; description?: unknown };
    try {
      body = JSON.parse(await readBody(req, 64 * 1024)) as typeof body;
    } catch (error) {
      if (error instanceof Problem) throw error;
      throw new Problem(400, 'invalid_json', 'Invalid JSON', 'The body is not JSON.');
    }
    let target: URL;
    try {
      target = new URL(String(body.url));
    } catch {
      throw new Problem(400, 'invalid_subscription', 'Invalid subscription', '`url` must be an absolute URL.');
    }
    if (target.protocol !== 'https:' && !(target.protocol === 'http:' && (isLoopback(target.hostname) || this.options.allowInsecureWebhooks))) {
      throw new Problem(400, 'invalid_subscription', 'Invalid subscription', 'Webhook URLs must use https (plain http only on loopback).');
    }
    const eventTypes = body.event_types === undefined ? [] : body.event_types;
    if (!Array.isArray(eventTypes) || !eventTypes.every(isEventType)) throw new Problem(400, 'invalid_subscription', 'Invalid subscription', '`event_types` must list known event types.');
    const random = crypto.getRandomValues(new Uint8Array(16));
    const sub: StoredSubscription = {
      id: `sub_${Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('')}`,
      partner: partner.org,
      url: target.href,
      eventTypes,
      audience: partner.clearance,
      secret: generateWebhookSecret(),
      created: new Date().toISOString(),
      ...(typeof body.description === 'string' ? { description: body.description.slice(0, 500) } : {}),
    };
    await this.options.storage.createSubscription(sub);
    send(res, 201, { ...publicSubscription(sub), secret: sub.secret });
  }

  private track(p: Promise<void>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Delivers a new event to every matching subscription. */
  private async deliver(stored: Pick<StoredEvent, 'event' | 'recipients'>): Promise<void> {
    const subs = await this.options.storage.listSubscriptions();
    await Promise.all(subs.map((sub) => this.deliverTo(sub, stored, 0)));
  }

  /** After a start: every delivery a previous process left neither acknowledged nor dead, from the attempt it reached. */
  private async resumeDeliveries(): Promise<void> {
    const subs = await this.options.storage.listSubscriptions();
    await Promise.all(
      subs.map(async (sub) => {
        const pending = await this.options.storage.pendingDeliveries(sub, 10_000);
        await Promise.all(pending.map((p) => this.deliverTo(sub, p, p.attempts)));
      }),
    );
  }

  /**
   * Delivers one event to one subscription, redacted for its partner, signed per Standard Webhooks, retried on the
   * schedule from attempt `from`; every attempt is recorded, so a restart resumes where this left off.
   */
  private async deliverTo(sub: StoredSubscription, stored: Pick<StoredEvent, 'event' | 'recipients'>, from: number): Promise<void> {
    const { event } = stored;
    const partner = this.options.partners.find((p) => p.org === sub.partner);
    const wanted = sub.eventTypes.length === 0 || sub.eventTypes.includes(event.type);
    const visible = partner && wanted ? await eventFor(partner, stored, looser(sub.audience as Tlp, partner.clearance)) : undefined;
    if (!visible) {
      // nothing this subscriber may see: done, so a restart does not look at it again
      await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: 0, status: null, delivered: true, dead: false });
      return;
    }
    const body = JSON.stringify(visible);
    const schedule = this.options.deliverySchedule ?? STANDARD_WEBHOOKS_SCHEDULE;
    for (let attempt = from; attempt < schedule.length; attempt++) {
      if (!(await this.wait(schedule[attempt]!))) return;
      let status: number | null = null;
      let error: string | undefined;
      try {
        const headers = await webhookHeaders({ id: event.id, body, secrets: [sub.secret] });
        const signal = AbortSignal.any([this.stopping.signal, AbortSignal.timeout(this.options.deliveryTimeoutMs ?? 15_000)]);
        const response = await fetch(sub.url, { method: 'POST', headers, body, signal });
        status = response.status;
        await response.body?.cancel();
        if (response.ok) {
          await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: attempt + 1, status, delivered: true, dead: false });
          return;
        }
        error = `HTTP ${status}`;
      } catch (e) {
        if (this.stopping.signal.aborted) return;
        error = e instanceof Error ? e.message : String(e);
      }
      const dead = attempt === schedule.length - 1;
      await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: attempt + 1, status, ...(error ? { error } : {}), delivered: false, dead });
    }
    if (from >= schedule.length) {
      await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: from, status: null, error: 'retry schedule exhausted', delivered: false, dead: true });
    }
  }

  /** Waits `ms`; false when the server is stopping instead. */
  private wait(ms: number): Promise<boolean> {
    const signal = this.stopping.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}

function publicSubscription(s: StoredSubscription) {
  return { id: s.id, url: s.url, event_types: [...s.eventTypes], audience: s.audience, created: s.created, ...(s.description ? { description: s.description } : {}) };
}
