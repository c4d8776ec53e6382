import type { Bundle } from '@gpos/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlStorage } from '../src/index.js';
import { BACKENDS, backendAvailable, openTestStorage } from './backends.js';
import { bundle, event, indicator } from './fixtures.js';

// bundles published at the same time are stored in one transaction, each with its own outcome; one that fails fails alone
describe.each(BACKENDS.map((backend) => ({ backend })))('bundles stored together on $backend', ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  let storage: SqlStorage;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ storage, dispose } = await openTestStorage(backend, 'batched'));
  }, 60_000);
  afterAll(async () => {
    await dispose?.();
  });

  const put = (b: Bundle, n: number, producer = b.producer) =>
    storage.putBundle({ bundle: b, digest: `digest-${b.id}-${JSON.stringify(b.records).length}`, partner: producer, event: { ...event(n, b), producer } });
  const fromBank = (n: number, ids: number[]) => {
    const b = bundle(n, ids.map((i) => ({ ...indicator(i), source: 'TH-BANK:004' })), 'green', 'TH-BANK:004');
    return b;
  };

  it('answers each bundle of a batch on its own: stored, duplicate, conflict and foreign record', async () => {
    const first = bundle(1, [indicator(1), indicator(2)]);
    const results = await Promise.all([
      put(first, 1),
      put(first, 2), // the same bundle again, in the same batch: a duplicate of the first
      put({ ...first, records: [indicator(3)] }, 3), // other content under the first's id
      put(fromBank(4, [2]), 4), // a record id the first bundle's source has just claimed
      put(bundle(5, [indicator(5)]), 5),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['stored', 'duplicate', 'conflict', 'foreign_record', 'stored']);
    expect(results[1]).toMatchObject({ eventId: (results[0] as { eventId: string }).eventId });
    expect(results[3]).toMatchObject({ recordId: indicator(2).id });
    const events = await storage.readEvents(0, 100);
    expect(events.map((e) => (e.event.data as { bundle: Bundle }).bundle.id)).toEqual([first.id, bundle(5, []).id]);
    expect((events[0]!.event.data as { bundle: Bundle }).bundle).toEqual(first);
  });

  it('stores every other bundle of a batch when one of them fails', async () => {
    const clash = event(6); // an event id already stored: its insert fails, and with it the transaction it shares
    const results = await Promise.allSettled([
      put(bundle(10, [indicator(10)]), 10),
      storage.putBundle({ bundle: bundle(11, [indicator(11)]), digest: 'd11', partner: 'TH-GOV:aoc1441', event: { ...clash, id: event(1).id } }),
      put(bundle(12, [indicator(12)]), 12),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ids = (await storage.readEvents(0, 100)).map((e) => (e.event.data as { bundle: Bundle }).bundle.id);
    expect(ids).toEqual(expect.arrayContaining([bundle(10, []).id, bundle(12, []).id]));
    expect(ids).not.toContain(bundle(11, []).id);
  });

  it('stores a bundle queued by the code that receives the answer for the one before', async () => {
    // the answer resolves inside the writer's loop, and its handler queues the next bundle before the loop has ended
    const second = await put(bundle(20, [indicator(20)]), 20).then(() => put(bundle(21, [indicator(21)]), 21));
    expect(second.outcome).toBe('stored');
  });
});
