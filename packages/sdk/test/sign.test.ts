import fc from 'fast-check';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { validate } from '@gpos/validate';
import { signBundle, signingInput, toBase64url, verifyBundle, type SignatureAlg } from '../src/index.js';
import { clone, validBundle } from './fixtures.js';

async function keys(alg: SignatureAlg, kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}) });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg };
  return { privateKey, publicJwk: jwk as JWK, privateJwk: { ...(await exportJWK(privateKey)), kid } as JWK };
}

/** Re-serialises an object with its keys in reverse order, all the way down. */
const reorder = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(reorder) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v;

const header = (obj: object) => toBase64url(new TextEncoder().encode(JSON.stringify(obj)));

describe.each(['EdDSA', 'ES256'] as const)('signBundle / verifyBundle with %s', (alg) => {
  it('round-trips, and the signed bundle is valid', async () => {
    const k = await keys(alg, `${alg}-1`);
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: `${alg}-1`, alg });
    expect(signed.signature).toMatchObject({ kid: `${alg}-1`, alg });
    expect(signed.signature!.jws).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/);
    expect(validate(signed).valid).toBe(true);
    expect(await verifyBundle(signed, { keys: [k.publicJwk] })).toEqual({ ok: true, kid: `${alg}-1`, alg });
    expect(validBundle.signature).toBeUndefined();
  });
  it('answers the bytes the signature covers when asked, so they need not be computed again', async () => {
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    const result = await verifyBundle(signed, { keys: [k.publicJwk], keepSignedBytes: true });
    expect(result).toMatchObject({ ok: true, kid: 'k', alg });
    expect((result as { signed?: Uint8Array }).signed).toEqual(signingInput(signed));
    const tampered = { ...signed, producer: 'TH-GOV:other' };
    expect(await verifyBundle(tampered, { keys: [k.publicJwk], keepSignedBytes: true })).toMatchObject({ ok: false, code: 'bad_signature' });
  });
  it('verifies against the key given each time, whatever keys it has imported before under the same kid', async () => {
    const first = await keys(alg, 'same-kid');
    const second = await keys(alg, 'same-kid');
    const byFirst = await signBundle(validBundle, { privateKey: first.privateKey, kid: 'same-kid', alg });
    const bySecond = await signBundle(validBundle, { privateKey: second.privateKey, kid: 'same-kid', alg });
    for (let round = 0; round < 2; round++) {
      expect((await verifyBundle(byFirst, { keys: [first.publicJwk] })).ok).toBe(true);
      expect(await verifyBundle(byFirst, { keys: [second.publicJwk] })).toMatchObject({ ok: false, code: 'bad_signature' });
      expect((await verifyBundle(bySecond, { keys: [second.publicJwk] })).ok).toBe(true);
      expect(await verifyBundle(bySecond, { keys: [first.publicJwk] })).toMatchObject({ ok: false, code: 'bad_signature' });
    }
    // a key retired since (exp in the past) is refused even though it was imported while valid
    expect(await verifyBundle(byFirst, { keys: [{ ...first.publicJwk, exp: 1 } as JWK] })).toMatchObject({ ok: false, code: 'expired_key' });
  });
  it('accepts a whole JWKS object', async () => {
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    expect((await verifyBundle(signed, { keys: { keys: [k.publicJwk] } })).ok).toBe(true);
    expect(await verifyBundle(signed, { keys: { keys: 'nope' } as never })).toMatchObject({ ok: false, code: 'unusable_key' });
  });
  it('signs with a private JWK and verifies through a key lookup', async () => {
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateJwk, kid: 'k', alg });
    expect((await verifyBundle(signed, { keys: async (kid) => (kid === 'k' ? k.publicJwk : undefined) })).ok).toBe(true);
  });
  it('fails on a tampered record and on any one-byte change of the canonical form', async () => {
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    const tampered = clone(signed);
    (tampered.records[0] as unknown as { tlp: string }).tlp = 'clear';
    expect(await verifyBundle(tampered, { keys: [k.publicJwk] })).toMatchObject({ ok: false, code: 'bad_signature' });
    const producer = clone(signed);
    producer.producer = 'TH-GOV:aoc1442';
    expect(await verifyBundle(producer, { keys: [k.publicJwk] })).toMatchObject({ ok: false, code: 'bad_signature' });
  });
  it('still verifies with the keys reordered (RFC 8785)', async () => {
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    const reordered = JSON.parse(JSON.stringify(reorder(signed), null, 2));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(signed));
    expect((await verifyBundle(reordered, { keys: [k.publicJwk] })).ok).toBe(true);
  });
  it('fails with the wrong key, and with an unknown kid', async () => {
    const k = await keys(alg, 'k');
    const other = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    expect(await verifyBundle(signed, { keys: [other.publicJwk] })).toMatchObject({ ok: false, code: 'bad_signature' });
    expect(await verifyBundle(signed, { keys: [{ ...k.publicJwk, kid: 'other' }] })).toMatchObject({ ok: false, code: 'unknown_key' });
  });
  it('refuses a key past its exp, or before its nbf, and accepts it in between', async () => {
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    const windowed = { ...k.publicJwk, nbf: Date.parse('2026-01-01T00:00:00Z') / 1000, exp: Date.parse('2027-01-01T00:00:00Z') / 1000 };
    expect(await verifyBundle(signed, { keys: [windowed], now: new Date('2027-06-01T00:00:00Z') })).toMatchObject({ ok: false, code: 'expired_key', reason: expect.stringContaining('2027-01-01') });
    expect(await verifyBundle(signed, { keys: [windowed], now: new Date('2025-06-01T00:00:00Z') })).toMatchObject({ ok: false, code: 'expired_key' });
    expect(await verifyBundle(signed, { keys: [windowed], now: new Date('2026-06-01T00:00:00Z') })).toMatchObject({ ok: true });
  });
  it('accepts an Ed25519 key exported by Web Crypto with its fully-specified alg label', async () => {
    if (alg !== 'EdDSA') return;
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    expect(await verifyBundle(signed, { keys: [{ ...k.publicJwk, alg: 'Ed25519' }] })).toMatchObject({ ok: true });
    expect(await verifyBundle(signed, { keys: [{ ...k.publicJwk, alg: 'ES256' }] })).toMatchObject({ ok: false, code: 'unusable_key' });
  });
  it('uses only the public part of a private JWK given as a verification key', async () => {
    const k = await keys(alg, 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg });
    expect((await verifyBundle(signed, { keys: [k.privateJwk] })).ok).toBe(true);
  });
});

