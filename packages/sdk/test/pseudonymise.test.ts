import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../src/base64url.js';
import { Keyring, hmacMatchKey, pseudonymInput, pseudonymMatches, pseudonymise, toBase64url } from '../src/index.js';
import { generate, VECTORS_PATH, type PseudonymVector } from '../scripts/pseudonym-vectors.js';

const key1 = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const key2 = fromHex('f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff');

describe('conformance/pseudonyms/vectors.json', () => {
  const committed = readFileSync(VECTORS_PATH, 'utf8');
  const { vectors } = JSON.parse(committed) as { vectors: PseudonymVector[] };

  it('is what the SDK derives today (regenerate with scripts/pseudonym-vectors.ts)', async () => {
    expect(await generate()).toBe(committed);
  });

  it.each(vectors.map((v) => [v.description, v] as const))('%s: matches an independent HMAC', async (_d, v) => {
    expect(new TextDecoder().decode(pseudonymInput(v.kind, v.canonical))).toBe(v.input);
    const mac = createHmac('sha256', Buffer.from(v.key_hex, 'hex')).update(Buffer.from(v.input, 'utf8')).digest('base64url');
    expect(mac).toBe(v.value);
    const keyring = await Keyring.create([{ keyId: v.key_id, secret: fromHex(v.key_hex) }]);
    expect(await pseudonymise(keyring, v.kind, v.canonical)).toEqual({ alg: 'hmac-sha256', key_id: v.key_id, value: v.value });
  });
});

describe('Keyring', () => {
  it('imports raw bytes or base64url, and uses the last key as current unless told', async () => {
    const ring = await Keyring.create([
      { keyId: 'k1', secret: key1 },
      { keyId: 'k2', secret: toBase64url(key2) },
    ]);
    expect(ring.currentKeyId).toBe('k2');
    expect(ring.keyIds()).toEqual(['k1', 'k2']);
    expect((await Keyring.create([{ keyId: 'k1', secret: key1 }, { keyId: 'k2', secret: key2 }], { current: 'k1' })).currentKeyId).toBe('k1');
  });
  it('accepts padded base64url', async () => {
    const padded = Buffer.from(key1).toString('base64url') + '=';
    await expect(Keyring.create([{ keyId: 'k1', secret: padded }])).resolves.toBeInstanceOf(Keyring);
  });
  it('refuses short keys, bad ids, duplicates, junk secrets and an unknown current key', async () => {
    await expect(Keyring.create([{ keyId: 'k1', secret: new Uint8Array(16) }])).rejects.toThrow(/at least 32/);
    await expect(Keyring.create([{ keyId: 'bad id!', secret: key1 }])).rejects.toThrow(/key id/);
    await expect(Keyring.create([{ keyId: 'k1', secret: key1 }, { keyId: 'k1', secret: key2 }])).rejects.toThrow(/twice/);
    await expect(Keyring.create([{ keyId: 'k1', secret: 'not base64url!' }])).rejects.toThrow(/base64url/);
    await expect(Keyring.create([{ keyId: 'k1', secret: key1 }], { current: 'k9' })).rejects.toThrow(/current/);
    await expect(Keyring.create([])).rejects.toThrow(/at least one/);
  });
  it('generates 32-byte secrets', () => {
    expect(Keyring.generateSecret()).toHaveLength(32);
  });
});

