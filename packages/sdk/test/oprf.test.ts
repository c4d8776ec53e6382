import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ristretto255, ristretto255_hasher, ristretto255_oprf } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../src/base64url.js';
import {
  DEFAULT_OPRF_BATCH,
  Keyring,
  OPRF_ALG,
  OprfElementError,
  OprfKey,
  compareObservables,
  decodeOprfElement,
  oprfBlind,
  oprfFinalize,
  pseudonymInput,
  pseudonymise,
  pseudonymiseIndicators,
  pseudonymiseMany,
  toBase64url,
  type OprfEvaluator,
} from '../src/index.js';
import { OPRF_VECTORS_PATH, blindWithScalar, generate, type OprfVector } from '../scripts/oprf-vectors.js';
import { indicator } from './fixtures.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
// noble ships RFC 9497 Evaluate on the OPRF mode without declaring it: the independent check of OprfKey.evaluate
const rfcEvaluate = (sk: Uint8Array, input: Uint8Array): Uint8Array =>
  (ristretto255_oprf.oprf as unknown as { evaluate(sk: Uint8Array, input: Uint8Array): Uint8Array }).evaluate(sk, input);

// RFC 9497 Appendix A.1.1: OPRF(ristretto255, SHA-512), OPRF mode (0x00), test vectors 1 and 2
const RFC9497_A_1_1 = {
  seed: 'a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3',
  keyInfo: '74657374206b6579', // "test key"
  skSm: '5ebcea5ee37023ccb9fc2d2019f9d7737be85591ae8652ffa9ef0f4d37063b0e',
  vectors: [
    {
      input: '00',
      blind: '64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706',
      blindedElement: '609a0ae68c15a3cf6903766461307e5c8bb2f95e7e6550e1ffa2dc99e412803c',
      evaluationElement: '7ec6578ae5120958eb2db1745758ff379e77cb64fe77b0b2d8cc917ea0869c7e',
      output: '527759c3d9366f277d8c6020418d96bb393ba2afb20ff90df23fb7708264e2f3ab9135e3bd69955851de4b1f9fe8a0973396719b7912ba9ee8aa7d0b5e24bcf6',
    },
    {
      input: '5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a',
      blind: '64d37aed22a27f5191de1c1d69fadb899d8862b58eb4220029e036ec4c1f6706',
      blindedElement: 'da27ef466870f5f15296299850aa088629945a17d1f5b7f5ff043f76b3c06418',
      evaluationElement: 'b4cbf5a4f1eeda5a63ce7b77c7d23f461db3fcab0dd28e4e17cecb5c90d02c25',
      output: 'f4a74c9c592497375e796aa837e907b1a045d34306a749db9f34221f7e750cb4f2a6413a6bf6fa5e19ba6348eb673934a722a7ede2e7621306d18951e7cf2c73',
    },
  ],
};

describe('RFC 9497 Appendix A.1.1 (ristretto255-SHA512, OPRF mode) through @noble/curves', () => {
  const oprf = ristretto255_oprf.oprf;
  it('DeriveKeyPair gives skSm', () => {
    expect(hex(oprf.deriveKeyPair(fromHex(RFC9497_A_1_1.seed), fromHex(RFC9497_A_1_1.keyInfo)).secretKey)).toBe(RFC9497_A_1_1.skSm);
  });
  it.each(RFC9497_A_1_1.vectors.map((v, i) => [i + 1, v] as const))('vector %i: Blind, BlindEvaluate, Finalize and Evaluate', (_n, v) => {
    const input = fromHex(v.input);
    const sk = fromHex(RFC9497_A_1_1.skSm);
    const blinded = blindWithScalar(input, fromHex(v.blind));
    expect(hex(blinded)).toBe(v.blindedElement);
    const evaluated = oprf.blindEvaluate(sk, blinded);
    expect(hex(evaluated)).toBe(v.evaluationElement);
    expect(hex(oprfFinalize({ input, blind: fromHex(v.blind), blinded }, evaluated))).toBe(v.output);
    expect(hex(rfcEvaluate(sk, input))).toBe(v.output);
  });
});

