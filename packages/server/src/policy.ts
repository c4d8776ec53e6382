import type { ExchangeEvent } from '@gpos/exchange';
import { tlpRank } from '@gpos/schema';
import { redact } from '@gpos/sdk';
import type { Bundle, Tlp } from '@gpos/types';
import type { Partner } from './options.js';
import type { StoredEvent } from './storage.js';

/** The TLP policy of the exchange: who may see an event, and at which label. */

export const stricter = (a: Tlp, b: Tlp): Tlp => (tlpRank(a) >= tlpRank(b) ? a : b);
export const looser = (a: Tlp, b: Tlp): Tlp => (tlpRank(a) <= tlpRank(b) ? a : b);

/**
 * The TLP label a partner may receive an event at, or undefined when it may not receive it at all. Its own
 * events: whatever it asks for. An event addressed to named organisations (a takedown request, a referral, their
 * answers): only those, and TLP:AMBER+STRICT included when they ask for AMBER or more, since they are the named
 * recipients (RED only when they ask for RED).
 * Anything else: at most TLP:AMBER, because AMBER+STRICT and RED name recipients a broadcast cannot honour.
 */
export function audienceFor(partner: Partner, stored: Pick<StoredEvent, 'event' | 'recipients'>, requested: Tlp): Tlp | undefined {
  if (stored.event.producer === partner.org) return requested;
  if (stored.recipients) {
    if (!stored.recipients.includes(partner.org)) return undefined;
    // AMBER+STRICT is "this organisation only": a partner cleared for AMBER is that organisation here
    return tlpRank(requested) >= tlpRank('amber') ? stricter(requested, 'amber+strict') : requested;
  }
  return looser(requested, 'amber');
}

/** The event as `partner` may see it: its bundle redacted; undefined when nothing is left for it to see. */
export async function eventFor(partner: Partner, stored: Pick<StoredEvent, 'event' | 'recipients'>, requested: Tlp): Promise<ExchangeEvent | undefined> {
  const audience = audienceFor(partner, stored, requested);
  if (audience === undefined) return undefined;
  const { event } = stored;
  const bundle = (event.data as { bundle?: Bundle }).bundle;
  if (bundle === undefined) return event;
  const redacted = await redact(bundle, { audience });
  if (redacted.records.length === 0) return undefined;
  return { ...event, data: { ...event.data, bundle: redacted } } as ExchangeEvent;
}
