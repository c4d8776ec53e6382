import type { FastifyReply } from 'fastify';
import { eventId, type ExchangeEvent } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import { Problem, jsonBody, problem, send } from '../http.js';
import { DEFAULT_MAX_RECORDS_PER_BUNDLE, type Partner } from '../options.js';
import type { RouteContext } from './context.js';
import { checkPublishQuota } from './quota.js';

/** `POST /v1/bundles`: a signed bundle from its producer, stored with its bundle.published event, idempotently. */
export async function publishBundle(ctx: RouteContext, partner: Partner, body: unknown, res: FastifyReply): Promise<void> {
  const bundle = jsonBody(body);
  // serialised once: sent to the checking thread, counted against the quota and stored
  const json = JSON.stringify(bundle);
  const { kid, digest } = await checkBundle(ctx, partner, bundle, '', json);
  const valid = bundle as Bundle;
  await checkPublishQuota(ctx, partner, Buffer.byteLength(json));
  const event: ExchangeEvent = { id: eventId(), type: 'bundle.published', timestamp: new Date().toISOString(), producer: partner.org, data: { bundle: valid } };
  const lease = ctx.deliveryLease();
  const stored = await ctx.options.storage.putBundle({ bundle: valid, digest, partner: partner.org, event, body: json, ...(lease ? { lease } : {}) });
  if (stored.outcome === 'conflict') throw new Problem('conflict', `Another bundle was already published as ${valid.id}.`);
  if (stored.outcome === 'foreign_record') throw foreignRecord(stored.recordId);
  const receipt = { bundle_id: valid.id, duplicate: stored.outcome === 'duplicate', records: valid.records.length, event_id: stored.eventId, signed_by: kid };
  send(res, stored.outcome === 'stored' ? 201 : 200, receipt);
  if (stored.outcome !== 'stored' || stored.deliveries === 0) return;
  // deliveries leased to this process as the bundle was stored go out from memory at once; any others are claimed
  if (stored.leased) ctx.handOff(stored.leased, { seq: stored.seq, event });
  if (stored.leased?.length !== stored.deliveries) ctx.notify();
}

/** 403 `foreign_record_id`: a record id another source published first stays that source's. */
export const foreignRecord = (id: string) =>
  new Problem('foreign_record_id', `${id} was first published by another source; only that source may publish new versions of it.`);

/** 403 `not_your_organisation` unless `partner` may speak for `org`: a partner publishes only as itself. */
export function assertSpeaksFor(partner: Partner, org: string, pointer: string): void {
  if (org === partner.org || partner.speaksFor?.includes(org)) return;
  throw new Problem('not_your_organisation', `${partner.org} may not speak for ${org} (${pointer}).`, { pointer });
}

/**
 * A signed bundle in an event: the partner must be its producer, the signature must verify, the bundle must be valid.
 * Answers the key id it was signed with and the digest of its signed content.
 */
export async function checkBundle(ctx: RouteContext, partner: Partner, bundle: unknown, pointer: string, json?: string): Promise<{ kid: string; digest: string }> {
  if (bundle === null || typeof bundle !== 'object' || (bundle as { type?: unknown }).type !== 'bundle') {
    throw new Problem('invalid_json', `${pointer || 'The body'} must be a GPOS bundle (\`"type": "bundle"\`).`);
  }
  const producer = (bundle as { producer?: unknown }).producer;
  if (producer !== partner.org) throw new Problem('forbidden', `A bundle from ${partner.org} must name it as producer, not ${JSON.stringify(producer)}.`);
  const records = (bundle as { records?: unknown }).records;
  const most = ctx.options.maxRecordsPerBundle ?? DEFAULT_MAX_RECORDS_PER_BUNDLE;
  if (Array.isArray(records) && records.length > most) {
    throw problem('too_many_records', `${pointer || 'The bundle'} holds ${records.length} records; the limit is ${most} a bundle: split it.`);
  }
  (Array.isArray(records) ? records : []).forEach((record: unknown, i) => {
    const source = (record as { source?: unknown } | null)?.source;
    // a source that is not a string is the validator's to report; here only whose name it is matters
    if (typeof source === 'string') assertSpeaksFor(partner, source, `${pointer}/records/${i}/source`);
  });
  // signature and validity, off the event loop for a large bundle: the other requests go on while it is checked
  const result = await ctx.checker.check(bundle, partner.keys, json);
  if (!result.verified.ok) throw new Problem(result.verified.code, result.verified.reason);
  if (!result.valid) {
    throw new Problem('invalid_bundle', `The bundle has ${result.errors} error(s).`, {
      problems: result.problems.map((p) => ({ ...p, pointer: pointer + p.pointer })),
    });
  }
  return { kid: result.verified.kid, digest: result.digest! };
}
