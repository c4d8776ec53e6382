import type { ExchangeEvent } from '@gpos/exchange';
import { stixIdFor } from '@gpos/interop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, type Partner, type Storage, type StoredEvent } from '../src/index.js';
import { TAXII_MEDIA_TYPE } from '../src/taxii.js';
import { bundle, indicator } from './fixtures.js';

/**
 * A TAXII request reads at most 1000 events looking for objects its filters keep. Here 2,400 events carry nothing a
 * TAXII client can see but the last: pages come back empty with `more` and a `next` until it is reached, and an
 * object that is nowhere is 404 only once the whole collection has been read. The storage is a stand-in holding
 * the events in memory (what SqlStorage does is tested with the real database in taxii.test.ts).
 */
const EVENTS = 2400;
const added = (seq: number) => new Date(Date.UTC(2026, 2, 14) + seq * 1000).toISOString().replace('Z', '000Z');
const producer = 'TH-GOV:aoc1441';
const events: StoredEvent[] = Array.from({ length: EVENTS }, (_, i) => {
  const seq = i + 1;
  const data = seq === EVENTS ? { bundle: bundle(1, [indicator(1)]) } : { request_id: `r-${seq}` };
  const event = { id: `event--0192f0c4-7a1e-7c3b-9d2e-${seq.toString(16).padStart(12, '0')}`, type: seq === EVENTS ? 'bundle.published' : 'takedown.requested', timestamp: added(seq), producer, data } as unknown as ExchangeEvent;
  return { seq, added: added(seq), event, ...(seq === EVENTS ? {} : { recipients: ['TH-BANK:004'] }) };
});

/** The `after` of every readEvents call. */
const reads: number[] = [];
const memory = {
  head: async () => EVENTS,
  readEvents: async (after: number, limit: number) => {
    reads.push(after);
    return events.filter((e) => e.seq > after).slice(0, limit);
  },
  positionAddedAfter: async (time: string) => (events.find((e) => e.added! > time)?.seq ?? EVENTS + 1) - 1,
  hit: async () => ({ count: 1, resetAt: Date.now() + 60_000 }),
  peek: async () => ({ count: 0, resetAt: Date.now() + 60_000 }),
  claimDeliveries: async () => [],
  releaseDeliveries: async () => {},
  close: async () => {},
} as unknown as Storage;

describe('TAXII pages over a collection where little matches', () => {
  const reader: Partner = { org: 'GASA:member:example', token: 'reader-token', clearance: 'green', keys: [] };
  let server: ExchangeServer;
  let endpoint: string;
  beforeAll(async () => {
    server = new ExchangeServer({ storage: memory, partners: [reader] });
    endpoint = await server.listen();
  });
  afterAll(() => server?.close());

  const get = async (path: string) => {
    const r = await fetch(`${endpoint}/taxii2/gpos/collections/tlp-green/${path}`, { headers: { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${reader.token}` } });
    return { status: r.status, body: (await r.json()) as { more?: boolean; next?: string; objects?: { id: string }[]; error_code?: string } };
  };

  it('answers empty pages with more and next until the scan reaches what matches', async () => {
    const first = await get('objects/?limit=10');
    expect(first.body).toEqual({ more: true, next: '1001-0' });
    const second = await get(`objects/?limit=10&next=${first.body.next}`);
    expect(second.body).toEqual({ more: true, next: '2001-0' });
    const third = await get(`objects/?limit=10&next=${second.body.next}`);
    expect(third.body.more).toBe(false);
    expect(third.body.objects?.map((o) => o.id)).toContain(stixIdFor('indicator', indicator(1).id as string));
  });

  it('skips straight to what was added after a time', async () => {
    const { body } = await get(`objects/?added_after=${added(EVENTS - 1)}`);
    expect(body.more).toBe(false);
    expect(body.objects?.length).toBeGreaterThan(0);
  });

  it('resumes inside an event from the objects the page before converted, without reading the event again', async () => {
    const first = await get(`objects/?limit=2&added_after=${added(EVENTS - 1)}`);
    expect(first.body.next).toBe(`${EVENTS}-2`);
    reads.length = 0;
    const second = await get(`objects/?limit=2&next=${first.body.next}`);
    expect(second.body.objects).toHaveLength(2);
    expect(reads.every((after) => after >= EVENTS)).toBe(true);
    // and the pages are the event's objects in order, as one page has them
    const whole = await get(`objects/?limit=100&added_after=${added(EVENTS - 1)}`);
    expect([...first.body.objects!, ...second.body.objects!]).toEqual(whole.body.objects!.slice(0, 4));
  });

  it('finds one object by id across pages, and says 404 for an absent one only after the last page', async () => {
    const id = stixIdFor('indicator', indicator(1).id as string);
    let page = await get(`objects/${id}/`);
    for (let guard = 0; page.body.more && guard < 5; guard++) page = await get(`objects/${id}/?next=${page.body.next}`);
    expect(page.status).toBe(200);
    expect(page.body.objects?.map((o) => o.id)).toEqual([id]);

    const absent = stixIdFor('indicator', indicator(2).id as string);
    const statuses: number[] = [];
    let next: string | undefined = '';
    for (let guard = 0; next !== undefined && guard < 5; guard++) {
      const r = await get(`objects/${absent}/${next ? `?next=${next}` : ''}`);
      statuses.push(r.status);
      next = r.body.more ? r.body.next : undefined;
      if (r.status === 404) expect(r.body.error_code).toBe('not_found');
    }
    expect(statuses).toEqual([200, 200, 404]);
  });
});
