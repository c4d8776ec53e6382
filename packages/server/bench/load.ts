/**
 * The load for the webhook latency benchmark, as a second process: subscribes (as BENCH_SUBSCRIBER_TOKEN's partner) a
 * webhook receiver of its own, publishes `count` pre-signed bundles of `records` records to `endpoint` — at `rate` per
 * second, or, with rate 0, as fast as the server takes them with `concurrency` publishes in flight — waits for their
 * webhooks (up to 60 s), deletes the subscription and prints one JSON line per bundle: its id and when it was sent,
 * acknowledged and received by webhook (ms, performance.timeOrigin + performance.now()). Publisher and receiver in
 * one process outside the server's: the times are taken where a partner would see them.
 *   node --conditions=@gpos/source --import tsx bench/load.ts
 *   (env: BENCH_ENDPOINT, BENCH_TOKEN, BENCH_SUBSCRIBER_TOKEN, BENCH_JWK, BENCH_RATE, BENCH_COUNT, BENCH_FIRST, BENCH_RECORDS, BENCH_CONCURRENCY)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExchangeEvent } from '@gpos/exchange';
import { signBundle } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import { bundle, indicator } from '../test/fixtures.js';

const endpoint = process.env.BENCH_ENDPOINT!;
const token = process.env.BENCH_TOKEN!;
const subscriber = process.env.BENCH_SUBSCRIBER_TOKEN!;
const jwk = JSON.parse(process.env.BENCH_JWK!) as JsonWebKey & { kid: string };
const rate = Number(process.env.BENCH_RATE ?? 50);
const count = Number(process.env.BENCH_COUNT ?? 250);
const first = Number(process.env.BENCH_FIRST ?? 1_000_000);
const records = Number(process.env.BENCH_RECORDS ?? 1);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const now = () => performance.timeOrigin + performance.now();

const { kid, ...key } = jwk;
const privateKey = await crypto.subtle.importKey('jwk', key, { name: 'Ed25519' }, false, ['sign']);
const signer = { privateKey, kid, alg: 'EdDSA' as const };
const bodies: { id: string; body: string }[] = [];
for (let i = 0; i < count; i++) {
  const n = first + i;
  const signed = await signBundle(bundle(n, Array.from({ length: records }, (_, r) => indicator(n * records + r))), signer);
  bodies.push({ id: signed.id, body: JSON.stringify(signed) });
}

const arrivals = new Map<string, number>();
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const at = now();
    const id = ((JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExchangeEvent).data as { bundle?: Bundle }).bundle?.id;
    if (id && !arrivals.has(id)) arrivals.set(id, at);
    res.writeHead(204).end();
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
const created = await fetch(`${endpoint}/v1/subscriptions`, {
  method: 'POST',
  headers: { authorization: `Bearer ${subscriber}`, 'content-type': 'application/json' },
  body: JSON.stringify({ url: hook, event_types: ['bundle.published'] }),
});
if (created.status !== 201) throw new Error(`subscribe: HTTP ${created.status} ${await created.text()}`);
const subscription = ((await created.json()) as { id: string }).id;

const sent = new Map<string, { sentAt: number; ackAt: number; status: number }>();
const publish = async (i: number) => {
  const { id, body } = bodies[i]!;
  const sentAt = now();
  const r = await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  await r.body?.cancel();
  sent.set(id, { sentAt, ackAt: now(), status: r.status });
};
if (rate > 0) {
  const start = now();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / rate - now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    sends.push(publish(i));
  }
  await Promise.all(sends);
} else {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await publish(next++);
  }));
}
const deadline = Date.now() + 60_000;
while ([...sent].some(([id, s]) => s.status === 201 && !arrivals.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
await fetch(`${endpoint}/v1/subscriptions/${subscription}`, { method: 'DELETE', headers: { authorization: `Bearer ${subscriber}` } });
await new Promise((r) => receiver.close(r));
for (const [id, s] of sent) process.stdout.write(`${JSON.stringify({ id, ...s, receivedAt: arrivals.get(id) ?? null })}\n`);
