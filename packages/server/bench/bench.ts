/**
 * `npm run bench`: the exchange server's throughput against its storage ceiling, and webhook latency.
 *
 *  - publish: signed bundles POSTed over loopback HTTP (verify, validate, store durably, acknowledge), in
 *    records/s, against the storage ceiling in the same run on the same database: plain batched INSERTs of the same
 *    rows a publish stores (see plainInsert below: for each bundle its `gpos_bundles` row, its `bundle.published`
 *    event row, one `gpos_records` row per record, and its share of the `gpos_usage` totals), and — a second, stricter
 *    reference — plain batched INSERTs of the bundle documents alone into a bare two-column table;
 *  - pull: the whole feed read over HTTP by a partner (TLP redaction included), against a plain keyset SELECT of
 *    the same rows; and the same records read as STIX through TAXII 2.1 (redaction and toStix included, pages of
 *    1000 objects followed by `next`), against that feed pull;
 *  - webhooks: p50/p99 from a publish being sent to its webhook arriving, both in a second process (bench/load.ts)
 *    that subscribes a loopback receiver of its own: while it publishes as fast as the server takes it (BENCH_BUNDLES
 *    bundles of BENCH_RECORDS records, 8 in flight: the issue's "webhook p99 at full publish rate"), then at a steady rate.
 *
 * PGlite always; PostgreSQL too when GPOS_TEST_DATABASE_URL is set (in a schema of its own, dropped after).
 * Sizes: BENCH_BUNDLES (200) × BENCH_RECORDS (50) records; BENCH_RATE (50/s) × BENCH_SECONDS (5) for webhooks. A tenth
 * as many bundles are published and inserted first, unmeasured, to warm the server up (its worker threads started,
 * its code compiled), as a server that has been running is; the pull and SELECT figures leave their records out.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { eventId, memoryCursorStore, syncFeed } from '@gpos/exchange';
import { signBundle, signingInput, verifyBundle } from '@gpos/sdk';
import { validate } from '@gpos/validate';
import type { Bundle } from '@gpos/types';
import pg from 'pg';
import { ExchangeServer, SqlStorage, migrate, pgliteDriver, pgliteOptions, postgresDriver, type Partner, type SqlDriver } from '../src/index.js';
import { readJsonBody } from '../src/http.js';
import { bundle, indicator, keyPair } from '../test/fixtures.js';

const BUNDLES = Number(process.env.BENCH_BUNDLES ?? 200);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = 8;
/** Bundles published (and plain-inserted) before anything is measured; their records are numbered from WARM_FIRST. */
const WARMUP = Math.max(CONCURRENCY, Math.ceil(BUNDLES / 10));
const WARM_FIRST = 50_000_000;
const LOAD = fileURLToPath(new URL('./load.ts', import.meta.url));
const CORES = availableParallelism();

interface Result {
  backend: string;
  publish: number;
  /** Plain INSERTs of the rows a publish stores (the issue's baseline), and of the bundle documents alone. */
  insert: number;
  documents: number;
  /** CPU time of this process (its worker threads included) for the publish and INSERT runs, in ms per 1,000 records. */
  publishCpu: number;
  insertCpu: number;
  documentsCpu: number;
  pull: number;
  select: number;
  taxii: number;
  /** Webhooks while a second process publishes as fast as the server takes it, and at a steady rate. */
  full: Webhooks;
  steady: Webhooks;
}

interface Webhooks {
  /** From a publish being sent to its webhook arriving, in ms. */
  p50: number;
  p99: number;
  /** From a publish being sent to its acknowledgement, in ms. */
  ack50: number;
  ack99: number;
  delivered: number;
  sent: number;
  /** Records published per second meanwhile (from the first send to the last acknowledgement). */
  rate: number;
}

const now = () => performance.timeOrigin + performance.now();
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000 / ((BUNDLES * RECORDS) / 1000);
};
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

async function openDriver(backend: 'pglite' | 'postgres', schema: string): Promise<SqlDriver> {
  if (backend === 'pglite') {
    return pgliteDriver(await PGlite.create(await pgliteOptions(undefined)));
  }
  const url = process.env.GPOS_TEST_DATABASE_URL!;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`CREATE SCHEMA ${schema}`);
  await setup.end();
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
  return postgresDriver(pool);
}