describe('conformance/pseudonyms/oprf-vectors.json', () => {
  const committed = readFileSync(OPRF_VECTORS_PATH, 'utf8');
  const { vectors } = JSON.parse(committed) as { vectors: OprfVector[] };
  it('is what the SDK derives today (regenerate with npm run vectors)', () => {
    expect(generate()).toBe(committed);
  });
  it.each(vectors.map((v) => [v.description, v] as const))('%s: every step checks with the RFC functions', async (_d, v) => {
    expect(new TextDecoder().decode(pseudonymInput(v.kind, v.canonical))).toBe(v.input);
    const sk = fromHex(v.sk_hex);
    expect(hex(ristretto255_oprf.oprf.deriveKeyPair(fromHex(v.seed_hex), new TextEncoder().encode(v.key_id)).secretKey)).toBe(v.sk_hex);
    expect(hex(ristretto255_oprf.oprf.blindEvaluate(sk, fromHex(v.blinded_hex)))).toBe(v.evaluated_hex);
    expect(toBase64url(rfcEvaluate(sk, new TextEncoder().encode(v.input)))).toBe(v.value);
    // and through the SDK with a fresh random blind: the same pseudonym
    const key = OprfKey.derive(v.key_id, fromHex(v.seed_hex));
    expect(toBase64url(key.evaluate(new TextEncoder().encode(v.input)))).toBe(v.value);
    expect(await pseudonymise(key.evaluator(), v.kind, v.canonical)).toEqual({ alg: OPRF_ALG, key_id: v.key_id, value: v.value });
  });
  it.each(vectors.map((v) => [v.description, v] as const))('%s: the uniform bytes and the unblinded element give the blinded element and the pseudonym', (_d, v) => {
    const point = ristretto255_hasher.deriveToCurve!(fromHex(v.uniform_hex));
    expect(hex(point.multiply(ristretto255.Point.Fn.fromBytes(fromHex(v.blind_hex))).toBytes())).toBe(v.blinded_hex);
    const input = Buffer.from(v.input, 'utf8');
    const i2osp = (n: number) => Buffer.from([n >> 8, n & 255]);
    const finalize = createHash('sha512').update(Buffer.concat([i2osp(input.length), input, i2osp(32), Buffer.from(v.unblinded_hex, 'hex'), Buffer.from('Finalize')]));
    expect(finalize.digest('base64url')).toBe(v.value);
  });
  it('the hashing steps check in Python with its standard library alone (conformance/python/check_oprf.py)', (context) => {
    const script = fileURLToPath(new URL('../../../conformance/python/check_oprf.py', import.meta.url));
    const run = spawnSync('python3', [script], { encoding: 'utf8' });
    if (run.error) return context.skip('python3 is not installed');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });
  it('two blinds of one value give two blinded elements and one pseudonym', () => {
    const [a, b] = vectors;
    expect(a!.input).toBe(b!.input);
    expect(a!.blinded_hex).not.toBe(b!.blinded_hex);
    expect(a!.value).toBe(b!.value);
  });
});

/** An evaluator that records what the exchange sees. */
function spy(key: OprfKey, maxBatch?: number) {
  const seen: Uint8Array[][] = [];
  const evaluator: OprfEvaluator = {
    alg: OPRF_ALG,
    ...(maxBatch ? { maxBatch } : {}),
    evaluate: async (blinded) => {
      seen.push(blinded.map((b) => b.slice()));
      return key.evaluator().evaluate(blinded);
    },
  };
  return { evaluator, seen };
}

