/**
 * `npm run bench` (second part): the cost of oblivious pseudonyms (RFC 9497 OPRF, ristretto255-SHA512).
 *
 *  - server: evaluations per second on one core — the exchange's BlindEvaluate with libsodium (what the server
 *    runs, element validation included), the same with @noble/curves (the SDK's reference), and through the whole
 *    HTTP endpoint (`POST /v1/oprf/evaluate`, batches of BENCH_OPRF_BATCH over loopback, JSON, quota counter in
 *    PGlite) — against the target of 5,000 evaluations/s per core;
 *  - client: blind + finalize per value (what a partner computes locally), as a ratio to one HMAC-SHA-256
 *    pseudonym (`pseudonymise` with a keyring) measured in the same run.
 *
 * Sizes: BENCH_OPRF_N (2,000) elements; BENCH_OPRF_BATCH (1,000) per HTTP request.
 */
import sodium from 'libsodium-wrappers-sumo';
import { oprfEvaluator } from '@gpos/exchange';
import { Keyring, OprfKey, oprfBlind, oprfFinalize, pseudonymInput, pseudonymise, pseudonymiseMany } from '@gpos/sdk';
import { ExchangeServer, OprfKeys, PgliteStorage } from '../src/index.js';

const N = Number(process.env.BENCH_OPRF_N ?? 2_000);
const BATCH = Number(process.env.BENCH_OPRF_BATCH ?? 1_000);

const key = OprfKey.derive('bench-2026', new Uint8Array(32).fill(5));
const inputs = Array.from({ length: N }, (_, i) => pseudonymInput('phone_number', `+668${String(i).padStart(8, '0')}`));

/**
 * Per second of this process's CPU time (user + system), not of the wall clock: on a shared machine the wall
 * clock counts the time other processes held the core, and "per core" is what the target is about. The wall-clock
 * rate is kept beside it.
 */
