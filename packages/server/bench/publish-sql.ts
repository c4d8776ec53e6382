/**
 * Where a publish's SQL time goes on PGlite (or PostgreSQL: BENCH_BACKEND=postgres with GPOS_TEST_DATABASE_URL): each
 * statement a publish runs, timed alone over the same signed bundles, against plain INSERTs of the same rows, with the
 * plan of the batch statement (EXPLAIN ANALYZE). CPU ms per 1,000 records of this process (PGlite runs on this thread,
 * so its CPU is its time). `node --conditions=@gpos/source --import tsx bench/publish-sql.ts`
 */
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { eventId, type ExchangeEvent } from '@gpos/exchange';
import { signBundle, signingInput } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import pg from 'pg';
import { SqlStorage, migrate, pgliteDriver, pgliteOptions, postgresDriver, type SqlDriver } from '../src/index.js';
import { bundle, indicator, keyPair } from '../test/fixtures.js';

const BUNDLES = Number(process.env.BENCH_BUNDLES ?? 200);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 50);
const postgres = process.env.BENCH_BACKEND === 'postgres';
const schema = `gpos_sql_${process.pid}`;

async function open(): Promise<SqlDriver> {
  if (!postgres) return pgliteDriver(await PGlite.create(await pgliteOptions(undefined)));
  const url = process.env.GPOS_TEST_DATABASE_URL!;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`CREATE SCHEMA ${schema}`);
  await setup.end();
  return postgresDriver(new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` }));
}

const keys = await keyPair('bench-aoc');
const signer = { privateKey: keys.privateKey, kid: 'bench-aoc', alg: 'EdDSA' as const };
let made = 0;
async function make(n: number): Promise<{ bundle: Bundle; body: string; digest: string; event: ExchangeEvent }[]> {
  const out = [];
  for (let b = 0; b < n; b++, made++) {
    const records = Array.from({ length: RECORDS }, (_, r) => indicator(made * RECORDS + r + 1));
    const signed = await signBundle(bundle(made + 1, records), signer);
    const digest = createHash('sha256').update(signingInput(signed)).digest('hex');
    const event: ExchangeEvent = { id: eventId(), type: 'bundle.published', timestamp: new Date().toISOString(), producer: signed.producer, data: { bundle: signed } };
    out.push({ bundle: signed, body: JSON.stringify(signed), digest, event });
  }
  return out;
}

const results: [string, number][] = [];
/** CPU ms per 1,000 records of `fn` run over `rounds` rounds (each of `records` records). */
async function time(what: string, records: number, fn: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  const ms = postgres ? performance.now() - t : (used.user + used.system) / 1000;
  results.push([what, ms / (records / 1000)]);
}

const driver = await open();
await migrate(driver);
const storage = new SqlStorage(driver);
const put = (storage as unknown as { putBundles(i: unknown[]): Promise<unknown[]> }).putBundles.bind(storage);
// warm: some bundles stored, so indexes are not empty and code is compiled
for (const b of await make(40)) await storage.putBundle({ ...b, partner: b.bundle.producer });
const total = BUNDLES * RECORDS;

for (const size of [1, 3, 8]) {
  const inputs = await make(BUNDLES);
  await time(`putBundles, batches of ${size} (BEGIN, check and write, COMMIT)`, total, async () => {
    for (let i = 0; i < inputs.length; i += size) await put(inputs.slice(i, i + size).map((b) => ({ ...b, partner: b.bundle.producer })));
  });
}
// statements alone
await time('BEGIN + COMMIT, empty', total, async () => {
  for (let i = 0; i < BUNDLES; i++) await driver.transaction(async () => {});
});
await time('BEGIN + advisory lock + COMMIT', total, async () => {
  for (let i = 0; i < BUNDLES; i++) await driver.transaction(async (tx) => tx.query(`SELECT pg_advisory_xact_lock(7340912, hashtext(current_schema()))`));
});
await time('SELECT 1 (one query round trip)', total, async () => {
  for (let i = 0; i < BUNDLES; i++) await driver.query(`SELECT 1`);
});
await time('rate-limit hit (counter upsert)', total, async () => {
  for (let i = 0; i < BUNDLES; i++) await storage.hit('rate:bench', 60_000);
});
await time('publishedBytes (quota read)', total, async () => {
  for (let i = 0; i < BUNDLES; i++) await storage.publishedBytes('TH-GOV:aoc1441', 3_600_000);
});
{
  const inputs = await make(BUNDLES);
  await time('jsonb parse of the bundle bodies alone (SELECT $1::jsonb IS NULL)', total, async () => {
    for (const b of inputs) await driver.query(`SELECT $1::jsonb IS NULL`, [b.body]);
  });
  await time('text param of the bundle bodies alone (SELECT $1::text IS NULL)', total, async () => {
    for (const b of inputs) await driver.query(`SELECT $1::text IS NULL`, [b.body]);
  });
  await time('octet_length(body::text) of jsonb', total, async () => {
    for (const b of inputs) await driver.query(`SELECT octet_length($1::jsonb::text)`, [b.body]);
  });
}
// the same rows, plain: into bare copies of the tables (same columns, indexes and constraints, no foreign keys)
await driver.exec(`CREATE TABLE p_bundles (LIKE gpos_bundles INCLUDING ALL); CREATE TABLE p_events (LIKE gpos_events INCLUDING ALL);
  CREATE TABLE p_records (LIKE gpos_records INCLUDING ALL); CREATE TABLE p_usage (LIKE gpos_usage INCLUDING DEFAULTS)`);
const plain = async (inputs: Awaited<ReturnType<typeof make>>, per: number, records: boolean, jsonb = true) => {
  for (let i = 0; i < inputs.length; i += per) {
    const batch = inputs.slice(i, i + per);
    await driver.transaction(async (tx) => {
      const cast = jsonb ? '::jsonb' : '';
      await tx.query(`INSERT INTO p_bundles (id, digest, partner, producer, body) VALUES ${batch.map((_, j) => `($${5 * j + 1}, $${5 * j + 2}, $${5 * j + 3}, $${5 * j + 4}, $${5 * j + 5}${cast})`).join(', ')}`,
        batch.flatMap((b) => [b.bundle.id, b.digest, b.bundle.producer, b.bundle.producer, b.body]));
      await tx.query(`INSERT INTO p_events (id, type, producer, bundle_id, body, bytes) VALUES ${batch.map((_, j) => `($${6 * j + 1}, $${6 * j + 2}, $${6 * j + 3}, $${6 * j + 4}, $${6 * j + 5}${cast}, $${6 * j + 6})`).join(', ')}`,
        batch.flatMap((b) => {
          const { data: _d, ...envelope } = b.event;
          const body = JSON.stringify({ ...envelope, data: {} });
          return [b.event.id, b.event.type, b.event.producer, b.bundle.id, body, body.length + b.body.length + 9];
        }));
      if (records) {
        const rows = batch.flatMap((b) => b.bundle.records.map((r) => [r.id, (r as { source: string }).source]));
        await tx.query(`INSERT INTO p_records (id, source) VALUES ${rows.map((_, j) => `($${2 * j + 1}, $${2 * j + 2})`).join(', ')}`, rows.flat());
      }
      await tx.query(`INSERT INTO p_usage (partner, bucket, bytes) VALUES ($1, -1, $2), ($1, $3, $2)`, ['TH-GOV:aoc1441', 1, 1]);
    });
  }
};
for (const per of [1, 3, 8, 50]) {
  const inputs = await make(BUNDLES);
  await time(`plain INSERTs of the same rows, batches of ${per}`, total, () => plain(inputs, per, true));
}
{
  const inputs = await make(BUNDLES);
  await time('plain INSERTs, batches of 50, without the record rows', total, () => plain(inputs, 50, false));
}
{
  const inputs = await make(BUNDLES);
  await time('plain INSERTs, batches of 8, text instead of jsonb', total, () => plain(inputs, 8, true, false));
}
{
  const inputs = await make(BUNDLES);
  await driver.exec(`CREATE TABLE p_plain (id text PRIMARY KEY, body jsonb NOT NULL)`);
  await time('bundle documents only (the old baseline), batches of 50', total, async () => {
    for (let i = 0; i < inputs.length; i += 50) {
      const batch = inputs.slice(i, i + 50);
      await driver.transaction((tx) => tx.query(`INSERT INTO p_plain (id, body) VALUES ${batch.map((_, j) => `($${2 * j + 1}, $${2 * j + 2}::jsonb)`).join(', ')}`, batch.flatMap((b) => [b.bundle.id, b.body])));
    }
  });
}
const width = Math.max(...results.map(([w]) => w.length));
for (const [what, ms] of results) process.stdout.write(`${what.padEnd(width)}  ${ms.toFixed(1).padStart(7)} ms per 1,000 records\n`);
if (postgres) await driver.exec(`DROP SCHEMA ${schema} CASCADE`);
await driver.close();
