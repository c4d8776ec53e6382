import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish, type ExchangeEvent } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendAvailable, dropSchema, freshSchema, requireDatabaseUrl } from './backends.js';
import { bundle, indicator, keyPair } from './fixtures.js';
import { startProcess } from './server-process.js';

// three server processes behind one (imaginary) load balancer, over one PostgreSQL: they behave as one exchange
describe.runIf(backendAvailable('postgres'))('three server processes over one PostgreSQL database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-shared-'));
  const schema = freshSchema('shared');
  const children: ChildProcess[] = [];
  const endpoints: string[] = [];
  const aocToken = 'aoc-token-0123456789';
  const bankToken = 'bank-token-0123456789';
  const communityToken = 'community-token-0123456789';
  let keys: Awaited<ReturnType<typeof keyPair>>;
  let db: pg.Client;

  beforeAll(async () => {
    const databaseUrl = requireDatabaseUrl();
    keys = await keyPair('aoc-1');
    writeFileSync(
      join(dir, 'partners.json'),
      JSON.stringify([
        { org: 'TH-GOV:aoc1441', token: aocToken, clearance: 'amber', keys: [keys.publicJwk] },
        { org: 'TH-BANK:004', token: bankToken, clearance: 'amber', keys: [] },
        { org: 'GASA:member:example', token: communityToken, clearance: 'green', keys: [] },
      ]),
    );
    const env = {
      GPOS_PARTNERS: join(dir, 'partners.json'),
      DATABASE_URL: databaseUrl,
      GPOS_DATABASE_SCHEMA: schema,
      PORT: '0',
      // a day's window, so no window boundary falls inside the test
      GPOS_RATE_LIMIT: '60/86400',
      GPOS_AUTH_FAILURE_LIMIT: '6/86400',
      GPOS_ALLOW_LOOPBACK_WEBHOOKS: '1',
      GPOS_WEBHOOK_TIMEOUT: '5',
      GPOS_WEBHOOK_SCHEDULE: '0,0.2,0.2,0.2',
    };
    const started = await Promise.all([startProcess(env), startProcess(env), startProcess(env)]);
    for (const s of started) {
      children.push(s.child);
      endpoints.push(s.endpoint);
    }
    db = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    rmSync(dir, { recursive: true, force: true });
    if (process.env.GPOS_TEST_DATABASE_URL) await dropSchema(schema);
  });

  it('enforces one rate limit and one sign-in failure limit across the processes, not one each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 90; i++) {
      const r = await fetch(`${endpoints[i % 3]}/v1/feed?limit=1`, { headers: { authorization: `Bearer ${communityToken}` } });
      statuses.push(r.status);
      await r.body?.cancel();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    expect(statuses.slice(60).every((s) => s === 429)).toBe(true);

    const failures: number[] = [];
    for (let i = 0; i < 9; i++) failures.push((await fetch(`${endpoints[i % 3]}/v1/feed`, { headers: { authorization: `Bearer wrong-${i}-0123456789` } })).status);
    expect(failures).toEqual([401, 401, 401, 401, 401, 401, 429, 429, 429]);
  }, 120_000);

  it('delivers each webhook once per attempt, whichever process stored the event; a killed process\'s lease is taken over', async () => {
    const signer = { privateKey: keys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
    const HELD = bundle(900, []).id;
    const requests: { bundleId: string; at: number }[] = [];
    const open = new Map<string, number>();
    let overlaps = 0;
    let held: ServerResponse | undefined;
    let onHeld: (() => void) | undefined;
    const receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const bundleId = ((JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExchangeEvent).data as { bundle: Bundle }).bundle.id;
        requests.push({ bundleId, at: Date.now() });
        // two processes attempting one delivery at the same time would overlap here
        if ((open.get(bundleId) ?? 0) > 0) overlaps++;
        open.set(bundleId, (open.get(bundleId) ?? 0) + 1);
        const done = () => open.set(bundleId, open.get(bundleId)! - 1);
        res.once('close', done);
        if (bundleId === HELD && !held) {
          held = res; // never answered: the process attempting it is killed first
          onHeld?.();
          return;
        }
        setTimeout(() => res.writeHead(204).end(), 30);
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const created = await fetch(`${endpoints[0]}/v1/subscriptions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bankToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: hook, event_types: ['bundle.published'] }),
      });
      expect(created.status).toBe(201);

      const total = 30;
      await Promise.all(
        Array.from({ length: total }, (_, i) => publish(bundle(800 + i, [indicator(800 + i)]), { endpoint: endpoints[i % 3]!, audience: 'green', signer, token: aocToken })),
      );
      await expect.poll(() => new Set(requests.map((r) => r.bundleId)).size, { timeout: 30_000, interval: 100 }).toBe(total);
      // every attempt succeeded, so each event arrived exactly once, though three processes were looking for work
      expect(requests).toHaveLength(total);
      expect(overlaps).toBe(0);

      // the delivery of HELD hangs; the process holding its lease is killed; another takes it over once the lease ends
      const heldNow = new Promise<void>((resolve) => (onHeld = resolve));
      await publish(bundle(900, [indicator(900)]), { endpoint: endpoints[1]!, audience: 'green', signer, token: aocToken });
      await Promise.race([heldNow, new Promise((_, reject) => setTimeout(() => reject(new Error('the held delivery never arrived')), 30_000))]);
      const { rows } = await db.query<{ lease_owner: string }>(`SELECT d.lease_owner FROM gpos_deliveries d JOIN gpos_events e ON e.id = d.event_id WHERE e.bundle_id = $1`, [HELD]);
      const pid = Number(rows[0]!.lease_owner.split('/')[1]);
      const victim = children.find((c) => c.pid === pid)!;
      expect(victim).toBeDefined();
      const killedAt = Date.now();
      victim.kill('SIGKILL');
      await new Promise((r) => victim.once('exit', r));
      await expect.poll(() => requests.filter((r) => r.bundleId === HELD).length, { timeout: 60_000, interval: 200 }).toBe(2);
      const retry = requests.filter((r) => r.bundleId === HELD)[1]!;
      expect(retry.at).toBeGreaterThan(killedAt);
      await expect.poll(async () => (await db.query(`SELECT 1 FROM gpos_deliveries d JOIN gpos_events e ON e.id = d.event_id WHERE e.bundle_id = $1 AND d.delivered`, [HELD])).rows.length, { timeout: 10_000 }).toBe(1);
      expect(overlaps).toBe(0);
      expect(requests).toHaveLength(total + 2);
    } finally {
      held?.destroy();
      await new Promise((r) => receiver.close(r));
    }
  }, 120_000);
});
