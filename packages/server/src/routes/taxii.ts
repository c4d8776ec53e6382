import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { toStix, type StixObject } from '@gpos/interop';
import type { Bundle } from '@gpos/types';
import { Problem, problem } from '../http.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PAGE_BYTES, type Partner } from '../options.js';
import { eventFor } from '../policy.js';
import type { StoredEvent } from '../storage.js';
import { STIX_MEDIA_TYPE, TAXII_API_ROOT_PATH, TAXII_MEDIA_TYPE, collectionResource, collectionsFor, type TaxiiCollection } from '../taxii.js';
import type { RouteContext } from './context.js';

/**
 * The TAXII 2.1 resources of the exchange, read-only: discovery, one API root, a collection per TLP audience the
 * partner is cleared for, and each collection's objects and manifest. A collection is the GPOS feed at that audience
 * — the same events, the same TLP policy and redaction (src/policy.ts) — with each visible bundle converted by
 * `@gpos/interop`'s `toStix`. The objects of one event keep toStix's order; events keep the feed's.
 *
 * Paging counts STIX objects, not records: an indicator gives three (indicator, observable, based-on relationship),
 * and every event also carries the identities, the GPOS extension-definition and the TLP 2.0 marking-definitions its
 * objects refer to, so each event stands alone. A page may therefore end inside an event; `next` says where: the feed
 * position of that event and how many of its matching objects were already served. `date_added` is when the exchange added the event, which
 * increases with the position, so `added_after` and the `X-TAXII-Date-Added-Last` header agree with `next`.
 */

/** The most objects a page holds, whatever `limit` asks (a larger limit is served as this, as TAXII allows). */
export const TAXII_MAX_PAGE = 1000;
const DEFAULT_PAGE = 100;
/** The most events one request reads looking for objects the filters keep, before it answers with what it has. */
const MAX_EVENTS_SCANNED = 1000;
const MAX_FILTER_VALUES = 100;

const STIX_TYPE = /^[a-z0-9][a-z0-9-]{0,249}$/;
const STIX_ID = /^[a-z0-9][a-z0-9-]{0,249}--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
const NEXT = /^(\d{1,16})-(\d{1,9})$/;

/** Where a page starts: the first event at or after feed position `seq`, less the first `skip` matching objects of event `seq`. */
interface Position {
  readonly seq: number;
  readonly skip: number;
}

interface ObjectsQuery {
  readonly start?: Position;
  /** RFC 3339 UTC with exactly six fractional digits, as the storage writes `added`. */
  readonly addedAfter?: string;
  readonly limit: number;
  readonly types?: ReadonlySet<string>;
  readonly ids?: ReadonlySet<string>;
  /** False when `match[spec_version]` leaves out 2.1, the only version served. */
  readonly specVersion: boolean;
}

interface Item {
  readonly object: StixObject;
  readonly added: string;
  readonly json: string;
}

/** `GET /taxii2/`: the discovery resource (TAXII 2.1 §4.1.1). */
export function discovery(base: string, res: FastifyReply): void {
  const root = base + TAXII_API_ROOT_PATH;
  sendTaxii(res, {
    title: 'GPOS exchange',
    description: 'GPOS records as STIX 2.1 over TAXII 2.1: the GPOS feed of this exchange, redacted for each TLP audience you are cleared for.',
    default: root,
    api_roots: [root],
  });
}

