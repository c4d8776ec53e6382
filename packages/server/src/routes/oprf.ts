import type { FastifyReply } from 'fastify';
import { DEFAULT_OPRF_BATCH, OPRF_ALG, OPRF_ELEMENT_BYTES, fromBase64url, toBase64url } from '@gpos/sdk';
import { Problem, jsonBody, send } from '../http.js';
import type { Partner } from '../options.js';
import type { RouteContext } from './context.js';

/** The default evaluation quota per partner: 100,000 a day (UTC days, shared by every process over the database). */
export const DEFAULT_OPRF_QUOTA = { evaluations: 100_000, windowMs: 86_400_000 } as const;

/** Evaluations between two turns of the event loop, so a large batch never holds up other requests for long. */
const SLICE = 256;
const ELEMENT = /^[A-Za-z0-9_-]{43}$/;

type Sodium = typeof import('libsodium-wrappers-sumo').default;
let loading: Promise<Sodium> | undefined;

/** libsodium (WebAssembly), loaded on the first evaluation: an exchange without OPRF never loads it. */
function sodiumReady(): Promise<Sodium> {
  return (loading ??= import('libsodium-wrappers-sumo').then(async (m) => {
    const sodium = (m.default ?? m) as Sodium;
    await sodium.ready;
    return sodium;
  }));
}

/**
 * `POST /v1/oprf/evaluate`: RFC 9497 BlindEvaluate of a batch of blinded elements under the exchange's key. The
 * partner must be granted evaluation (`oprf: true`); each element counts against its daily quota, which is
 * checked and taken before any evaluation, and given back when the batch is refused.
 */
export async function evaluateOprf(ctx: RouteContext, partner: Partner, body: unknown, res: FastifyReply): Promise<void> {
  const oprf = ctx.options.oprf;
  if (!oprf) throw new Problem('oprf_not_configured', 'This exchange holds no OPRF key: oblivious pseudonyms are not offered.');
  if (partner.oprf !== true) throw new Problem('oprf_not_permitted', `${partner.org} is not granted OPRF evaluation on this exchange; ask its operator.`);
  const sodium = await sodiumReady();
  const request = jsonBody(body);
  if (request === null || typeof request !== 'object' || Array.isArray(request)) throw new Problem('invalid_oprf_request', 'The body must be an object with "alg" and "blinded".');
  const { alg, key_id: keyIdGiven, blinded, ...rest } = request as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throw new Problem('invalid_oprf_request', `Unknown member "${unknown}".`, { pointer: `/${unknown}` });
  if (alg !== OPRF_ALG) throw new Problem('invalid_oprf_request', `"alg" must be "${OPRF_ALG}".`, { pointer: '/alg' });
  if (keyIdGiven !== undefined && typeof keyIdGiven !== 'string') throw new Problem('invalid_oprf_request', '"key_id" must be a string.', { pointer: '/key_id' });
  const keyId = keyIdGiven ?? oprf.keys.current;
  const scalar = oprf.keys.scalar(keyId);
  if (!scalar) throw new Problem('unknown_oprf_key', `This exchange evaluates under ${oprf.keys.ids().join(', ')}, not ${keyId}.`, { pointer: '/key_id' });
  if (!Array.isArray(blinded) || blinded.length === 0) throw new Problem('invalid_oprf_request', '"blinded" must be a non-empty array of base64url elements.', { pointer: '/blinded' });
  const most = oprf.maxBatch ?? DEFAULT_OPRF_BATCH;
  if (blinded.length > most) throw new Problem('oprf_batch_too_large', `${blinded.length} elements in one request; the limit is ${most}: split the batch.`, { pointer: '/blinded' });
  const elements = blinded.map((b: unknown, i) => decodeElement(sodium, b, i));

  // every element is one guess at a value: the quota bounds how many a partner can make a day
  const quota = oprf.quota ?? DEFAULT_OPRF_QUOTA;
  const counter = `oprf:${partner.org}`;
  const { count, resetAt } = await ctx.options.storage.hit(counter, quota.windowMs, elements.length);
  if (count > quota.evaluations) {
    await ctx.options.storage.hit(counter, quota.windowMs, -elements.length);
    const left = Math.max(0, quota.evaluations - (count - elements.length));
    throw new Problem('oprf_quota_exceeded', `At most ${quota.evaluations} evaluations per ${quota.windowMs / 1000} s; ${left} left, ${elements.length} asked.`, {
      retry_after: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
    });
  }

  const evaluated: string[] = [];
  for (let i = 0; i < elements.length; i++) {
    if (i > 0 && i % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    evaluated.push(toBase64url(sodium.crypto_scalarmult_ristretto255(scalar, elements[i]!)));
  }
  (oprf.onEvaluation ?? logEvaluation)({ partner: partner.org, keyId, count: elements.length, at: new Date().toISOString() });
  send(res, 200, { alg: OPRF_ALG, key_id: keyId, evaluated, remaining: quota.evaluations - count });
}

/** `GET /v1/oprf/keys`: the algorithm, the current key id and every key id the exchange still evaluates under. */
export async function oprfKeys(ctx: RouteContext, res: FastifyReply): Promise<void> {
  const oprf = ctx.options.oprf;
  if (!oprf) throw new Problem('oprf_not_configured', 'This exchange holds no OPRF key: oblivious pseudonyms are not offered.');
  send(res, 200, { alg: OPRF_ALG, current: oprf.keys.current, keys: oprf.keys.ids(), max_batch: oprf.maxBatch ?? DEFAULT_OPRF_BATCH });
}

/** The default audit trail: one JSON line per batch on standard error, where the server's operator collects its logs. */
function logEvaluation(entry: { partner: string; keyId: string; count: number; at: string }): void {
  process.stderr.write(`${JSON.stringify({ event: 'oprf.evaluated', at: entry.at, partner: entry.partner, key_id: entry.keyId, count: entry.count })}\n`);
}

/** A blinded element off the wire: base64url of a canonical ristretto255 encoding that is not the identity. */
function decodeElement(sodium: Sodium, value: unknown, i: number): Uint8Array {
  const pointer = `/blinded/${i}`;
  if (typeof value !== 'string' || !ELEMENT.test(value)) {
    throw new Problem('invalid_group_element', `Element ${i} must be ${OPRF_ELEMENT_BYTES} bytes in base64url without padding (43 characters).`, { pointer });
  }
  const bytes = fromBase64url(value);
  // RFC 9497 §3.3: the identity must be rejected; its one canonical encoding is 32 zero bytes
  if (bytes.every((b) => b === 0)) throw new Problem('invalid_group_element', `Element ${i} is the identity element.`, { pointer });
  if (!sodium.crypto_core_ristretto255_is_valid_point(bytes)) throw new Problem('invalid_group_element', `Element ${i} is not a canonical ristretto255 encoding.`, { pointer });
  return bytes;
}
