import { generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { buildBundle, buildIndicator, GposInputError, redact, redactWithNotes, signBundle, verifyBundle } from '../src/index.js';

// the README's chain, written as a newcomer first writes it: a builder's result passed on as if it were the record
const now = () => new Date('2026-03-14T09:26:53Z');
const phone = buildIndicator({ kind: 'phone_number', raw: '081-234-5678', source: 'TH-GOV:aoc1441', normalize: { defaultRegion: 'TH' } }, { now });
if (!phone.ok) throw new Error('the fixture indicator must build');
const built = buildBundle({ producer: 'TH-GOV:aoc1441', records: [phone.record] }, { now });
if (!built.ok) throw new Error('the fixture bundle must build');

const asAny = (v: unknown) => v as never;

describe('functions that take a bundle or a record refuse anything else, saying what to pass', () => {
  it('redact and redactWithNotes throw a GposInputError naming .record for a builder result', async () => {
    for (const fn of [redact, redactWithNotes]) {
      const error = await fn(asAny(built), { audience: 'green' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GposInputError);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as GposInputError).code).toBe('not_a_record');
      expect((error as Error).message).toContain('pass its .record');
    }
  });

  it('redact names the problems of a failed builder result, and refuses values that are not records', async () => {
    const failed = buildIndicator({ kind: 'phone_number', raw: 'not a number', source: 'TH-GOV:aoc1441' }, { now });
    expect(failed.ok).toBe(false);
    await expect(redact(asAny(failed), { audience: 'green' })).rejects.toThrow(/read its \.problems/);
    for (const value of [null, 42, 'bundle', { id: 'x' }]) await expect(redact(asAny(value), { audience: 'green' })).rejects.toBeInstanceOf(GposInputError);
  });

  it('redact still takes a record, an array of records and a bundle', async () => {
    expect(await redact(built.record, { audience: 'amber' })).toMatchObject({ type: 'bundle' });
    expect(await redact([phone.record], { audience: 'amber' })).toHaveLength(1);
    expect(await redact(phone.record, { audience: 'amber' })).toMatchObject({ type: 'indicator' });
  });

  it('signBundle refuses a builder result and a lone record instead of signing them', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    for (const value of [built, phone.record]) {
      const error = await signBundle(asAny(value), { privateKey, kid: 'k', alg: 'EdDSA' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GposInputError);
      expect((error as GposInputError).code).toBe('not_a_bundle');
    }
    await expect(signBundle(asAny(built), { privateKey, kid: 'k', alg: 'EdDSA' })).rejects.toThrow(/pass its \.record/);
  });

  it('verifyBundle does not accept a signature carried by something that is not a bundle', async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const signed = await signBundle(built.record, { privateKey, kid: 'k', alg: 'EdDSA' });
    const keys = async () => publicKey;
    expect(await verifyBundle(signed, { keys })).toMatchObject({ ok: true });
    const wrapper = { ok: true, record: built.record, problems: [], signature: signed.signature };
    expect(await verifyBundle(wrapper, { keys })).toMatchObject({ ok: false, code: 'not_a_bundle' });
  });
});