/** `GET /taxii2/gpos/`: the API root resource (TAXII 2.1 §4.2.1). */
export function apiRoot(ctx: RouteContext, res: FastifyReply): void {
  sendTaxii(res, {
    title: 'GPOS records as STIX 2.1',
    description: 'Read-only collections, one per TLP audience; objects are converted from GPOS records by @gpos/interop (toStix).',
    versions: [TAXII_MEDIA_TYPE],
    max_content_length: ctx.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
}

/** `GET /taxii2/gpos/collections/`: the collections this partner is cleared for (TAXII 2.1 §5.1). */
export function collections(partner: Partner, res: FastifyReply): void {
  sendTaxii(res, { collections: collectionsFor(partner).map(collectionResource) });
}

/** The collection `id` (or alias) names, when `partner` is cleared for it; 404 `not_found` otherwise, listed or not. */
export function collectionOf(partner: Partner, id: string): TaxiiCollection {
  const found = collectionsFor(partner).find((c) => c.id === id || c.alias === id);
  if (!found) throw new Problem('not_found', `No collection ${JSON.stringify(id.slice(0, 100))} is available to ${partner.org}.`);
  return found;
}

/** `GET …/collections/{id}/`: one collection resource (TAXII 2.1 §5.2). */
export function collection(partner: Partner, id: string, res: FastifyReply): void {
  sendTaxii(res, collectionResource(collectionOf(partner, id)));
}

/**
 * `GET …/collections/{id}/objects/` (TAXII 2.1 §5.3), `…/manifest/` (§5.6) and `…/objects/{object-id}/` (§5.5):
 * a page of the collection's objects, or of their manifest entries, in an envelope with `more` and `next`.
 */
export async function objects(ctx: RouteContext, partner: Partner, id: string, url: URL, res: FastifyReply, view: { manifest?: boolean; objectId?: string } = {}): Promise<void> {
  const target = collectionOf(partner, id);
  if (view.objectId !== undefined && !STIX_ID.test(view.objectId)) throw problem('invalid_parameter', 'The object id is not a STIX identifier (`type--uuid`).');
  const query = parseQuery(url.searchParams, view.objectId);
  const page = await readPage(ctx, partner, target, query);
  if (view.objectId !== undefined && page.items.length === 0 && !page.more) throw problem('not_found', `No object ${view.objectId} is in this collection for ${partner.org}.`);
  const headers: Record<string, string> = {};
  if (page.items.length > 0) {
    headers['x-taxii-date-added-first'] = page.items[0]!.added;
    headers['x-taxii-date-added-last'] = page.items.at(-1)!.added;
  }
  const entries = view.manifest
    ? page.items.map((i) => JSON.stringify({ id: i.object.id, date_added: i.added, version: versionOf(i), media_type: STIX_MEDIA_TYPE }))
    : page.items.map((i) => i.json);
  const head = `{"more":${page.more}${page.next ? `,"next":${JSON.stringify(page.next)}` : ''}`;
  res.code(200).header('content-type', TAXII_MEDIA_TYPE).headers(headers);
  // written item by item, as the GPOS feed is: the page never exists twice in memory
  res.send(Readable.from(envelopeChunks(head, entries)));
}

function* envelopeChunks(head: string, entries: readonly string[]): Generator<string> {
  yield head;
  if (entries.length > 0) {
    yield ',"objects":[';
    for (let i = 0; i < entries.length; i++) yield i === 0 ? entries[i]! : `,${entries[i]}`;
    yield ']';
  }
  yield '}';
}

/** The version of an object as a manifest names it: `modified`, else `created`, else (an observable) when it was added. */
const versionOf = (item: Item) => (typeof item.object.modified === 'string' ? item.object.modified : typeof item.object.created === 'string' ? item.object.created : item.added);

function sendTaxii(res: FastifyReply, body: unknown): void {
  // a Buffer: Fastify leaves its media type as set (see sendTaxiiError)
  res.code(200).header('content-type', TAXII_MEDIA_TYPE).send(Buffer.from(JSON.stringify(body)));
}

/** One query parameter: absent, or given once (400 `invalid_parameter` when repeated). */
function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) throw problem('invalid_parameter', `${name} may be given once.`);
  return all[0];
}

/** The comma-separated values of a `match[…]` filter, each checked by `pattern`; undefined when absent. */
function matchValues(params: URLSearchParams, field: string, pattern: RegExp, what: string): Set<string> | undefined {
  const given = params.getAll(`match[${field}]`);
  if (given.length === 0) return undefined;
  const values = given.flatMap((v) => v.split(',')).map((v) => v.trim());
  if (values.length > MAX_FILTER_VALUES) throw problem('invalid_parameter', `match[${field}] may list at most ${MAX_FILTER_VALUES} values.`);
  const bad = values.find((v) => !pattern.test(v));
  if (bad !== undefined) throw problem('invalid_parameter', `match[${field}] lists ${JSON.stringify(bad.slice(0, 100))}, which is not ${what}.`);
  return new Set(values);
}