interface Rate {
  readonly cpu: number;
  readonly wall: number;
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function perSecond(n: number, run: () => void): Rate {
  const [wall, cpu] = [performance.now(), cpuMs()];
  run();
  return { cpu: (n / (cpuMs() - cpu)) * 1000, wall: (n / (performance.now() - wall)) * 1000 };
}
async function perSecondAsync(n: number, run: () => Promise<void>): Promise<Rate> {
  const [wall, cpu] = [performance.now(), cpuMs()];
  await run();
  return { cpu: (n / (cpuMs() - cpu)) * 1000, wall: (n / (performance.now() - wall)) * 1000 };
}

await sodium.ready;
const blinded = inputs.map((input) => oprfBlind(input));
const scalar = key.secretScalar();

// warm-up, so the JIT and libsodium's WebAssembly are ready before timing
for (const b of blinded.slice(0, 200)) sodium.crypto_scalarmult_ristretto255(scalar, b.blinded);
for (const b of blinded.slice(0, 50)) key.evaluateBlinded(b.blinded);

const sodiumRate = perSecond(N, () => {
  for (const b of blinded) {
    if (!sodium.crypto_core_ristretto255_is_valid_point(b.blinded)) throw new Error('invalid');
    sodium.crypto_scalarmult_ristretto255(scalar, b.blinded);
  }
});
const nobleN = Math.min(N, 500);
const nobleRate = perSecond(nobleN, () => {
  for (const b of blinded.slice(0, nobleN)) key.evaluateBlinded(b.blinded);
});

// the endpoint, end to end
const storage = await PgliteStorage.open();
const partner = { org: 'TH-GOV:aoc1441', token: 'bench-0123456789abcdef', clearance: 'amber' as const, keys: [], oprf: true };
const exchange = new ExchangeServer({ storage, partners: [partner], rateLimit: { requests: 1_000_000, windowMs: 60_000 }, oprf: { keys: new OprfKeys([key], key.keyId), onEvaluation: () => {}, quota: { evaluations: 100_000_000, windowMs: 86_400_000 } } });
const endpoint = await exchange.listen();
const evaluator = oprfEvaluator({ endpoint, token: partner.token, maxBatch: BATCH });
await evaluator.evaluate(blinded.slice(0, 10).map((b) => b.blinded));
const httpRate = await perSecondAsync(N, async () => {
  for (let i = 0; i < N; i += BATCH) await evaluator.evaluate(blinded.slice(i, i + BATCH).map((b) => b.blinded));
});
// a partner's whole path for one batch: blind, one round trip, finalize
const partnerN = Math.min(N, 500);
const values = Array.from({ length: partnerN }, (_, i) => ({ kind: 'phone_number', canonical: `+669${String(i).padStart(8, '0')}` }));
const partnerRate = await perSecondAsync(partnerN, async () => {
  await pseudonymiseMany(oprfEvaluator({ endpoint, token: partner.token }), values);
});
await exchange.close();
await storage.close();

// client side, per value, against one HMAC-SHA-256 pseudonym in the same run
const clientN = Math.min(N, 500);
const evaluated = blinded.slice(0, clientN).map((b) => sodium.crypto_scalarmult_ristretto255(scalar, b.blinded));
const blindRate = perSecond(clientN, () => {
  for (const input of inputs.slice(0, clientN)) oprfBlind(input);
});
const finalizeRate = perSecond(clientN, () => {
  blinded.slice(0, clientN).forEach((b, i) => oprfFinalize(b, evaluated[i]!));
});
const keyring = await Keyring.create([{ keyId: 'bench', secret: new Uint8Array(32).fill(1) }]);
const hmacN = 20_000;
await pseudonymise(keyring, 'phone_number', '+66800000000');
const hmacRate = await perSecondAsync(hmacN, async () => {
  for (let i = 0; i < hmacN; i++) await pseudonymise(keyring, 'phone_number', `+668${String(i).padStart(8, '0')}`);
});
const usPer = (rate: Rate) => 1e6 / rate.cpu;
const clientUs = usPer(blindRate) + usPer(finalizeRate);

const fmt = (r: Rate) => `${Math.round(r.cpu).toLocaleString('en-US')} per CPU-second (${Math.round(r.wall).toLocaleString('en-US')} per wall-second)`;
console.log(`\nOPRF (RFC 9497, ristretto255-SHA512), ${N} elements, one process`);
console.log('| measure | figure |');
console.log('| --- | --- |');
console.log(`| server BlindEvaluate, libsodium (what the exchange runs), validation included | ${fmt(sodiumRate)} evaluations; target 5,000 per core: ${sodiumRate.cpu >= 5000 ? 'met' : 'NOT met'} |`);
console.log(`| server BlindEvaluate, @noble/curves (the SDK's reference) | ${fmt(nobleRate)} evaluations |`);
console.log(`| POST /v1/oprf/evaluate over loopback, batches of ${BATCH} (client and server share this process) | ${fmt(httpRate)} evaluations |`);
console.log(`| a partner's pseudonymiseMany of ${partnerN} values through the exchange (blind, 1 round trip, finalize) | ${fmt(partnerRate)} values |`);
console.log(`| client blind per value | ${usPer(blindRate).toFixed(0)} µs of CPU |`);
console.log(`| client finalize per value | ${usPer(finalizeRate).toFixed(0)} µs of CPU |`);
console.log(`| one HMAC-SHA-256 pseudonym (pseudonymise with a keyring, Web Crypto) | ${usPer(hmacRate).toFixed(1)} µs of CPU |`);
console.log(`| client blind + finalize ÷ one HMAC pseudonym (same run) | ${(clientUs / usPer(hmacRate)).toFixed(0)}× |`);
console.log(`| server evaluation (libsodium) ÷ one HMAC pseudonym (same run) | ${(usPer(sodiumRate) / usPer(hmacRate)).toFixed(1)}× |`);
