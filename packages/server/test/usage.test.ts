import type { Bundle } from '@gpos/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type SqlDriver, type SqlStorage } from '../src/index.js';
import { BACKENDS, backendAvailable, openTestStorage } from './backends.js';
import { bundle, event, indicator } from './fixtures.js';

// the publish quota reads running totals kept with each write, not a sum over the partner's events: they must agree
describe.each(BACKENDS.map((backend) => ({ backend })))('what each partner has published, on $backend', ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  let storage: SqlStorage;
  let second: SqlStorage;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    let open: () => Promise<SqlStorage>;
    ({ storage, dispose, open } = await openTestStorage(backend, 'usage'));
    // on PostgreSQL a second process's storage over the same database; PGlite in memory has one
    second = backend === 'postgres' ? await open() : storage;
  }, 60_000);
  afterAll(async () => {
    await dispose?.();
  });

  const db = (s: SqlStorage) => (s as unknown as { db: SqlDriver }).db;
  const summed = async (partner: string) => {
    const { rows } = await db(storage).query<{ total: string | null }>(`SELECT sum(bytes) AS total FROM gpos_events WHERE producer = $1`, [partner]);
    return Number(rows[0]?.total ?? 0);
  };
  const put = (s: SqlStorage, b: Bundle, n: number) => s.putBundle({ bundle: b, digest: `digest-${n}`, partner: b.producer, event: event(n, b) });
  const bank = (n: number) => bundle(n, [{ ...indicator(100 + n), source: 'TH-BANK:004' }], 'green', 'TH-BANK:004');

  it('counts each stored bundle and event once, whichever process stores it, and nothing refused', async () => {
    const results = await Promise.all([
      put(storage, bundle(1, [indicator(1), indicator(2)]), 1),
      put(second, bundle(2, [indicator(3)]), 2),
      put(second, bank(3), 3),
      put(storage, bundle(1, [indicator(1), indicator(2)]), 1), // a duplicate: stored once
      put(storage, bank(4), 4),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['stored', 'stored', 'stored', 'duplicate', 'stored']);
    expect(await put(second, bundle(5, [indicator(3)]), 5)).toMatchObject({ outcome: 'stored' });
    // a record id another source owns: refused, and not counted
    expect(await put(storage, bundle(6, [{ ...indicator(3), source: 'TH-BANK:004' }], 'green', 'TH-BANK:004'), 6)).toMatchObject({ outcome: 'foreign_record' });
    const takedown = { id: 'event--0192f0c4-7a1e-7c3b-9d2e-00000000beef', type: 'takedown.requested', timestamp: '2026-03-14T10:00:05Z', producer: 'TH-BANK:004', data: { request_id: 'r-1' } };
    expect(await second.putEvent({ event: takedown as never, digest: 'd-takedown' })).toMatchObject({ outcome: 'stored' });

    for (const partner of ['TH-GOV:aoc1441', 'TH-BANK:004']) {
      const total = await summed(partner);
      expect(total).toBeGreaterThan(0);
      for (const s of [storage, second]) expect(await s.publishedBytes(partner, 3_600_000)).toEqual({ recent: total, total });
    }
    expect(await storage.publishedBytes('TH-NOBODY:0', 3_600_000)).toEqual({ recent: 0, total: 0 });
  });

  it('leaves out of the window what was published before it, and keeps it in the total', async () => {
    const total = await summed('TH-GOV:aoc1441');
    await db(storage).exec(`UPDATE gpos_usage SET bucket = bucket - 360 WHERE partner = 'TH-GOV:aoc1441' AND bucket >= 0`);
    expect(await storage.publishedBytes('TH-GOV:aoc1441', 60_000)).toEqual({ recent: 0, total });
    expect(await storage.publishedBytes('TH-GOV:aoc1441', 7_200_000)).toEqual({ recent: total, total });
  });

  it('fills the totals from the events already stored when the database is upgraded', async () => {
    const before = { gov: await summed('TH-GOV:aoc1441'), bank: await summed('TH-BANK:004') };
    await db(storage).exec(`DROP TABLE gpos_usage; DELETE FROM gpos_migrations WHERE version = ${MIGRATIONS.length}`);
    await migrate(db(storage));
    expect(await storage.publishedBytes('TH-GOV:aoc1441', 3_600_000)).toMatchObject({ total: before.gov });
    expect(await storage.publishedBytes('TH-BANK:004', 3_600_000)).toEqual({ recent: before.bank, total: before.bank });
  });
});