describe('verifyBundle refuses what it must', () => {
  const payload = () => toBase64url(signingInput(validBundle));
  const withJws = (jws: string, alg = 'EdDSA', kid = 'k') => ({ ...clone(validBundle), signature: { jws, kid, alg } });

  it('reports an unsigned bundle', async () => {
    expect(await verifyBundle(validBundle, { keys: [] })).toMatchObject({ ok: false, code: 'unsigned' });
  });
  it('refuses alg none', async () => {
    const jws = `${header({ alg: 'none', kid: 'k' })}..${'A'.repeat(10)}`;
    expect(await verifyBundle(withJws(jws, 'none'), { keys: [] })).toMatchObject({ ok: false, code: 'algorithm_not_allowed' });
    // an unsecured JWS has an empty signature part, which is not even the detached form
    expect(await verifyBundle(withJws(`${header({ alg: 'none', kid: 'k' })}..`, 'none'), { keys: [] })).toMatchObject({ ok: false, code: 'malformed_signature' });
  });
  it('refuses HS256 even when the verifier holds the secret as a JWK', async () => {
    const { createHmac } = await import('node:crypto');
    const secret = Buffer.alloc(32, 7);
    const h = header({ alg: 'HS256', kid: 'k' });
    const sig = createHmac('sha256', secret).update(`${h}.${payload()}`).digest('base64url');
    const result = await verifyBundle(withJws(`${h}..${sig}`, 'HS256'), { keys: [{ kty: 'oct', k: secret.toString('base64url'), kid: 'k' }] });
    expect(result).toMatchObject({ ok: false, code: 'algorithm_not_allowed' });
  });
  it('refuses a symmetric key offered for an allowed alg', async () => {
    const h = header({ alg: 'EdDSA', kid: 'k', typ: 'gpos-bundle+jws' });
    const result = await verifyBundle(withJws(`${h}..AAAA`), { keys: [{ kty: 'oct', k: 'AAAA', kid: 'k' }] });
    expect(result).toMatchObject({ ok: false, code: 'unusable_key' });
  });
  it('refuses a key meant for another algorithm', async () => {
    const k = await keys('ES256', 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg: 'ES256' });
    expect(await verifyBundle(signed, { keys: [{ ...k.publicJwk, alg: 'EdDSA' }] })).toMatchObject({ ok: false, code: 'unusable_key' });
  });
  it('refuses a header that disagrees with the signature object, or carries crit/b64', async () => {
    const k = await keys('EdDSA', 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg: 'EdDSA' });
    const lie = { ...signed, signature: { ...signed.signature!, kid: 'other' } };
    expect(await verifyBundle(lie, { keys: [k.publicJwk, { ...k.publicJwk, kid: 'other' }] })).toMatchObject({ ok: false, code: 'malformed_signature' });
    const crit = withJws(`${header({ alg: 'EdDSA', kid: 'k', b64: false, crit: ['b64'] })}..AAAA`);
    expect(await verifyBundle(crit, { keys: [k.publicJwk] })).toMatchObject({ ok: false, code: 'malformed_signature' });
  });
  it.each([
    ['a huge string', 'A'.repeat(5_000_000) + '..' + 'A'],
    ['an attached JWS', 'eyJhbGciOiJFZERTQSJ9.e30.AAAA'],
    ['no dots', 'garbage'],
    ['a header that is not JSON', `${toBase64url(new TextEncoder().encode('{not json'))}..AAAA`],
    ['a header that is JSON but not an object', `${header([1, 2])}..AAAA`],
    ['a header of invalid UTF-8', `${toBase64url(new Uint8Array([0xff, 0xfe]))}..AAAA`],
    ['an impossible base64url length', 'A..AAAA'],
  ])('gives a clear failure, not an exception, for %s', async (_d, jws) => {
    const result = await verifyBundle(withJws(jws), { keys: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
  });
  it('gives a clear failure for a non-object signature, a non-bundle, and a key lookup that throws', async () => {
    expect(await verifyBundle({ ...validBundle, signature: 'x' }, { keys: [] })).toMatchObject({ ok: false, code: 'malformed_signature' });
    expect(await verifyBundle(null, { keys: [] })).toMatchObject({ ok: false, code: 'malformed_signature' });
    expect(await verifyBundle({ ...validBundle, signature: { jws: 5, kid: 'k', alg: 'EdDSA' } }, { keys: [] })).toMatchObject({ ok: false });
    const k = await keys('EdDSA', 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg: 'EdDSA' });
    const result = await verifyBundle(signed, { keys: async () => { throw new Error('JWKS endpoint down'); } });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toMatch(/JWKS endpoint down/);
  });
  it('signBundle refuses other algorithms', async () => {
    const k = await keys('EdDSA', 'k');
    await expect(signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg: 'HS256' as SignatureAlg })).rejects.toThrow(/EdDSA or ES256/);
  });
  it('replaces an earlier signature when signing again', async () => {
    const a = await keys('EdDSA', 'a');
    const b = await keys('ES256', 'b');
    const once = await signBundle(validBundle, { privateKey: a.privateKey, kid: 'a', alg: 'EdDSA' });
    const twice = await signBundle(once, { privateKey: b.privateKey, kid: 'b', alg: 'ES256' });
    expect(await verifyBundle(twice, { keys: [a.publicJwk, b.publicJwk] })).toEqual({ ok: true, kid: 'b', alg: 'ES256' });
  });
});

describe('any one-character change fails verification (property)', () => {
  it('holds for every string leaf of the bundle', async () => {
    const k = await keys('EdDSA', 'k');
    const signed = await signBundle(validBundle, { privateKey: k.privateKey, kid: 'k', alg: 'EdDSA' });
    const leaves: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (typeof node === 'string') leaves.push(path);
      else if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
      else if (node && typeof node === 'object') for (const [key, v] of Object.entries(node)) if (key !== 'signature') walk(v, [...path, key]);
    };
    walk(signed, []);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...leaves), fc.nat(), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), async (path, at, ch) => {
        const copy = clone(signed) as unknown as Record<string | number, unknown>;
        let parent = copy;
        for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
        const last = path.at(-1)!;
        const old = parent[last] as string;
        const i = old.length === 0 ? 0 : at % old.length;
        const changed = old.slice(0, i) + ch + old.slice(i + 1);
        fc.pre(changed !== old);
        parent[last] = changed;
        const result = await verifyBundle(copy, { keys: [k.publicJwk] });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
