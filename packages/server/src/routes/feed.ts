import type { FastifyReply } from 'fastify';
import { isEventType, type ExchangeEvent } from '@gpos/exchange';
import { TLP_ORDER, tlpRank } from '@gpos/schema';
import { isTlp } from '@gpos/sdk';
import { Problem, send } from '../http.js';
import type { Partner } from '../options.js';
import { eventFor } from '../policy.js';
import type { RouteContext } from './context.js';

const CURSOR = /^\d{1,20}$/;
const formatCursor = (seq: number) => String(seq).padStart(20, '0');

/** `GET /v1/feed`: the events after the cursor this partner may see, oldest first, each redacted for its audience. */
export async function feed(ctx: RouteContext, partner: Partner, url: URL, res: FastifyReply): Promise<void> {
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
    const rows = await ctx.options.storage.readEvents(after, limitParam);
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
  const head = await ctx.options.storage.head();
  send(res, 200, { items, next_cursor: formatCursor(after), has_more: after < head });
}
