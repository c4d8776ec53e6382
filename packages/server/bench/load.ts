/**
 * The steady load for the webhook latency benchmark, as a second process: publishes `count` pre-signed bundles
 * at `rate` per second to `endpoint`, and prints one JSON line per bundle: its id and when it was sent
 * (performance.timeOrigin + performance.now(), comparable across processes on one machine).
 *   node --conditions=@gpos/source --import tsx bench/load.ts   (env: BENCH_ENDPOINT, BENCH_TOKEN, BENCH_JWK, BENCH_RATE, BENCH_COUNT, BENCH_FIRST)
 */
import { signBundle } from '@gpos/sdk';
import { bundle, indicator } from '../test/fixtures.js';

const endpoint = process.env.BENCH_ENDPOINT!;
const token = process.env.BENCH_TOKEN!;
const jwk = JSON.parse(process.env.BENCH_JWK!) as JsonWebKey & { kid: string };
const rate = Number(process.env.BENCH_RATE ?? 50);
const count = Number(process.env.BENCH_COUNT ?? 250);
const first = Number(process.env.BENCH_FIRST ?? 1_000_000);

const { kid, ...key } = jwk;
const privateKey = await crypto.subtle.importKey('jwk', key, { name: 'Ed25519' }, false, ['sign']);
const signer = { privateKey, kid, alg: 'EdDSA' as const };
const bodies: { id: string; body: string }[] = [];
for (let i = 0; i < count; i++) {
  const n = first + i;
  const signed = await signBundle(bundle(n, [indicator(n)]), signer);
  bodies.push({ id: signed.id, body: JSON.stringify(signed) });
}
const now = () => performance.timeOrigin + performance.now();
const start = now();
const sends: Promise<void>[] = [];
for (let i = 0; i < count; i++) {
  const due = start + (i * 1000) / rate;
  const wait = due - now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const { id, body } = bodies[i]!;
  const sentAt = now();
  sends.push(
    fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }).then(async (r) => {
      await r.body?.cancel();
      process.stdout.write(`${JSON.stringify({ id, sentAt, status: r.status })}\n`);
    }),
  );
}
await Promise.all(sends);
