import { DEFAULT_OPRF_BATCH, OPRF_ALG, fromBase64url, toBase64url, type OprfEvaluator } from '@gpos/sdk';
import { ExchangeError } from './errors.js';
import { apiUrl, requestJson, type HttpOptions } from './http.js';

/** Options of {@link oprfEvaluator}. */
export interface OprfEvaluatorOptions extends HttpOptions {
  /** The exchange's base URL, e.g. `https://exchange.example/` (the endpoint is `/v1/oprf/evaluate`). */
  readonly endpoint: string | URL;
  /** Evaluate under this key id rather than the exchange's current key (while re-pseudonymising after a rotation). */
  readonly keyId?: string;
  /** Most elements per request; keep it at or under the exchange's limit (`GET /v1/oprf/keys`). Default 10,000. */
  readonly maxBatch?: number;
}

/** What `POST /v1/oprf/evaluate` answers (schemas/exchange/api.json#/$defs/oprf_evaluation). */
interface EvaluationBody {
  readonly alg: string;
  readonly key_id: string;
  readonly evaluated: readonly string[];
}

const ELEMENT = /^[A-Za-z0-9_-]{43}$/;

/**
 * An OPRF evaluator that asks the exchange: pass it to `pseudonymise`, `pseudonymiseMany` or
 * `pseudonymiseIndicators` of `@gpos/sdk` to make oblivious pseudonyms. Only blinded elements leave; each request
 * carries up to `maxBatch` of them (one round trip for 10,000 values) and counts against the partner's daily
 * quota on the exchange. The partner must be granted evaluation there (else 403 `oprf_not_permitted`).
 *
 * @example const pseudonyms = await pseudonymiseMany(oprfEvaluator({ endpoint, token }), values);
 */
export function oprfEvaluator(options: OprfEvaluatorOptions): OprfEvaluator {
  const url = apiUrl(options.endpoint, '/v1/oprf/evaluate');
  return {
    alg: OPRF_ALG,
    maxBatch: options.maxBatch ?? DEFAULT_OPRF_BATCH,
    async evaluate(blinded) {
      const request = { alg: OPRF_ALG, ...(options.keyId !== undefined ? { key_id: options.keyId } : {}), blinded: blinded.map(toBase64url) };
      const { body } = await requestJson<EvaluationBody>(url, { method: 'POST', body: JSON.stringify(request) }, options);
      if (
        body === null ||
        typeof body !== 'object' ||
        body.alg !== OPRF_ALG ||
        typeof body.key_id !== 'string' ||
        !Array.isArray(body.evaluated) ||
        body.evaluated.length !== blinded.length ||
        !body.evaluated.every((e) => typeof e === 'string' && ELEMENT.test(e))
      ) {
        throw new ExchangeError('invalid_response', `${url} answered with something other than ${blinded.length} evaluated elements`);
      }
      return { key_id: body.key_id, evaluated: body.evaluated.map(fromBase64url) };
    },
  };
}