describe('pseudonymise', () => {
  it('makes a 43-character base64url schema pseudonym, never the plain SHA-256', async () => {
    const ring = await Keyring.create([{ keyId: 'k1', secret: key1 }]);
    const p = await pseudonymise(ring, 'phone_number', '+66812345678');
    expect(p.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { createHash } = await import('node:crypto');
    expect(p.value).not.toBe(createHash('sha256').update('+66812345678').digest('base64url'));
    expect(p.value).not.toBe(createHash('sha256').update(pseudonymInput('phone_number', '+66812345678')).digest('base64url'));
  });
  it('separates domains by kind', async () => {
    const ring = await Keyring.create([{ keyId: 'k1', secret: key1 }]);
    const a = await pseudonymise(ring, 'phone_number', '0812345678');
    const b = await pseudonymise(ring, 'bank_account', '0812345678');
    expect(a.value).not.toBe(b.value);
  });
  it('refuses empty kinds and values', async () => {
    const ring = await Keyring.create([{ keyId: 'k1', secret: key1 }]);
    await expect(pseudonymise(ring, '', 'x')).rejects.toThrow(TypeError);
    await expect(pseudonymise(ring, 'phone_number', '')).rejects.toThrow(TypeError);
  });
  it('survives a key rotation: old pseudonyms still match under the key they name', async () => {
    const before = await Keyring.create([{ keyId: 'k1', secret: key1 }]);
    const old = await pseudonymise(before, 'phone_number', '+66812345678');
    const after = await Keyring.create([{ keyId: 'k1', secret: key1 }, { keyId: 'k2', secret: key2 }]);
    const fresh = await pseudonymise(after, 'phone_number', '+66812345678');
    expect(fresh.key_id).toBe('k2');
    expect(fresh.value).not.toBe(old.value);
    expect(await pseudonymMatches(after, old, 'phone_number', '+66812345678')).toBe(true);
    expect(await pseudonymMatches(after, fresh, 'phone_number', '+66812345678')).toBe(true);
    expect(await pseudonymMatches(after, fresh, 'phone_number', '+66812345679')).toBe(false);
    expect(await pseudonymMatches(after, fresh, 'e164', '+66812345678')).toBe(false);
    // a partner who dropped k1 can no longer match, and says so with false rather than an error
    const dropped = await Keyring.create([{ keyId: 'k2', secret: key2 }]);
    expect(await pseudonymMatches(dropped, old, 'phone_number', '+66812345678')).toBe(false);
    expect(await pseudonymMatches(after, { ...old, value: 'short' }, 'phone_number', '+66812345678')).toBe(false);
  });
  it('keys match keys with their type as the domain', async () => {
    const ring = await Keyring.create([{ keyId: 'k1', secret: key1 }]);
    const key = await hmacMatchKey(ring, { type: 'e164', value: '+66812345678' });
    expect(key).toEqual({ type: 'hmac_sha256', of: 'e164', key_id: 'k1', value: (await pseudonymise(ring, 'e164', '+66812345678')).value });
    expect(await hmacMatchKey(ring, key)).toEqual(key);
  });
});

describe('pseudonymiseIndicator', () => {
  it('replaces the value, its id, personal attributes and match keys, and keeps context', async () => {
    const { buildIndicator, pseudonymiseIndicator } = await import('../src/index.js');
    const ring = await Keyring.create([{ keyId: 'k1', secret: key1 }]);
    const built = buildIndicator({ kind: 'bank_account', raw: '004-1-23456-7', source: 'TH-GOV:aoc1441', normalize: { country: 'TH', institution: '004' } });
    if (!built.ok) throw new Error('fixture');
    const before = JSON.stringify(built.record);
    const out = await pseudonymiseIndicator(built.record, ring);
    expect(JSON.stringify(built.record)).toBe(before);
    expect(out.observable).toEqual({
      kind: 'bank_account',
      pseudonym: await pseudonymise(ring, 'bank_account', 'TH:004:0041234567'),
      match_keys: [await hmacMatchKey(ring, { type: 'bank_account', value: 'TH:004:0041234567' })],
      attributes: { country: 'TH', institution_id: '004' },
      normalizer: built.record.observable.normalizer,
    });
    expect(out.tlp).toBe('amber');
    expect(JSON.stringify(out)).not.toContain('1234567');
    const { validate } = await import('@gpos/validate');
    expect(validate({ ...out, tlp: 'green' }).valid).toBe(true);
  });
  it('refuses an observable with nothing to pseudonymise', async () => {
    const { pseudonymiseIndicator } = await import('../src/index.js');
    const ring = await Keyring.create([{ keyId: 'k1', secret: key1 }]);
    await expect(pseudonymiseIndicator({ observable: { kind: 'phone_number', raw: '0812345678' } } as never, ring)).rejects.toThrow(/canonical/);
  });
});