function parseQuery(params: URLSearchParams, objectId: string | undefined): ObjectsQuery {
  const limitText = single(params, 'limit');
  let limit = DEFAULT_PAGE;
  if (limitText !== undefined) {
    if (!/^\d{1,30}$/.test(limitText) || /^0+$/.test(limitText)) throw problem('invalid_parameter', 'limit must be a positive integer.');
    // TAXII lets a server return fewer than asked: any larger limit is served as the largest page
    limit = Math.min(Number(limitText), TAXII_MAX_PAGE);
  }
  const addedAfterText = single(params, 'added_after');
  const addedAfter = addedAfterText === undefined ? undefined : timestamp(addedAfterText);
  const nextText = single(params, 'next');
  const start = nextText === undefined ? undefined : position(nextText);
  const version = matchValues(params, 'version', /^[a-z0-9.:TZ-]{1,40}$/i, 'a version');
  if (version && [...version].some((v) => v !== 'all')) {
    throw problem('invalid_parameter', 'This server serves every version of an object as the exchange added it: match[version] may only be `all`.');
  }
  const specVersions = matchValues(params, 'spec_version', /^\d\.\d$/, 'a STIX version such as 2.1');
  const types = matchValues(params, 'type', STIX_TYPE, 'a STIX type');
  const ids = objectId !== undefined ? new Set([objectId]) : matchValues(params, 'id', STIX_ID, 'a STIX identifier');
  return { limit, specVersion: !specVersions || specVersions.has('2.1'), ...(start ? { start } : {}), ...(addedAfter ? { addedAfter } : {}), ...(types ? { types } : {}), ...(ids ? { ids } : {}) };
}

