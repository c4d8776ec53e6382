import { readFileSync } from 'node:fs';
import { HttpError, memoryCursorStore, oprfEvaluator, publish, pullFeed } from '@gpos/exchange';
import { OprfKey, compareObservables, oprfBlind, pseudonymise, pseudonymiseIndicators, toBase64url } from '@gpos/sdk';
import type { Bundle, Case, Indicator } from '@gpos/types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExchangeServer, OprfKeys, type Partner, type SqlStorage } from '../src/index.js';
import { BACKENDS, backendAvailable, openTestStorage } from './backends.js';
import { CASE, bundle, indicator, keyPair } from './fixtures.js';

const fromHex = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));
const VECTORS = JSON.parse(readFileSync(new URL('../../../conformance/pseudonyms/oprf-vectors.json', import.meta.url), 'utf8')) as {
  vectors: { key_id: string; seed_hex: string; blinded_hex: string; evaluated_hex: string }[];
};
const [VECTOR] = VECTORS.vectors;
const CURRENT = OprfKey.derive(VECTOR!.key_id, fromHex(VECTOR!.seed_hex));
const PREVIOUS = OprfKey.derive('exchange-test-2025-07', new Uint8Array(32).fill(9));
const NUMBER = '+66812345678';
const VICTIM = '+66898765432';