describe('oblivious pseudonyms', () => {
  const key = OprfKey.derive('exchange-2026-01', new Uint8Array(32).fill(7));

  it("the exchange's view is independent of the input: one value blinded twice gives unrelated elements", async () => {
    const { evaluator, seen } = spy(key);
    const first = await pseudonymise(evaluator, 'phone_number', '+66812345678');
    const second = await pseudonymise(evaluator, 'phone_number', '+66812345678');
    expect(first).toEqual(second);
    expect(seen).toHaveLength(2);
    expect(hex(seen[0]![0]!)).not.toBe(hex(seen[1]![0]!));
    // and nothing sent is the unblinded hash of the input
    const plain = hex(rfcEvaluate(key.secretScalar(), pseudonymInput('phone_number', '+66812345678')));
    expect(seen.flat().map(hex)).not.toContain(plain.slice(0, 64));
  });

  it('a pseudonym carries the algorithm and key id, 86 base64url characters, and differs from the HMAC one', async () => {
    const p = await pseudonymise(key.evaluator(), 'phone_number', '+66812345678');
    expect(p.alg).toBe('oprf-ristretto255-sha512');
    expect(p.key_id).toBe('exchange-2026-01');
    expect(p.value).toMatch(/^[A-Za-z0-9_-]{86}$/);
    const keyring = await Keyring.create([{ keyId: 'exchange-2026-01', secret: new Uint8Array(32).fill(7) }]);
    const h = await pseudonymise(keyring, 'phone_number', '+66812345678');
    expect(compareObservables({ kind: 'phone_number', pseudonym: p }, { kind: 'phone_number', pseudonym: { ...h, value: p.value } }).same).toBe(false);
    expect(compareObservables({ kind: 'phone_number', pseudonym: p }, { kind: 'phone_number', pseudonym: { ...p } }).same).toBe(true);
  });

  it('blind then finalize gives the direct evaluation for any value, unicode and JSON escapes included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), async (canonical) => {
        const p = await pseudonymise(key.evaluator(), 'phone_number', canonical);
        expect(p.value).toBe(toBase64url(key.evaluate(pseudonymInput('phone_number', canonical))));
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('another key gives unrelated pseudonyms (rotation)', async () => {
    const next = OprfKey.derive('exchange-2026-07', new Uint8Array(32).fill(7));
    const a = await pseudonymise(key.evaluator(), 'phone_number', '+66812345678');
    const b = await pseudonymise(next.evaluator(), 'phone_number', '+66812345678');
    expect(b.key_id).toBe('exchange-2026-07');
    expect(b.value).not.toBe(a.value);
  });

  it('a batch up to the evaluator\'s maxBatch (10,000 by default) is one round trip; repeated values are evaluated once', async () => {
    expect(DEFAULT_OPRF_BATCH).toBe(10_000);
    const { evaluator, seen } = spy(key);
    const items = Array.from({ length: 300 }, (_, i) => ({ kind: 'phone_number', canonical: `+668${String(i % 250).padStart(8, '0')}` }));
    const out = await pseudonymiseMany(evaluator, items);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toHaveLength(250);
    expect(out).toHaveLength(300);
    expect(out[250]).toEqual(out[0]);
    expect(out[1]).not.toEqual(out[0]);
  }, 120_000);

  it('splits a batch larger than the evaluator takes', async () => {
    const { evaluator, seen } = spy(key, 3);
    const out = await pseudonymiseMany(evaluator, ['1', '2', '3', '4', '5', '6', '7'].map((d) => ({ kind: 'phone_number', canonical: `+6681234567${d}` })));
    expect(seen.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(out[6]).toEqual(await pseudonymise(key.evaluator(), 'phone_number', '+66812345677'));
  });

  it('refuses an answer with a wrong count, a malformed or identity element', async () => {
    const answer = (evaluated: Uint8Array[]): OprfEvaluator => ({ alg: OPRF_ALG, evaluate: async () => ({ key_id: 'k', evaluated }) });
    await expect(pseudonymise(answer([]), 'phone_number', '+66812345678')).rejects.toThrow(/sent 1 elements, got 0/);
    await expect(pseudonymise(answer([new Uint8Array(32)]), 'phone_number', '+66812345678')).rejects.toThrow(OprfElementError);
    await expect(pseudonymise(answer([new Uint8Array(32).fill(255)]), 'phone_number', '+66812345678')).rejects.toThrow(OprfElementError);
    await expect(pseudonymise(answer([new Uint8Array(31)]), 'phone_number', '+66812345678')).rejects.toThrow(/32 bytes/);
  });

  it('the exchange side refuses a malformed, non-canonical or identity blinded element', () => {
    expect(() => key.evaluateBlinded(new Uint8Array(32))).toThrow(/identity/);
    expect(() => key.evaluateBlinded(new Uint8Array(32).fill(255))).toThrow(/canonical/);
    expect(() => key.evaluateBlinded(new Uint8Array(33))).toThrow(/32 bytes/);
    const ok = oprfBlind(new Uint8Array([1])).blinded;
    expect(decodeOprfElement(ok).equals(ristretto255.Point.ZERO)).toBe(false);
  });

  it('pseudonymiseIndicators: only the OPRF pseudonym travels, clear match keys go', async () => {
    const { evaluator, seen } = spy(key);
    const input = structuredClone(indicator);
    const [out] = await pseudonymiseIndicators([input, structuredClone(indicator)], evaluator);
    expect(seen).toHaveLength(1);
    expect(out!.observable.pseudonym?.alg).toBe(OPRF_ALG);
    expect(out!.observable.canonical).toBeUndefined();
    expect(out!.observable.raw).toBeUndefined();
    expect((out!.observable.match_keys ?? []).every((k) => k.type === 'hmac_sha256')).toBe(true);
    expect(JSON.stringify(out)).not.toContain(input.observable.canonical!);
  });
});
