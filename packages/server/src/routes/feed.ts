import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { isEventType, type ExchangeEvent } from '@gpos/exchange';
import { TLP_ORDER, tlpRank } from '@gpos/schema';
import { isTlp } from '@gpos/sdk';
import { Problem } from '../http.js';
import { DEFAULT_MAX_PAGE_BYTES, type Partner } from '../options.js';
import { eventFor } from '../policy.js';
import type { RouteContext } from './context.js';

const CURSOR = /^\d{1,20}$/;
const formatCursor = (seq: number) => String(seq).padStart(20, '0');

/** `GET /v1/feed`: the events after the cursor this partner may see, oldest first, each redacted for its audience. */
export async function feed(ctx: RouteContext, partner: Partner, url: URL, res: FastifyReply): Promise<void> {
  const cursor = url.searchParams.get('cursor');
  // a cursor is a feed position: digits, and no larger than a position can be (beyond 2^53 it is none this server issued)
  if (cursor !== null && (!CURSOR.test(cursor) || BigInt(cursor) > BigInt(Number.MAX_SAFE_INTEGER))) {
    throw new Problem('invalid_parameter', 'The cursor is not one this server issued.');
  }
  const audience = url.searchParams.get('audience') ?? partner.clearance;
  if (!isTlp(audience)) throw new Problem('invalid_parameter', `audience must be one of ${TLP_ORDER.join(', ')}.`);
  if (tlpRank(audience) > tlpRank(partner.clearance)) throw new Problem('forbidden', `${partner.org} is cleared for TLP:${partner.clearance.toUpperCase()}, not ${audience.toUpperCase()}.`);
  const limitParam = Number(url.searchParams.get('limit') ?? 100);
  if (!Number.isInteger(limitParam) || limitParam < 1 || limitParam > 1000) throw new Problem('invalid_parameter', 'limit must be an integer from 1 to 1000.');
  const types = url.searchParams.get('types')?.split(',').filter(Boolean);
  if (types?.some((t) => !isEventType(t))) throw new Problem('invalid_parameter', 'types lists an unknown event type.');
  const maxBytes = ctx.options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  let after = cursor === null ? 0 : Number(cursor);
  const items: string[] = [];
  let bytes = 0;
  // scan on past events this partner may not see, so a page is full whenever more visible events exist; a page
  // also ends before the item that would take it past maxPageBytes (it always holds at least one), so one
  // partner's large bundles cannot make a page the server is unable to build or a client to hold
  scan: for (let scanned = 0; items.length < limitParam && scanned < limitParam * 10; ) {
    const rows = await ctx.options.storage.readEvents(after, limitParam, maxBytes);
    if (rows.length === 0) break;
    for (const row of rows) {
      scanned++;
      if (!types || types.includes(row.event.type)) {
        const visible = await eventFor(partner, row, audience);
        if (visible) {
          const item = JSON.stringify({ cursor: formatCursor(row.seq), event: visible });
          if (items.length > 0 && bytes + item.length > maxBytes) break scan;
          items.push(item);
          bytes += item.length;
        }
      }
      after = row.seq;
      if (items.length === limitParam) break scan;
    }
  }
  const head = await ctx.options.storage.head();
  const tail = `],"next_cursor":${JSON.stringify(formatCursor(after))},"has_more":${after < head}}`;
  // written item by item rather than as one string: the page never exists twice in memory
  res.code(200).header('content-type', 'application/json');
  res.send(Readable.from(pageChunks(items, tail)));
}

function* pageChunks(items: string[], tail: string): Generator<string> {
  yield '{"items":[';
  for (let i = 0; i < items.length; i++) yield i === 0 ? items[i]! : `,${items[i]}`;
  yield tail;
}
