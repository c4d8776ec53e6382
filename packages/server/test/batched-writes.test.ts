import type { Bundle } from '@gpos/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlStorage as Storage, WRITER_LOCK_SQL, type SqlDriver, type SqlStorage } from '../src/index.js';
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

  it('takes the writer lock itself over a driver that does not', async () => {
    const db = (storage as unknown as { db: SqlDriver }).db;
    const first: string[] = [];
    // a driver of someone else's: the same database, with no writer lock of its own
    const theirs: SqlDriver = {
      query: (sql, params) => db.query(sql, params),
      exec: (sql) => db.exec(sql),
      transaction: (fn) => db.transaction((tx) => {
        let seen = false;
        return fn({ ...tx, query: (sql, params) => (seen || first.push(sql), (seen = true), tx.query(sql, params)) });
      }),
      close: async () => {},
    };
    const other = new Storage(theirs);
    expect(await other.putBundle({ bundle: bundle(40, [indicator(40)]), digest: 'd40', partner: 'TH-GOV:aoc1441', event: event(40, bundle(40, [indicator(40)])) })).toMatchObject({ outcome: 'stored' });
    expect(first).toEqual([WRITER_LOCK_SQL]);
  });

  it('stores a bundle queued by the code that receives the answer for the one before', async () => {
    // the answer resolves inside the writer's loop, and its handler queues the next bundle before the loop has ended
    const second = await put(bundle(20, [indicator(20)]), 20).then(() => put(bundle(21, [indicator(21)]), 21));
    expect(second.outcome).toBe('stored');
  });

  it('stores new bundles arriving together in one go: in order, each with its event, its records owned, its deliveries queued', async () => {
    await storage.createSubscription({ id: 'sub-batch', partner: 'TH-BANK:004', url: 'https://example.org/hook', eventTypes: ['bundle.published'], audience: 'green', secret: 'whsec_x', created: '2026-03-14T10:00:00Z' });
    const head = await storage.head();
    const lease = { owner: 'test-process', ms: 60_000 };
    // four bundles of the government's records and one of a bank's: the ownership check and the owners written take each record's own source
    const batch = [...[30, 31, 32, 33].map((n) => bundle(n, [indicator(n), indicator(n + 100)])), fromBank(34, [34, 134])];
    // counting the statements of the writes' transactions: one for all five, the check included (the writer lock
    // comes with the transaction: with BEGIN on PostgreSQL, PGlite's own on PGlite)
    const db = (storage as unknown as { db: SqlDriver }).db;
    const transaction = db.transaction.bind(db);
    let statements = 0;
    db.transaction = (fn, options) => transaction((tx) => fn({ ...tx, query: (sql, params) => (statements++, tx.query(sql, params)) }), options);
    let results: Awaited<ReturnType<SqlStorage['putBundle']>>[];
    try {
      results = await Promise.all(batch.map((b, i) => storage.putBundle({ bundle: b, digest: `d${i}`, partner: b.producer, event: event(30 + i, b), lease })));
    } finally {
      db.transaction = transaction;
    }
    expect(statements).toBe(1);
    expect(results.map((r) => r.outcome)).toEqual(['stored', 'stored', 'stored', 'stored', 'stored']);
    const seqs = results.map((r) => (r as { seq: number }).seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    for (const r of results) expect(r).toMatchObject({ deliveries: 1, leased: [expect.objectContaining({ id: 'sub-batch', url: 'https://example.org/hook', eventTypes: ['bundle.published'] })] });
    const events = await storage.readEvents(head, 100);
    expect(events.map((e) => (e.event.data as { bundle: Bundle }).bundle)).toEqual(batch);
    const added = events.map((e) => e.added!);
    expect(new Set(added).size).toBe(added.length);
    expect(added).toEqual([...added].sort());
    // the deliveries are leased to the process that stored them; their record ids are owned by their source
    expect(await storage.claimDeliveries({ owner: 'another', schedule: [0], leaseMs: 60_000, limit: 100 })).toEqual([]);
    expect(await put(fromBank(35, [130]), 35)).toMatchObject({ outcome: 'foreign_record', recordId: indicator(130).id });
    expect(await put(bundle(36, [indicator(134)]), 36)).toMatchObject({ outcome: 'foreign_record', recordId: indicator(134).id });
    await storage.deleteSubscription('TH-BANK:004', 'sub-batch');
  });
});