async function run(backend: 'pglite' | 'postgres'): Promise<Result> {
  const schema = `gpos_bench_${process.pid}_${Date.now().toString(36)}`;
  const driver = await openDriver(backend, schema);
  await migrate(driver);
  const storage = new SqlStorage(driver);
  const aocKeys = await keyPair('bench-aoc');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'bench-aoc-token-0123', clearance: 'amber', keys: [aocKeys.publicJwk as never] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bench-bank-token-0123', clearance: 'amber', keys: [] };
  const server = new ExchangeServer({ storage, partners: [aoc, bank], rateLimit: { requests: 1e9, windowMs: 60_000 }, onError: () => {}, allowLoopbackWebhooks: true });
  const endpoint = await server.listen();
  try {
    const signer = { privateKey: aocKeys.privateKey, kid: 'bench-aoc', alg: 'EdDSA' as const };
    const signed: Bundle[] = [];
    for (let b = 0; b < BUNDLES; b++) {
      const records = Array.from({ length: RECORDS }, (_, r) => indicator(b * RECORDS + r + 1));
      signed.push(await signBundle(bundle(b + 1, records), signer));
    }
    const bodies = signed.map((s) => JSON.stringify(s));
    const total = BUNDLES * RECORDS;
    const publishAll = async (list: readonly string[]) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < list.length) {
            const body = list[next++]!;
            const r = await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${aoc.token}`, 'content-type': 'application/json' }, body });
            if (r.status !== 201) throw new Error(`publish: HTTP ${r.status} ${await r.text()}`);
          }
        }),
      );
    };

    // warming up, as a server that has been running is: worker threads started, code compiled, for both runs below
    const warm: string[] = [];
    for (let b = 0; b < WARMUP; b++) {
      const records = Array.from({ length: RECORDS }, (_, r) => indicator(WARM_FIRST + b * RECORDS + r));
      warm.push(JSON.stringify(await signBundle(bundle(WARM_FIRST + b, records), signer)));
    }
    await publishAll(warm);
    const warmRecords = WARMUP * RECORDS;

    // the storage ceiling: the rows a publish stores, plain multi-row INSERTs, 50 bundles a transaction (warmed first
    // with the warm-up bundles, which stay, as they stay in the tables a publish writes)
    const plain = await plainInsert(driver, [...signed.keys()].map((i) => ({ bundle: signed[i]!, body: bodies[i]! })));
    await plain.warm(warm.map((body) => ({ bundle: JSON.parse(body) as Bundle, body })));
    let t = now();
    let cpu = process.cpuUsage();
    await plain.run();
    const insert = total / ((now() - t) / 1000);
    const insertCpu = cpuMs(cpu);

    // the stricter reference: the bundle documents alone, into a bare two-column table, 50 a transaction
    await driver.exec(`CREATE TABLE bench_plain (id text PRIMARY KEY, body jsonb NOT NULL)`);
    const documentsOnly = async (list: readonly { id: string; body: string }[]) => {
      for (let i = 0; i < list.length; i += 50) {
        const batch = list.slice(i, i + 50);
        const values = batch.map((_, j) => `($${2 * j + 1}, $${2 * j + 2}::jsonb)`).join(', ');
        await driver.transaction((tx) => tx.query(`INSERT INTO bench_plain (id, body) VALUES ${values}`, batch.flatMap((d) => [d.id, d.body])));
      }
    };
    await documentsOnly(warm.map((body, i) => ({ id: `warm-${i}`, body })));
    t = now();
    cpu = process.cpuUsage();
    await documentsOnly(bodies.map((body, i) => ({ id: signed[i]!.id, body })));
    const documents = total / ((now() - t) / 1000);
    const documentsCpu = cpuMs(cpu);

    // publish over HTTP, CONCURRENCY at a time
    t = now();
    cpu = process.cpuUsage();
    await publishAll(bodies);
    const publish = total / ((now() - t) / 1000);
    const publishCpu = cpuMs(cpu);

    // the read ceiling: the same rows by keyset pages of 1000
    t = now();
    let selected = 0;
    for (let after = 0; ; ) {
      const { rows } = await driver.query<{ seq: number; body: Bundle }>(
        `SELECT e.seq, b.body FROM gpos_events e JOIN gpos_bundles b ON b.id = e.bundle_id WHERE e.seq > $1 ORDER BY e.seq LIMIT 1000`,
        [after],
      );
      if (rows.length === 0) break;
      for (const row of rows) selected += row.body.records.length;
      after = Number(rows.at(-1)!.seq);
    }
    const select = (selected - warmRecords) / ((now() - t) / 1000);

    t = now();
    let pulled = 0;
    await syncFeed({ endpoint, store: memoryCursorStore(), token: bank.token, limit: 1000 }, (e) => void (pulled += (e.data as { bundle: Bundle }).bundle.records.length));
    const pull = (pulled - warmRecords) / ((now() - t) / 1000);
    if (pulled !== total + warmRecords || selected !== total + warmRecords) throw new Error(`pulled ${pulled}, selected ${selected}, expected ${total + warmRecords}`);

    // the same records as STIX objects through TAXII: each indicator is three objects, each event a few more
    t = now();
    let indicators = 0;
    for (let page: string | undefined = ''; page !== undefined; ) {
      const r = await fetch(`${endpoint}/taxii2/gpos/collections/tlp-amber/objects/?limit=1000${page ? `&next=${page}` : ''}`, {
        headers: { accept: 'application/taxii+json;version=2.1', authorization: `Bearer ${bank.token}` },
      });
      const envelope = (await r.json()) as { more: boolean; next?: string; objects?: { type: string }[] };
      indicators += (envelope.objects ?? []).filter((o) => o.type === 'indicator').length;
      page = envelope.more ? envelope.next : undefined;
    }
    const taxii = (indicators - warmRecords) / ((now() - t) / 1000);
    if (indicators !== total + warmRecords) throw new Error(`TAXII served ${indicators} indicators, expected ${total + warmRecords}`);

    // webhooks: publishes from a second process that subscribes a receiver of its own (a partner's view: sent, acknowledged,
    // received) — first as fast as the server takes them (8 in flight, as many bundles as above), then at a steady rate
    const jwk = await crypto.subtle.exportKey('jwk', aocKeys.privateKey);
    const drive = async (load: { rate: number; count: number; records: number; first: number }): Promise<Webhooks> => {
      const lines: { id: string; sentAt: number; ackAt: number; status: number; receivedAt: number | null }[] = [];
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--conditions=@gpos/source', '--import', 'tsx', LOAD], {
          env: {
            ...process.env, BENCH_ENDPOINT: endpoint, BENCH_TOKEN: aoc.token, BENCH_SUBSCRIBER_TOKEN: bank.token, BENCH_JWK: JSON.stringify({ ...jwk, kid: 'bench-aoc' }),
            BENCH_RATE: String(load.rate), BENCH_COUNT: String(load.count), BENCH_FIRST: String(load.first), BENCH_RECORDS: String(load.records), BENCH_CONCURRENCY: String(CONCURRENCY),
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let buffer = '';
        child.stdout!.on('data', (chunk: Buffer) => (buffer += chunk.toString()));
        child.once('exit', (code) => {
          if (code !== 0) return reject(new Error(`load process exited with ${code}`));
          for (const line of buffer.split('\n')) if (line.trim()) lines.push(JSON.parse(line) as (typeof lines)[number]);
          resolve();
        });
      });
      const ok = lines.filter((l) => l.status === 201);
      const latencies = ok.flatMap((l) => (l.receivedAt === null ? [] : [l.receivedAt - l.sentAt])).sort((a, b) => a - b);
      const acks = ok.map((l) => l.ackAt - l.sentAt).sort((a, b) => a - b);
      const span = Math.max(...ok.map((l) => l.ackAt)) - Math.min(...ok.map((l) => l.sentAt));
      return {
        p50: quantile(latencies, 0.5),
        p99: quantile(latencies, 0.99),
        ack50: quantile(acks, 0.5),
        ack99: quantile(acks, 0.99),
        delivered: latencies.length,
        sent: ok.length,
        rate: (ok.length * load.records) / (span / 1000),
      };
    };
    const full = await drive({ rate: 0, count: BUNDLES, records: RECORDS, first: 20_000_000 });
    const steady = await drive({ rate: RATE, count: RATE * SECONDS, records: 1, first: BUNDLES + 1 });
    return { backend, publish, insert, documents, publishCpu, insertCpu, documentsCpu, pull, select, taxii, full, steady };
  } finally {
    await server.close();
    if (backend === 'postgres') await driver.exec(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
    await driver.close();
  }
}

const backends: ('pglite' | 'postgres')[] = ['pglite'];
if (process.env.GPOS_TEST_DATABASE_URL) backends.push('postgres');
else process.stderr.write('note: GPOS_TEST_DATABASE_URL is not set: PGlite only (source .ci/postgres.sh && postgres_start for PostgreSQL)\n');

process.stderr.write('bench: floor…\n');
const floor = await measureFloor();
const results: Result[] = [];
for (const backend of backends) {
  process.stderr.write(`bench: ${backend}…\n`);
  results.push(await run(backend));
}
// BENCH_STARTUP=0 leaves the start-up figures out (for quicker runs of the rest)
const startups = process.env.BENCH_STARTUP === '0' ? [] : (process.stderr.write('bench: start-up…\n'), await measureStartups());

const n = (x: number) => Math.round(x).toLocaleString('en');
const ratio = (a: number, b: number) => `${((100 * a) / b).toFixed(0)} %`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const lines = [
  `${BUNDLES} signed bundles × ${RECORDS} records over loopback HTTP (${CONCURRENCY} concurrent publishers); Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  '',
  'Publish against plain batched INSERTs (50 bundles a transaction) of the same rows — bundle, event, record owners, usage totals — and, stricter, of the bundle documents alone:',
  '',
  '| backend | publish (records/s) | plain INSERT, same rows (records/s) | publish ÷ INSERT | plain INSERT, documents only (records/s) | publish ÷ documents | CPU ms per 1,000 records: publish / same rows / documents |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.backend} | ${n(r.publish)} | ${n(r.insert)} | ${ratio(r.publish, r.insert)} | ${n(r.documents)} | ${ratio(r.publish, r.documents)} | ${n(r.publishCpu)} / ${n(r.insertCpu)} / ${n(r.documentsCpu)} |`,
  ),
  '',
  '| backend | pull (records/s) | plain SELECT (records/s) | pull ÷ SELECT | TAXII pull (records/s) | TAXII ÷ pull |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.backend} | ${n(r.pull)} | ${n(r.select)} | ${ratio(r.pull, r.select)} | ${n(r.taxii)} | ${ratio(r.taxii, r.pull)} |`),
  '',
  `Webhooks (one subscription; publish sent by a second process → webhook received): at full rate (${BUNDLES} bundles × ${RECORDS} records, ${CONCURRENCY} in flight) and steady (${RATE} one-record bundles/s for ${SECONDS} s):`,
  '',
  '| backend | full rate: publish (records/s) | acknowledged p50 / p99 | webhook p50 | webhook p99 | delivered | steady: webhook p50 | webhook p99 | delivered |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.backend} | ${n(r.full.rate)} | ${n(r.full.ack50)} / ${n(r.full.ack99)} ms | ${ms(r.full.p50)} | ${ms(r.full.p99)} | ${r.full.delivered}/${r.full.sent} | ${ms(r.steady.p50)} | ${ms(r.steady.p99)} | ${r.steady.delivered}/${r.steady.sent} |`,
  ),
  '',
  `The floor: CPU per 1,000 records of the steps every publish must take, each alone on one thread over the same ${BUNDLES} bundles; with the checks spread over this machine's ${CORES} cores, the most publish ÷ INSERT could reach is INSERT time ÷ (INSERT time + checks ÷ ${CORES}):`,
  '',
  '| strict parse | verify signature | validate | digest | checks in all | backend | plain INSERT, same rows (wall ms per 1,000) | most publish ÷ INSERT |',
  '| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ...results.map((r) => {
    const insertMs = 1e6 / r.insert;
    return `| ${ms(floor.parse)} | ${ms(floor.verify)} | ${ms(floor.validate)} | ${ms(floor.digest)} | ${ms(floor.total)} | ${r.backend} | ${ms(insertMs)} | ${ratio(insertMs, insertMs + floor.total / CORES)} |`;
  }),
  '',
  `Start-up (a new process each; RSS when ready, and its peak; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`,
  '',
  '| what | ready | RSS | peak RSS |',
  '| --- | ---: | ---: | ---: |',
  ...startups.map((s) => `| ${s.what} | ${s.error ?? `${n(s.ms)} ms`} | ${s.error ? '' : mb(s.rss)} | ${s.error ? '' : mb(s.peak)} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);

interface Startup {
  what: string;
  ms: number;
  rss: number;
  peak: number;
  error?: string;
}

/**
 * Start-up of the published server (dist/main.js, what `gpos serve` runs) on a new PGlite data folder and in memory, and
 * what it is made of: PGlite alone on a new database with the build's initialised database and without it (initdb),
 * reopening an existing folder, and compiling PGlite's WebAssembly. Each in a new process: ms until ready, its RSS then
 * (kB) and its peak RSS (VmHWM; Linux only).
 */
async function measureStartups(): Promise<Startup[]> {
  const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
  if (!existsSync(main)) return [{ what: 'gpos serve', ms: 0, rss: 0, peak: 0, error: 'build first (npm run build)' }];
  const root = await mkdtemp(join(tmpdir(), 'gpos-bench-start-'));
  const partners = join(root, 'partners.json');
  await writeFile(partners, JSON.stringify([{ org: 'TH-GOV:aoc1441', token: 'bench-aoc-token-0123', clearance: 'amber', keys: [] }]));
  const out: Startup[] = [];
  try {
    const serve = (what: string, env: Record<string, string>) =>
      startup(what, [main], { ...process.env, GPOS_PARTNERS: partners, PORT: '0', ...env }, (line) => line.includes('listening'));
    out.push(await serve('`gpos serve`, new data folder', { GPOS_DATA_DIR: join(root, 'data') }));
    out.push(await serve('`gpos serve`, the same folder again', { GPOS_DATA_DIR: join(root, 'data') }));
    out.push(await serve('`gpos serve --memory`', {}));
    const pglite = (what: string, code: string) => startup(what, ['--input-type=module', '-e', code], process.env, (line) => line === 'ready');
    const dist = JSON.stringify(new URL('../dist/index.js', import.meta.url).href);
    out.push(await pglite('PGlite alone, new database from the initialised one', `import { PGlite } from '@electric-sql/pglite'; import { pgliteOptions } from ${dist}; const db = await PGlite.create(await pgliteOptions(undefined)); console.log('ready');`));
    out.push(await pglite('PGlite alone, new database by initdb (before)', `import { PGlite } from '@electric-sql/pglite'; const db = await PGlite.create(); console.log('ready');`));
    const wasm = JSON.stringify(fileURLToPath(import.meta.resolve('@electric-sql/pglite/pglite.wasm')));
    out.push(await pglite('compiling pglite.wasm alone', `import { readFile } from 'node:fs/promises'; await WebAssembly.compile(await readFile(${wasm})); console.log('ready');`));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return out;
}

/** Starts `node args`, waits for a line `ready` says is the sign, measures, and stops it. */
async function startup(what: string, args: string[], env: NodeJS.ProcessEnv, ready: (line: string) => boolean): Promise<Startup> {
  const t = now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: fileURLToPath(new URL('..', import.meta.url)) });
  try {
    const ms = await new Promise<number>((resolve, reject) => {
      let text = '';
      const look = (chunk: Buffer) => {
        text += chunk.toString();
        if (text.split('\n').some((l) => ready(l.trim()))) resolve(now() - t);
      };
      child.stdout!.on('data', look);
      child.stderr!.on('data', look);
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${text.slice(-500)}`)));
    });
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { what, ms, rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch (error) {
    return { what, ms: 0, rss: 0, peak: 0, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

/**
 * The CPU time (ms per 1,000 records, this process, one step at a time over the same bundles) of what a publish cannot
 * skip: reading the body with the strict JSON reader, verifying its signature, validating it, and digesting its signed
 * content. Each step runs over every bundle twice and the second pass is counted (the first compiles the code).
 */
async function measureFloor(): Promise<{ parse: number; verify: number; validate: number; digest: number; total: number }> {
  const keys = await keyPair('bench-floor');
  const signer = { privateKey: keys.privateKey, kid: 'bench-floor', alg: 'EdDSA' as const };
  const bodies: Buffer[] = [];
  for (let b = 0; b < BUNDLES; b++) {
    const records = Array.from({ length: RECORDS }, (_, r) => indicator(b * RECORDS + r + 1));
    bodies.push(Buffer.from(JSON.stringify(await signBundle(bundle(b + 1, records), signer))));
  }
  const parsed = bodies.map((b) => readJsonBody(b) as Bundle);
  const step = async (fn: (i: number) => unknown): Promise<number> => {
    let used = 0;
    for (let pass = 0; pass < 2; pass++) {
      const cpu = process.cpuUsage();
      for (let i = 0; i < bodies.length; i++) await fn(i);
      const { user, system } = process.cpuUsage(cpu);
      used = (user + system) / 1000 / ((BUNDLES * RECORDS) / 1000);
    }
    return used;
  };
  const parse = await step((i) => readJsonBody(bodies[i]!));
  const verify = await step(async (i) => {
    if (!(await verifyBundle(parsed[i], { keys: [keys.publicJwk as never] })).ok) throw new Error('floor: a signature did not verify');
  });
  const valid = await step((i) => {
    if (!validate(parsed[i]).valid) throw new Error('floor: a bundle is not valid');
  });
  const digest = await step((i) => createHash('sha256').update(signingInput(parsed[i] as never)).digest('hex'));
  return { parse, verify, validate: valid, digest, total: parse + verify + valid + digest };
}

/**
 * The issue's baseline, "plain batched INSERTs of the same rows": what a publish stores, written as plainly as it can
 * be. Per bundle: its `gpos_bundles` row (id, digest, partner, producer, body as the JSON text received), its
 * `bundle.published` event row (id, type, producer, bundle id, the envelope without the bundle, its size in bytes,
 * created_at by default), and one `gpos_records` row per record (id, source); per transaction, the bytes added to
 * the producer's usage totals (in all, and in the present 10-second bucket). Into copies of the exchange's tables
 * (`CREATE TABLE … (LIKE … INCLUDING ALL)`: the same columns, defaults, identity, primary keys, unique and other
 * indexes — a publish maintains every one — but no foreign key), so the feed is left alone; the usage copy has no
 * primary key, since plain INSERTs append rows where a publish adds to two. 50 bundles a transaction, one multi-row
 * INSERT per table, no ON CONFLICT, no lock, no check, no RETURNING.
 */
async function plainInsert(driver: SqlDriver, bundles: readonly { bundle: Bundle; body: string }[]): Promise<{ warm(list: readonly { bundle: Bundle; body: string }[]): Promise<void>; run(): Promise<void> }> {
  await driver.exec(`CREATE TABLE bench_bundles (LIKE gpos_bundles INCLUDING ALL);
    CREATE TABLE bench_events (LIKE gpos_events INCLUDING ALL);
    CREATE TABLE bench_records (LIKE gpos_records INCLUDING ALL);
    CREATE TABLE bench_usage (LIKE gpos_usage INCLUDING DEFAULTS)`);
  const rows = (list: readonly { bundle: Bundle; body: string }[]) =>
    list.map(({ bundle, body }) => {
      const eventBody = JSON.stringify({ id: eventId(), type: 'bundle.published', timestamp: new Date().toISOString(), producer: bundle.producer, data: {} });
      const digest = createHash('sha256').update(signingInput(bundle as never)).digest('hex');
      return { bundle, body, eventBody, eventId: (JSON.parse(eventBody) as { id: string }).id, digest, bytes: Buffer.byteLength(eventBody) + Buffer.byteLength(body) + '"bundle":'.length };
    });
  const values = (count: number, width: number, casts: Record<number, string> = {}) =>
    Array.from({ length: count }, (_, i) => `(${Array.from({ length: width }, (_, j) => `$${i * width + j + 1}${casts[j] ?? ''}`).join(', ')})`).join(', ');
  const insert = async (list: ReturnType<typeof rows>) => {
    for (let i = 0; i < list.length; i += 50) {
      const batch = list.slice(i, i + 50);
      const records = batch.flatMap((r) => (r.bundle.records as unknown as { id: string; source: string }[]).map((x) => [x.id, x.source]));
      const bytes = batch.reduce((sum, r) => sum + r.bytes, 0);
      await driver.transaction(async (tx) => {
        await tx.query(`INSERT INTO bench_bundles (id, digest, partner, producer, body) VALUES ${values(batch.length, 5, { 4: '::jsonb' })}`,
          batch.flatMap((r) => [r.bundle.id, r.digest, r.bundle.producer, r.bundle.producer, r.body]));
        await tx.query(`INSERT INTO bench_events (id, type, producer, bundle_id, body, bytes) VALUES ${values(batch.length, 6, { 4: '::jsonb' })}`,
          batch.flatMap((r) => [r.eventId, 'bundle.published', r.bundle.producer, r.bundle.id, r.eventBody, r.bytes]));
        await tx.query(`INSERT INTO bench_records (id, source) VALUES ${values(records.length, 2)}`, records.flat());
        await tx.query(`INSERT INTO bench_usage (partner, bucket, bytes) VALUES ($1, -1, $2), ($1, floor(extract(epoch FROM clock_timestamp()) / 10)::bigint, $2)`, [batch[0]!.bundle.producer, bytes]);
      });
    }
  };
  const prepared = rows(bundles);
  return { warm: (list) => insert(rows(list)), run: () => insert(prepared) };
}
