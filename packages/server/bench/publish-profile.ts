/**
 * The publish path alone, for a CPU profile: a server on a new in-memory PGlite (or PostgreSQL, with
 * GPOS_TEST_DATABASE_URL and BENCH_BACKEND=postgres), warmed up, then BENCH_BUNDLES (200) signed bundles of BENCH_RECORDS
 * (50) records published over loopback HTTP by 8 concurrent publishers in this process. Prints the CPU ms per 1,000
 * records of this process (worker threads included). Runs the built server (dist/), whose worker threads inherit
 * Node's flags, so each thread writes its own profile:
 *   npm run build && node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/publish-profile.ts
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { signBundle } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import pg from 'pg';
import type { Partner, SqlDriver } from '../src/index.js';
import { bundle, indicator, keyPair } from '../test/fixtures.js';

// the built server (typed as its source), so that its worker threads run dist/check-worker.js with Node's own flags
const { ExchangeServer, SqlStorage, migrate, pgliteDriver, pgliteOptions, postgresDriver } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');

const BUNDLES = Number(process.env.BENCH_BUNDLES ?? 200);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 50);
const postgres = process.env.BENCH_BACKEND === 'postgres';
const schema = `gpos_profile_${process.pid}`;

let driver: SqlDriver;
if (postgres) {
  const url = process.env.GPOS_TEST_DATABASE_URL!;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`CREATE SCHEMA ${schema}`);
  await setup.end();
  driver = postgresDriver(new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` }));
} else {
  driver = pgliteDriver(await PGlite.create(await pgliteOptions(undefined)));
}
await migrate(driver);
const keys = await keyPair('bench-aoc');
const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'bench-aoc-token-0123', clearance: 'amber', keys: [keys.publicJwk as never] };
const bank: Partner = { org: 'TH-BANK:004', token: 'bench-bank-token-0123', clearance: 'amber', keys: [] };
const server = new ExchangeServer({ storage: new SqlStorage(driver), partners: [aoc, bank], rateLimit: { requests: 1e9, windowMs: 60_000 }, onError: console.error, allowLoopbackWebhooks: true });
const endpoint = await server.listen();
// BENCH_WEBHOOK=1: with a subscription (of a second partner) to a receiver in this process, waited for at the end
let arrived = 0;
if (process.env.BENCH_WEBHOOK === '1') {
  const { createServer } = await import('node:http');
  const receiver = createServer((req, res) => {
    req.resume().on('end', () => {
      arrived++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiver.unref();
  const created = await fetch(`${endpoint}/v1/subscriptions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bank.token}` },
    body: JSON.stringify({ url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`, event_types: ['bundle.published'] }),
  });
  if (created.status !== 201) throw new Error(`subscribe: HTTP ${created.status}`);
}
const signer = { privateKey: keys.privateKey, kid: 'bench-aoc', alg: 'EdDSA' as const };
const make = async (first: number, n: number) => {
  const out: string[] = [];
  for (let b = 0; b < n; b++) {
    const records = Array.from({ length: RECORDS }, (_, r) => indicator((first + b) * RECORDS + r));
    out.push(JSON.stringify(await signBundle(bundle(first + b, records) as Bundle, signer)));
  }
  return out;
};
const publishAll = async (list: readonly string[]) => {
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < list.length) {
      const r = await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${aoc.token}` }, body: list[next++]! });
      if (r.status !== 201) throw new Error(`publish: HTTP ${r.status} ${await r.text()}`);
    }
  }));
};
await publishAll(await make(1_000_000, Math.max(8, BUNDLES / 10)));
const bodies = await make(1, BUNDLES);
const t = performance.now();
const cpu = process.cpuUsage();
const main = mainThreadCpuMs();
const from = process.hrtime.bigint() / 1000n;
await publishAll(bodies);
if (process.env.BENCH_WEBHOOK === '1') while (arrived < bodies.length + Math.max(8, BUNDLES / 10)) await new Promise((r) => setTimeout(r, 5));
const until = process.hrtime.bigint() / 1000n;
const used = process.cpuUsage(cpu);
// the measured window, in the profiles' clock (µs), for whoever reads them
if (process.env.BENCH_WINDOW) (await import('node:fs')).writeFileSync(process.env.BENCH_WINDOW, JSON.stringify({ from: Number(from), until: Number(until) }));
const ms = performance.now() - t;
const mainMs = mainThreadCpuMs() - main;
process.stdout.write(`${(BUNDLES * RECORDS / (ms / 1000)).toFixed(0)} records/s; CPU ${((used.user + used.system) / 1000 / (BUNDLES * RECORDS / 1000)).toFixed(0)} ms per 1,000 records, ${(mainMs / (BUNDLES * RECORDS / 1000)).toFixed(0)} of them on the main thread\n`);
await server.close();
if (postgres) await driver.exec(`DROP SCHEMA ${schema} CASCADE`);
await driver.close();

/** CPU time of this process's main thread so far, in ms (Linux: /proc; NaN elsewhere). */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
    return ((utime! + stime!) * 1000) / 100; // clock ticks of 1/100 s (USER_HZ)
  } catch {
    return NaN;
  }
}
