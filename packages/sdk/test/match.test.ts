import { describe, expect, it } from 'vitest';
import type { Indicator } from '@gpos/types';
import { fromHex } from '../src/base64url.js';
import { buildIndicator, compareObservables, compareObservablesWithKeyring, groupBySameObservable, Keyring, redact } from '../src/index.js';

const ind = (kind: Indicator['observable']['kind'], raw: string, extra: object = {}): Indicator => {
  const b = buildIndicator({ kind, raw, source: 'TH-GOV:aoc1441', normalize: { defaultRegion: 'TH' }, ...extra });
  if (!b.ok) throw new Error(JSON.stringify(b.problems));
  return b.record;
};
const keyring = () => Keyring.create([{ keyId: 'community-1', secret: fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f') }]);

describe('compareObservables', () => {
  it('finds the same phone number written two ways', () => {
    const m = compareObservables(ind('phone_number', '081-234-5678'), ind('phone_number', '+66 81 234 5678'));
    expect(m.same).toBe(true);
    expect(m.evidence.map((e) => e.by)).toEqual(['observable_id', 'canonical', 'match_key']);
  });
  it('tells different numbers apart', () => {
    expect(compareObservables(ind('phone_number', '081-234-5678'), ind('phone_number', '081-234-5679'))).toEqual({ same: false, related: false, evidence: [] });
  });
  it('calls two URLs on one site related, not the same', () => {
    const m = compareObservables(ind('url', 'https://bad-bank.example/login'), ind('url', 'https://bad-bank.example/otp'));
    expect(m).toMatchObject({ same: false, related: true });
  });
  it('matches two pseudonymised indicators by pseudonym and keyed match keys, without the key', async () => {
    const ring = await keyring();
    const a = (await redact({ ...ind('phone_number', '081-234-5678'), tlp: 'clear' } as Indicator, { audience: 'clear', keyring: ring }))!;
    const b = (await redact({ ...ind('phone_number', '+66812345678'), tlp: 'clear' } as Indicator, { audience: 'clear', keyring: ring }))!;
    expect(a.observable.canonical).toBeUndefined();
    const m = compareObservables(a, b);
    expect(m.same).toBe(true);
    expect(m.evidence).toEqual([{ by: 'pseudonym' }, { by: 'match_key', key: 'hmac_sha256:e164' }]);
  });
  it('does not match pseudonyms under different key ids', async () => {
    const ring = await keyring();
    const other = await Keyring.create([{ keyId: 'community-2', secret: fromHex('f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff') }]);
    const a = (await redact({ ...ind('phone_number', '081-234-5678'), tlp: 'clear' } as Indicator, { audience: 'clear', keyring: ring }))!;
    const b = (await redact({ ...ind('phone_number', '081-234-5678'), tlp: 'clear' } as Indicator, { audience: 'clear', keyring: other }))!;
    expect(compareObservables(a, b).same).toBe(false);
  });
});

describe('compareObservablesWithKeyring', () => {
  it('matches a pseudonymised indicator against a clear one held locally', async () => {
    const ring = await keyring();
    const mine = ind('phone_number', '081-234-5678');
    const theirs = (await redact({ ...ind('phone_number', '+66 81 234 5678'), tlp: 'clear' } as Indicator, { audience: 'clear', keyring: ring }))!;
    expect(compareObservables(mine, theirs).same).toBe(false);
    const m = await compareObservablesWithKeyring(mine, theirs, ring);
    expect(m.same).toBe(true);
    expect(m.evidence).toEqual([{ by: 'pseudonym' }, { by: 'match_key', key: 'hmac_sha256:e164' }]);
    expect((await compareObservablesWithKeyring(ind('phone_number', '081-234-0000'), theirs, ring)).same).toBe(false);
  });
});

describe('groupBySameObservable', () => {
  it('groups transitively, keeping order', () => {
    const a = ind('phone_number', '081-234-5678');
    const b = ind('url', 'https://bad-bank.example/login');
    const c = ind('phone_number', '+66812345678');
    const d = ind('url', 'https://bad-bank.example/otp');
    const e = ind('url', 'hxxps://bad-bank[.]example/login');
    expect(groupBySameObservable([a, b, c, d, e])).toEqual([[a, c], [b, e], [d]]);
    expect(groupBySameObservable([])).toEqual([]);
  });
});