// two partners match a scam number and a victim through the exchange's OPRF without either holding a key that
// reverses the pseudonyms; a third partner, not granted evaluation, cannot make the pseudonym of any guess
describe.each(BACKENDS.map((backend) => ({ backend })))('oblivious pseudonyms through the exchange on $backend', async ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const aocKeys = await keyPair('aoc-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [aocKeys.publicJwk as never], oprf: true };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [], oprf: true };
  const telco: Partner = { org: 'TH-TEL:ais', token: 'telco-0123456789abcdef', clearance: 'amber', keys: [] };
  const quota: Partner = { org: 'TH-BANK:014', token: 'quota-0123456789abcdef', clearance: 'amber', keys: [], oprf: true };
  const audit: { partner: string; keyId: string; count: number }[] = [];
  let storage: SqlStorage;
  let dispose: (() => Promise<void>) | undefined;
  let exchange: ExchangeServer;
  let endpoint: string;

  beforeAll(async () => {
    ({ storage, dispose } = await openTestStorage(backend, 'oprf'));
    exchange = new ExchangeServer({
      storage,
      partners: [aoc, bank, telco, quota],
      oprf: {
        keys: new OprfKeys([PREVIOUS, CURRENT], CURRENT.keyId),
        maxBatch: 50,
        quota: { evaluations: 120, windowMs: 86_400_000 },
        onEvaluation: ({ partner, keyId, count }) => audit.push({ partner, keyId, count }),
      },
    });
    endpoint = await exchange.listen();
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await dispose?.();
  });

  const evaluate = async (token: string, body: unknown) => {
    const response = await fetch(`${endpoint}/v1/oprf/evaluate`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { code?: string; pointer?: string; evaluated?: string[]; key_id?: string } };
  };
  const blinded = (n: number) => Array.from({ length: n }, (_, i) => toBase64url(oprfBlind(new TextEncoder().encode(`x${i}`)).blinded));

  it('partner A publishes only OPRF pseudonyms; partner B pseudonymises the same number and finds the indicator and the case in the feed', async () => {
    const aocOprf = oprfEvaluator({ endpoint, token: aoc.token });
    const scamNumber = { ...indicator(1, 'amber'), observable: { kind: 'phone_number', raw: '081-234-5678', canonical: NUMBER } } as Indicator;
    const [shared] = await pseudonymiseIndicators([scamNumber], aocOprf);
    const victimCase = { ...CASE, tlp: 'amber', victim: { ...(CASE as unknown as Case).victim, key: await pseudonymise(aocOprf, 'victim.e164', VICTIM) } } as unknown as Case;
    const signer = { privateKey: aocKeys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
    const { bundle: sent } = await publish(bundle(1, [shared as never, victimCase as never], 'amber'), { endpoint, token: aoc.token, audience: 'amber', signer });
    const text = JSON.stringify(sent);
    expect(text).not.toContain('812345678');
    expect(text).not.toContain('898765432');
    expect(shared!.observable.pseudonym).toMatchObject({ alg: 'oprf-ristretto255-sha512', key_id: CURRENT.keyId });

    // partner B, with its own token and fresh blinds, through the same exchange
    const bankOprf = oprfEvaluator({ endpoint, token: bank.token });
    const mine = { kind: 'phone_number', pseudonym: await pseudonymise(bankOprf, 'phone_number', NUMBER) } as const;
    const victimKey = await pseudonymise(bankOprf, 'victim.e164', VICTIM);
    const records: (Indicator | Case)[] = [];
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: bank.token })) {
      records.push(...(((item.event.data as { bundle?: Bundle }).bundle?.records ?? []) as (Indicator | Case)[]));
    }
    const indicators = records.filter((r): r is Indicator => r.type === 'indicator');
    expect(indicators.filter((r) => compareObservables(r, mine).same).map((r) => r.id)).toEqual([shared!.id]);
    const cases = records.filter((r): r is Case => r.type === 'case');
    expect(cases.filter((c) => c.victim?.key?.value === victimKey.value && c.victim.key.key_id === victimKey.key_id).map((c) => c.id)).toEqual([CASE.id]);
    // another number does not match
    const other = { kind: 'phone_number', pseudonym: await pseudonymise(bankOprf, 'phone_number', '+66812345679') } as const;
    expect(indicators.some((r) => compareObservables(r, other).same)).toBe(false);
    // the audit trail names who evaluated how many under which key, never a value
    expect(audit.filter((a) => a.partner === bank.org).map((a) => a.count)).toEqual([1, 1, 1]);
    expect(JSON.stringify(audit)).not.toContain('812345678');
  });

  it('a partner not granted evaluation cannot make the pseudonym of any guess: 403 oprf_not_permitted', async () => {
    expect(await evaluate(telco.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(1) })).toMatchObject({ status: 403, body: { code: 'oprf_not_permitted' } });
    const error = await pseudonymise(oprfEvaluator({ endpoint, token: telco.token }), 'phone_number', NUMBER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).problem?.code).toBe('oprf_not_permitted');
  });

  it('evaluates as RFC 9497 says: the conformance vector through the server', async () => {
    const answer = await evaluate(bank.token, { alg: 'oprf-ristretto255-sha512', blinded: [toBase64url(fromHex(VECTOR!.blinded_hex))] });
    expect(answer.status).toBe(200);
    expect(answer.body.key_id).toBe(CURRENT.keyId);
    expect(Buffer.from(answer.body.evaluated![0]!, 'base64url').toString('hex')).toBe(VECTOR!.evaluated_hex);
  });

  it('evaluates under a previous key while partners re-pseudonymise, and says which keys it holds', async () => {
    const old = await pseudonymise(oprfEvaluator({ endpoint, token: bank.token, keyId: PREVIOUS.keyId }), 'phone_number', NUMBER);
    expect(old).toEqual(await pseudonymise(PREVIOUS.evaluator(), 'phone_number', NUMBER));
    expect(old.value).not.toBe((await pseudonymise(CURRENT.evaluator(), 'phone_number', NUMBER)).value);
    const keys = await fetch(`${endpoint}/v1/oprf/keys`, { headers: { authorization: `Bearer ${telco.token}` } });
    expect(await keys.json()).toEqual({ alg: 'oprf-ristretto255-sha512', current: CURRENT.keyId, keys: [PREVIOUS.keyId, CURRENT.keyId], max_batch: 50 });
  });

  it('refuses a malformed, non-canonical or identity element, an unknown key or algorithm with 400 and a stable code', async () => {
    const ok = blinded(1)[0]!;
    const cases: [unknown, string, string?][] = [
      [{ alg: 'oprf-ristretto255-sha512', blinded: [ok, 'not base64url!'] }, 'invalid_group_element', '/blinded/1'],
      [{ alg: 'oprf-ristretto255-sha512', blinded: [ok.slice(0, 42)] }, 'invalid_group_element', '/blinded/0'],
      [{ alg: 'oprf-ristretto255-sha512', blinded: [toBase64url(new Uint8Array(32))] }, 'invalid_group_element', '/blinded/0'],
      [{ alg: 'oprf-ristretto255-sha512', blinded: [toBase64url(new Uint8Array(32).fill(0xff))] }, 'invalid_group_element', '/blinded/0'],
      [{ alg: 'oprf-ristretto255-sha512', blinded: [42] }, 'invalid_group_element', '/blinded/0'],
      [{ alg: 'oprf-ristretto255-sha512', key_id: 'retired-2020', blinded: [ok] }, 'unknown_oprf_key', '/key_id'],
      [{ alg: 'hmac-sha256', blinded: [ok] }, 'invalid_oprf_request', '/alg'],
      [{ alg: 'oprf-ristretto255-sha512', blinded: [] }, 'invalid_oprf_request', '/blinded'],
      [{ alg: 'oprf-ristretto255-sha512', blinded: [ok], input: '+66812345678' }, 'invalid_oprf_request', '/input'],
      [[ok], 'invalid_oprf_request'],
    ];
    for (const [body, code, pointer] of cases) {
      const answer = await evaluate(bank.token, body);
      expect(answer, JSON.stringify(body)).toMatchObject({ status: 400, body: { code, ...(pointer ? { pointer } : {}) } });
    }
  });

  it('refuses a batch over the limit with 413 oprf_batch_too_large, and a partner over its daily quota with 429 oprf_quota_exceeded', async () => {
    expect(await evaluate(quota.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(51) })).toMatchObject({ status: 413, body: { code: 'oprf_batch_too_large' } });
    expect((await evaluate(quota.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(50) })).status).toBe(200);
    expect((await evaluate(quota.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(50) })).status).toBe(200);
    const over = await evaluate(quota.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(21) });
    expect(over).toMatchObject({ status: 429, body: { code: 'oprf_quota_exceeded' } });
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    // a refused batch is not counted: the 20 left can still be used, and then nothing
    expect((await evaluate(quota.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(20) })).status).toBe(200);
    expect(await evaluate(quota.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(1) })).toMatchObject({ status: 429, body: { code: 'oprf_quota_exceeded' } });
    // other partners keep their own quota
    expect((await evaluate(bank.token, { alg: 'oprf-ristretto255-sha512', blinded: blinded(1) })).status).toBe(200);
  });

  it('logs each batch by default as one JSON line on stderr: who, which key, how many, never the elements', async () => {
    const logged = new ExchangeServer({ storage, partners: [bank], oprf: { keys: new OprfKeys([CURRENT], CURRENT.keyId) } });
    const url = await logged.listen();
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    try {
      const elements = blinded(3);
      const response = await fetch(`${url}/v1/oprf/evaluate`, { method: 'POST', headers: { authorization: `Bearer ${bank.token}` }, body: JSON.stringify({ alg: 'oprf-ristretto255-sha512', blinded: elements }) });
      expect(response.status).toBe(200);
      const entries = lines.filter((l) => l.includes('oprf.evaluated')).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(entries).toEqual([{ event: 'oprf.evaluated', at: expect.any(String), partner: bank.org, key_id: CURRENT.keyId, count: 3 }]);
      for (const e of elements) expect(lines.join('')).not.toContain(e);
    } finally {
      spy.mockRestore();
      await logged.close();
    }
  });

  it('an exchange without an OPRF key answers 404 oprf_not_configured', async () => {
    const plain = new ExchangeServer({ storage, partners: [bank] });
    const url = await plain.listen();
    try {
      const response = await fetch(`${url}/v1/oprf/evaluate`, { method: 'POST', headers: { authorization: `Bearer ${bank.token}` }, body: JSON.stringify({ alg: 'oprf-ristretto255-sha512', blinded: blinded(1) }) });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { code: string }).code).toBe('oprf_not_configured');
    } finally {
      await plain.close();
    }
  });
});