/** `added_after` as the storage compares it (six fractional digits, cut rather than rounded); 400 unless a real RFC 3339 UTC time. */
function timestamp(text: string): string {
  const m = TIMESTAMP.exec(text);
  const fail = () => problem('invalid_parameter', 'added_after must be an RFC 3339 UTC timestamp, such as 2026-03-14T10:00:05.123456Z.');
  if (!m) throw fail();
  const [, y, mo, d, h, mi, s, fraction = ''] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  if (Number(y) < 1 || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || date.getUTCHours() !== Number(h) || date.getUTCMinutes() !== Number(mi) || date.getUTCSeconds() !== Number(s)) throw fail();
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${fraction.slice(0, 6).padEnd(6, '0')}Z`;
}

/** A `next` this server issued: `<feed position>-<objects of it already served>`; 400 for anything else. */
function position(text: string): Position {
  const m = NEXT.exec(text);
  const seq = Number(m?.[1]);
  if (!m || seq < 1 || seq > Number.MAX_SAFE_INTEGER) throw problem('invalid_parameter', 'next is not one this server issued.');
  return { seq, skip: Number(m[2]) };
}

const formatPosition = (p: Position) => `${p.seq}-${p.skip}`;

/**
 * The STIX objects of events a page ended inside, as one partner sees them at one audience, so the next page does
 * not redact and convert the event again: a bundle of 10 000 records is 30 000 objects, some 30 pages, and takes
 * seconds to convert. At most `MAX_CACHED_OBJECTS` objects, the least recently used going first; one cache a server.
 */
class ObjectCache {
  private readonly entries = new Map<string, CachedEvent>();
  private objects = 0;

  get(key: string): CachedEvent | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, event: CachedEvent): void {
    if (event.objects.length > MAX_CACHED_OBJECTS || this.entries.has(key)) return;
    this.entries.set(key, event);
    this.objects += event.objects.length;
    for (const [oldest, held] of this.entries) {
      if (this.objects <= MAX_CACHED_OBJECTS) break;
      this.entries.delete(oldest);
      this.objects -= held.objects.length;
    }
  }
}

interface CachedEvent {
  readonly added: string;
  readonly objects: readonly StixObject[];
}

// one bundle at the largest size a partner may publish (10 000 records, some 30 000 objects)
const MAX_CACHED_OBJECTS = 40_000;
const caches = new WeakMap<RouteContext, ObjectCache>();
const cacheOf = (ctx: RouteContext) => caches.get(ctx) ?? caches.set(ctx, new ObjectCache()).get(ctx)!;
// the partner, the audience and the event decide what is visible; an event never changes once stored
const cacheKey = (partner: Partner, target: TaxiiCollection, seq: number) => `${partner.org}\u0000${target.audience}\u0000${seq}`;

/** Every STIX object of a stored event that `partner` may see at the collection's audience. */
async function visibleObjects(cache: ObjectCache, partner: Partner, row: StoredEvent, target: TaxiiCollection): Promise<readonly StixObject[]> {
  const cached = cache.get(cacheKey(partner, target, row.seq));
  if (cached) return cached.objects;
  const visible = await eventFor(partner, row, target.audience);
  const bundle = (visible?.data as { bundle?: Bundle } | undefined)?.bundle;
  return bundle ? toStix(bundle).bundle.objects : [];
}

/** Whether the query keeps nothing of an event added at `added`: STIX other than 2.1 only, or added no later than `added_after`. */
const skipped = (added: string, query: ObjectsQuery) => !query.specVersion || (query.addedAfter !== undefined && added <= query.addedAfter);

/** Of an event's objects, those the query keeps. */
function kept(objects: readonly StixObject[], added: string, query: ObjectsQuery): readonly StixObject[] {
  if (skipped(added, query)) return [];
  return objects.filter((o) => (!query.types || query.types.has(o.type)) && (!query.ids || query.ids.has(o.id)));
}

async function readPage(ctx: RouteContext, partner: Partner, target: TaxiiCollection, query: ObjectsQuery): Promise<{ items: Item[]; more: boolean; next?: string }> {
  const storage = ctx.options.storage;
  const cache = cacheOf(ctx);
  const maxBytes = ctx.options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const head = await storage.head();
  if (query.start && query.start.seq > head + 1) throw problem('invalid_parameter', 'next is not one this server issued.');
  let at: Position = query.start ?? { seq: 1, skip: 0 };
  if (query.addedAfter !== undefined) {
    const after = (await storage.positionAddedAfter(query.addedAfter)) + 1;
    if (after > at.seq) at = { seq: after, skip: 0 };
  }
  const items: Item[] = [];
  let bytes = 0;
  /** Serves what the query keeps of one event's objects from `at`; the page when it is full. */
  const serve = (seq: number, added: string, all: readonly StixObject[]): { items: Item[]; more: boolean; next: string } | undefined => {
    const found = kept(all, added, query);
    for (let i = seq === at.seq ? at.skip : 0; i < found.length; i++) {
      const json = JSON.stringify(found[i]);
      // a page ends at the limit, or before the object that would take it past maxPageBytes (it always holds one)
      if (items.length === query.limit || (items.length > 0 && bytes + json.length > maxBytes)) {
        cache.set(cacheKey(partner, target, seq), { added, objects: all });
        return { items, more: true, next: formatPosition({ seq, skip: i }) };
      }
      items.push({ object: found[i]!, added, json });
      bytes += json.length;
    }
    at = { seq: seq + 1, skip: 0 };
    return undefined;
  };
  // resuming inside an event the page before ended in: its objects are at hand, with no need to read it again
  const resumed = at.skip > 0 ? cache.get(cacheKey(partner, target, at.seq)) : undefined;
  if (resumed) {
    const full = serve(at.seq, resumed.added, resumed.objects);
    if (full) return full;
  }
  let scanned = 0;
  // an event may hold thousands of objects or none the query keeps: read a few events first, more while they fall short
  for (let batch = 4; scanned < MAX_EVENTS_SCANNED; batch = Math.min(100, batch * 2)) {
    const rows = await storage.readEvents(at.seq - 1, Math.min(batch, MAX_EVENTS_SCANNED - scanned), maxBytes);
    if (rows.length === 0) return { items, more: false };
    for (const row of rows) {
      scanned++;
      const added = row.added ?? row.event.timestamp;
      const full = serve(row.seq, added, skipped(added, query) ? [] : await visibleObjects(cache, partner, row, target));
      if (full) return full;
    }
  }
  // the scan budget ran out: what was found, and where to go on
  const more = at.seq - 1 < (await storage.head());
  return more ? { items, more, next: formatPosition(at) } : { items, more };
}
