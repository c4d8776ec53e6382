import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coalescer } from '../src/coalesce.js';
import type { SqlDriver, SqlStorage } from '../src/index.js';
import { BACKENDS, backendAvailable, openTestStorage } from './backends.js';

describe('Coalescer', () => {
  it('runs the requests made while a run is in flight together in the next run, never in the one in flight', async () => {
    const runs: string[][] = [];
    const release: (() => void)[] = [];
    const c = new Coalescer<string, string>(async (items) => {
      runs.push([...items]);
      await new Promise<void>((r) => release.push(r));
      return items.map((i) => `${i}:${runs.length}`);
    });
    const a = c.request('k', 'a');
    const b = c.request('k', 'b'); // the same turn: the same run as a
    await new Promise((r) => setImmediate(r));
    expect(runs).toEqual([['a', 'b']]);
    const d = c.request('k', 'd'); // while the first run is in flight
    const e = c.request('k', 'e');
    const other = c.request('other', 'x'); // another key runs at once, on its own
    await new Promise((r) => setImmediate(r));
    expect(runs).toEqual([['a', 'b'], ['x']]);
    release.shift()!();
    expect(await Promise.all([a, b])).toEqual(['a:2', 'b:2']);
    await new Promise((r) => setImmediate(r));
    expect(runs).toEqual([['a', 'b'], ['x'], ['d', 'e']]);
    release.shift()!();
    release.shift()!();
    expect(await other).toBe('x:3');
    expect(await Promise.all([d, e])).toEqual(['d:3', 'e:3']);
  });

  it('fails every request of a failed run, and runs the next ones', async () => {
    let fail = true;
    const c = new Coalescer<number, number>(async (items) => {
      if (fail) throw new Error('down');
      return items.map((i) => i * 2);
    });
    const failed = await Promise.allSettled([c.request('k', 1), c.request('k', 2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await c.request('k', 3)).toBe(6);
  });
});

// rate-limit counts asked together are one statement, each answered the count it would have had alone
describe.each(BACKENDS.map((backend) => ({ backend })))('counters on $backend', ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  let storage: SqlStorage;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ storage, dispose } = await openTestStorage(backend, 'coalesce'));
  }, 60_000);
  afterAll(async () => {
    await dispose?.();
  });

  it('counts concurrent hits once each, in fewer statements than hits', async () => {
    const db = (storage as unknown as { db: SqlDriver }).db;
    const query = db.query.bind(db);
    let statements = 0;
    db.query = (sql, params) => (statements++, query(sql, params));
    let counts: number[];
    try {
      counts = (await Promise.all(Array.from({ length: 20 }, () => storage.hit('rate:together', 60_000)))).map((r) => r.count);
    } finally {
      db.query = query;
    }
    expect(counts).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(statements).toBeLessThan(20);
    // a give-back among them (an OPRF batch over its quota) counts as it would alone
    const mixed = await Promise.all([storage.hit('rate:together', 60_000, 5), storage.hit('rate:together', 60_000, -5), storage.hit('rate:together', 60_000)]);
    expect(mixed.map((r) => r.count)).toEqual([25, 20, 21]);
    expect((await storage.peek('rate:together', 60_000)).count).toBe(21);
  });
});
