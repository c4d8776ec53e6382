import type { FastifyReply } from 'fastify';
import { generateWebhookSecret, isEventType } from '@gpos/exchange';
import { Problem, jsonBody, send } from '../http.js';
import type { Partner } from '../options.js';
import type { StoredSubscription } from '../storage.js';
import type { RouteContext } from './context.js';
import { checkWebhookUrl } from '../webhook-target.js';

/** Subscriptions a partner may hold unless `maxSubscriptionsPerPartner` says otherwise. */
export const DEFAULT_MAX_SUBSCRIPTIONS = 10;
/** The largest subscription request body: 64 KiB. */
export const SUBSCRIPTION_BODY_BYTES = 64 * 1024;
const SUBSCRIPTION = /^\/v1\/subscriptions\/(sub_[A-Za-z0-9]{8,64})(\/dead-letters)?$/;

/** `POST /v1/subscriptions`: a webhook subscription for this partner; its `whsec_` secret is answered once. */
export async function subscribe(ctx: RouteContext, partner: Partner, raw: unknown, res: FastifyReply): Promise<void> {
  const body = (jsonBody(raw) ?? {}) as { url?: unknown; event_types?: unknown; description?: unknown };
  const target = await checkWebhookUrl(body.url, { allowLoopback: ctx.options.allowLoopbackWebhooks === true });
  const existing = await ctx.options.storage.listSubscriptions(partner.org);
  // each subscription is a delivery per event: a cap, and one subscription per URL, keep one partner from multiplying them
  const cap = ctx.options.maxSubscriptionsPerPartner ?? DEFAULT_MAX_SUBSCRIPTIONS;
  if (existing.some((s) => s.url === target.href)) throw new Problem('subscription_exists', `${partner.org} already has a subscription to ${target.href}.`);
  if (existing.length >= cap) throw new Problem('too_many_subscriptions', `A partner may hold at most ${cap} subscriptions; delete one first.`);
  const eventTypes = body.event_types === undefined ? [] : body.event_types;
  if (!Array.isArray(eventTypes) || !eventTypes.every(isEventType)) throw new Problem('invalid_subscription', '`event_types` must list known event types.');
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
  await ctx.options.storage.createSubscription(sub);
  send(res, 201, { ...publicSubscription(sub), secret: sub.secret });
}

/** `GET /v1/subscriptions`: this partner's subscriptions, without their secrets. */
export async function listSubscriptions(ctx: RouteContext, partner: Partner, res: FastifyReply): Promise<void> {
  const items = (await ctx.options.storage.listSubscriptions(partner.org)).map(publicSubscription);
  send(res, 200, { items });
}

/**
 * `GET`/`DELETE /v1/subscriptions/{id}` and `GET /v1/subscriptions/{id}/dead-letters`, for this partner's own
 * subscriptions. Resolves false when the path is not a subscription's, or the method is not one of these.
 */
export async function subscriptionRoute(ctx: RouteContext, partner: Partner, method: string, pathname: string, res: FastifyReply): Promise<boolean> {
  const sub = SUBSCRIPTION.exec(pathname);
  if (!sub) return false;
  const found = (await ctx.options.storage.listSubscriptions(partner.org)).find((s) => s.id === sub[1]);
  if (!found) throw new Problem('not_found', `No subscription ${sub[1]} for ${partner.org}.`);
  if (method === 'GET' && sub[2]) {
    const items = (await ctx.options.storage.deadLetters(found.id)).map((d) => ({ event_id: d.eventId, attempts: d.attempts, last_error: d.lastError }));
    send(res, 200, { items });
    return true;
  }
  if (method === 'GET') {
    send(res, 200, publicSubscription(found));
    return true;
  }
  if (method === 'DELETE') {
    await ctx.options.storage.deleteSubscription(partner.org, found.id);
    send(res, 204);
    return true;
  }
  return false;
}

/** Whether the path is a subscription's (for 405 rather than 404). */
export const isSubscriptionPath = (pathname: string) => SUBSCRIPTION.test(pathname);

export function publicSubscription(s: StoredSubscription) {
  return { id: s.id, url: s.url, event_types: [...s.eventTypes], audience: s.audience, created: s.created, ...(s.description ? { description: s.description } : {}) };
}
