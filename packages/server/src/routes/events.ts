import type { FastifyReply } from 'fastify';
import { checkEvent, type ExchangeEvent } from '@gpos/exchange';
import { canonicalJson } from '@gpos/sdk';
import { Problem, jsonBody, problem, send, sha256Hex } from '../http.js';
import type { Partner } from '../options.js';
import { assertSpeaksFor, checkBundle, foreignRecord } from './bundles.js';
import type { RouteContext } from './context.js';
import { checkPublishQuota } from './quota.js';

/** The fields of an event's data that name who acts: the sender must speak for them. */
const SPEAKER_FIELDS = ['requested_by', 'from', 'actor', 'by'] as const;

/** Requests whose id their replies name: no other request of the type may hold the same id, or replies go astray. */
const REQUEST_IDS: Partial<Record<ExchangeEvent['type'], string>> = { 'takedown.requested': 'request_id', 'case.referred': 'referral_id' };

/** A request and the event type of its reply, and the field that links them. */
const REPLIES: Partial<Record<ExchangeEvent['type'], { request: ExchangeEvent['type']; field: string; addressee: string }>> = {
  'takedown.outcome': { request: 'takedown.requested', field: 'request_id', addressee: 'addressed_to' },
  'case.referral_acknowledged': { request: 'case.referred', field: 'referral_id', addressee: 'to' },
};

/** `POST /v1/events`: takedown requests and outcomes, referrals and acknowledgements, indicator and commitment events. */
export async function postEvent(ctx: RouteContext, partner: Partner, raw: unknown, res: FastifyReply): Promise<void> {
  const body = jsonBody(raw);
  const checked = checkEvent(body);
  if (!checked.ok) throw new Problem('invalid_event', `The body is not a GPOS exchange event: ${checked.reason}.`);
  const event = checked.event;
  if (event.type === 'bundle.published') throw new Problem('invalid_event', 'Publish bundles with POST /v1/bundles; the exchange emits bundle.published itself.');
  if (event.producer !== partner.org) throw new Problem('forbidden', `An event from ${partner.org} must name it as producer, not ${JSON.stringify(event.producer)}.`);
  const data = event.data as Record<string, unknown>;
  for (const field of SPEAKER_FIELDS) if (typeof data[field] === 'string') assertSpeaksFor(partner, data[field], `/data/${field}`);
  if (data.bundle !== undefined) await checkBundle(ctx, partner, data.bundle, '/data/bundle');

  let recipients: string[] | undefined;
  if (event.type === 'takedown.requested') recipients = [String(data.addressed_to)];
  else if (event.type === 'case.referred') recipients = [String(data.to)];
  const reply = REPLIES[event.type];
  if (reply) {
    const request = await ctx.options.storage.findEvent(reply.request, reply.field, String(data[reply.field]));
    const addressee = request && (request.event.data as Record<string, unknown>)[reply.addressee];
    if (!request || addressee !== partner.org) {
      throw new Problem('unknown_request', `No ${reply.request} with ${reply.field} ${JSON.stringify(data[reply.field])} is addressed to ${partner.org}.`);
    }
    recipients = [request.event.producer];
  }

  await checkPublishQuota(ctx, partner, Buffer.byteLength(JSON.stringify(event)));
  const { signature: _signature, ...unsigned } = (data.bundle ?? {}) as Record<string, unknown>;
  const digest = sha256Hex(new TextEncoder().encode(canonicalJson({ ...event, data: { ...data, ...(data.bundle ? { bundle: unsigned } : {}) } })));
  const unique = REQUEST_IDS[event.type];
  const stored = await ctx.options.storage.putEvent({ event, digest, ...(recipients ? { recipients } : {}), ...(unique ? { unique } : {}) });
  if (stored.outcome === 'taken') throw problem('request_id_taken', `Another ${event.type} event already has ${unique} ${JSON.stringify(data[unique!])}: choose a new one (a UUIDv7).`, { pointer: `/data/${unique}` });
  if (stored.outcome === 'conflict') throw new Problem('conflict', `Another event was already sent as ${event.id}.`);
  if (stored.outcome === 'foreign_record') throw foreignRecord(stored.recordId);
  send(res, stored.outcome === 'stored' ? 201 : 200, { event_id: event.id, duplicate: stored.outcome === 'duplicate' });
  if (stored.outcome === 'stored') ctx.notify();
}
