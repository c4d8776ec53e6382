/**
 * The load for the webhook latency benchmark, as a second process: publishes `count` pre-signed bundles of `records`
 * records to `endpoint` — at `rate` per second, or, with rate 0, as fast as the server takes them with `concurrency`
 * publishes in flight — and prints one JSON line per bundle: its id, when it was sent and when it was acknowledged
 * (performance.timeOrigin + performance.now(), comparable across processes on one machine).
 *   node --conditions=@gpos/source --import tsx bench/load.ts
 *   (env: BENCH_ENDPOINT, BENCH_TOKEN, BENCH_JWK, BENCH_RATE, BENCH_COUNT, BENCH_FIRST, BENCH_RECORDS, BENCH_CONCURRENCY)
 */
import { signBundle } from '@gpos/sdk';
import { bundle, indicator } from '../test/fixtures.js';

const endpoint = process.env.BENCH_ENDPOINT!;
const token = process.env.BENCH_TOKEN!;
const jwk = JSON.parse(process.env.BENCH_JWK!) as JsonWebKey & { kid: string };
const rate = Number(process.env.BENCH_RATE ?? 50);
const count = Number(process.env.BENCH_COUNT ?? 250);
const first = Number(process.env.BENCH_FIRST ?? 1_000_000);
const records = Number(process.env.BENCH_RECORDS ?? 1);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);

const { kid, ...key } = jwk;
const privateKey = await crypto.subtle.importKey('jwk', key, { name: 'Ed25519' }, false, ['sign']);
const signer = { privateKey, kid, alg: 'EdDSA' as const };
const bodies: { id: string; body: string }[] = [];
for (let i = 0; i < count; i++) {
  const n = first + i;
  const signed = await signBundle(bundle(n, Array.from({ length: records }, (_, r) => indicator(n * records + r))), signer);
  bodies.push({ id: signed.id, body: JSON.stringify(signed) });
}
const now = () => performance.timeOrigin + performance.now();
const publish = async (i: number) => {
  const { id, body } = bodies[i]!;
  const sentAt = now();
  const r = await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  await r.body?.cancel();
  process.stdout.write(`${JSON.stringify({ id, sentAt, ackAt: now(), status: r.status })}\n`);
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
