import { ristretto255, ristretto255_hasher, ristretto255_oprf } from '@noble/curves/ed25519.js';

/**
 * The oblivious pseudonym algorithm: RFC 9497 in its OPRF mode (0x00) with the ristretto255-SHA512 suite. The
 * partner blinds the canonical input, the exchange evaluates the blinded element under a key only it holds, and
 * the partner finalises the 64-byte output. The exchange never sees the value; the partner never sees the key.
 */
export const OPRF_ALG = 'oprf-ristretto255-sha512' as const;

/** Bytes of a serialised ristretto255 element (blinded and evaluated elements). */
export const OPRF_ELEMENT_BYTES = 32;

/** Bytes of an OPRF output (SHA-512): a pseudonym's value is their base64url, 86 characters. */
export const OPRF_OUTPUT_BYTES = 64;

/** Elements sent in one evaluation request unless the evaluator says otherwise (and the reference exchange's default limit). */
export const DEFAULT_OPRF_BATCH = 10_000;

const oprf = ristretto255_oprf.oprf;

/** RFC 9497 §3 and §4.1: the HashToGroup domain separation tag of the OPRF mode (0x00) of ristretto255-SHA512. */
const HASH_TO_GROUP_DST = new Uint8Array([...new TextEncoder().encode('HashToGroup-OPRFV1-'), 0x00, ...new TextEncoder().encode('-ristretto255-SHA512')]);
const encoder = new TextEncoder();

/** What the exchange answers to a batch of blinded elements: one evaluated element each, in order, and the key used. */
export interface OprfEvaluation {
  /** The id of the exchange key that evaluated the batch: it becomes the pseudonyms' `key_id`. */
  readonly key_id: string;
  readonly evaluated: readonly Uint8Array[];
}

/**
 * Whoever evaluates blinded elements under the exchange's key: the exchange client (`oprfEvaluator` of
 * `@gpos/exchange`) or, in tests and single-process deployments, {@link OprfKey.evaluator}. Pass it to
 * `pseudonymise` or `pseudonymiseMany` in place of a keyring.
 */
export interface OprfEvaluator {
  readonly alg: typeof OPRF_ALG;
  /** Most elements per `evaluate` call (default {@link DEFAULT_OPRF_BATCH}). */
  readonly maxBatch?: number;
  /** Evaluates the blinded elements (32 bytes each), in one round trip. */
  evaluate(blinded: readonly Uint8Array[]): Promise<OprfEvaluation>;
}

/** One input blinded by the partner: keep `blind` secret and local; send only `blinded`. */
export interface OprfBlinded {
  readonly input: Uint8Array;
  /** The random blinding scalar (32 bytes, little-endian): whoever has it and `blinded` can recover the input's group element. */
  readonly blind: Uint8Array;
  /** The blinded element sent to the exchange: uniformly random whatever the input, a fresh one each call. */
  readonly blinded: Uint8Array;
}

/** A group element that cannot be evaluated or finalised: not 32 bytes, not a canonical ristretto255 encoding, or the identity. */
export class OprfElementError extends Error {
  override readonly name = 'OprfElementError';
  constructor(
    message: string,
    /** Where in the batch it stood. */
    readonly index: number,
  ) {
    super(message);
  }
}

/** The partner's first step: a fresh random blind of `input` (RFC 9497 `Blind`). */
export function oprfBlind(input: Uint8Array): OprfBlinded {
  const { blind, blinded } = oprf.blind(input);
  return { input, blind, blinded };
}

/**
 * The partner's last step: the 64-byte OPRF output from the exchange's evaluated element (RFC 9497 `Finalize`).
 * Throws an {@link OprfElementError} when the element is malformed or the identity.
 */
export function oprfFinalize(blinded: OprfBlinded, evaluated: Uint8Array, index = 0): Uint8Array {
  checkElement(evaluated, index);
  try {
    return oprf.finalize(blinded.input, blinded.blind, evaluated);
  } catch (error) {
    throw new OprfElementError(`evaluated element ${index} is not a ristretto255 element: ${error instanceof Error ? error.message : String(error)}`, index);
  }
}

function checkElement(element: unknown, index: number): asserts element is Uint8Array {
  if (!(element instanceof Uint8Array) || element.length !== OPRF_ELEMENT_BYTES) {
    throw new OprfElementError(`element ${index} must be ${OPRF_ELEMENT_BYTES} bytes`, index);
  }
}

/**
 * A group element as received from the other side: a canonical ristretto255 encoding that is not the identity
 * (RFC 9497 §3.3: "MUST reject the identity"). Throws an {@link OprfElementError} saying which rule failed.
 */
export function decodeOprfElement(bytes: unknown, index = 0): InstanceType<typeof ristretto255.Point> {
  checkElement(bytes, index);
  let point: InstanceType<typeof ristretto255.Point>;
  try {
    point = ristretto255.Point.fromBytes(bytes);
  } catch {
    throw new OprfElementError(`element ${index} is not a canonical ristretto255 encoding`, index);
  }
  if (point.equals(ristretto255.Point.ZERO)) throw new OprfElementError(`element ${index} is the identity element`, index);
  return point;
}

/**
 * An exchange's OPRF key: the secret scalar derived from a 32-byte seed with RFC 9497 `DeriveKeyPair`, the key
 * id (UTF-8) as its info, so a seed and an id name one key in any implementation. This is the reference
 * evaluation; the reference exchange evaluates the same key with libsodium for speed.
 */
export class OprfKey {
  readonly #secret: Uint8Array;

  private constructor(
    /** The key id published with every pseudonym made under this key. */
    readonly keyId: string,
    secret: Uint8Array,
  ) {
    this.#secret = secret;
  }

  /** The key of `keyId` derived from a 32-byte (or longer) secret seed. */
  static derive(keyId: string, seed: Uint8Array): OprfKey {
    if (typeof keyId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/.test(keyId)) throw new TypeError(`OprfKey: key id ${JSON.stringify(keyId)} is malformed`);
    if (!(seed instanceof Uint8Array) || seed.length < 32) throw new TypeError('OprfKey: the seed must be at least 32 random bytes');
    return new OprfKey(keyId, oprf.deriveKeyPair(seed, encoder.encode(keyId)).secretKey);
  }

  /** The secret scalar (32 bytes, little-endian), for an evaluator that runs elsewhere (a worker, libsodium). */
  secretScalar(): Uint8Array {
    return this.#secret.slice();
  }

  /** Evaluates one blinded element (RFC 9497 `BlindEvaluate`); throws an {@link OprfElementError} for a bad one. */
  evaluateBlinded(blinded: Uint8Array, index = 0): Uint8Array {
    decodeOprfElement(blinded, index);
    return oprf.blindEvaluate(this.#secret, blinded);
  }

  /**
   * The OPRF output of `input` computed directly (RFC 9497 `Evaluate`): what only the key holder can do, for
   * test vectors and for the exchange's own audits. Every call is a guess no rate limit sees: keep it off any API.
   */
  evaluate(input: Uint8Array): Uint8Array {
    // Evaluate(skS, input) is Finalize(input, 1, BlindEvaluate(skS, HashToGroup(input))): a blind of one
    const one = new Uint8Array(32);
    one[0] = 1;
    const element = ristretto255_hasher.hashToCurve(input, { DST: HASH_TO_GROUP_DST }).toBytes();
    return oprf.finalize(input, one, oprf.blindEvaluate(this.#secret, element));
  }

  /** An in-process evaluator under this key, for tests and single-process deployments. */
  evaluator(maxBatch = DEFAULT_OPRF_BATCH): OprfEvaluator {
    return {
      alg: OPRF_ALG,
      maxBatch,
      evaluate: async (blinded) => ({ key_id: this.keyId, evaluated: blinded.map((b, i) => this.evaluateBlinded(b, i)) }),
    };
  }
}

/** True when `x` is an OPRF evaluator rather than a keyring. */
export function isOprfEvaluator(x: unknown): x is OprfEvaluator {
  return typeof x === 'object' && x !== null && (x as { alg?: unknown }).alg === OPRF_ALG && typeof (x as { evaluate?: unknown }).evaluate === 'function';
}

/**
 * Blinds every input, has the evaluator evaluate them in batches of its `maxBatch` (one round trip each), and
 * finalises the outputs: one 64-byte output per input, in order, with the key id the evaluator answered.
 * Throws when the answer has the wrong count, a bad element, or batches answered under different keys.
 */
export async function oprfOutputs(evaluator: OprfEvaluator, inputs: readonly Uint8Array[]): Promise<{ keyId: string; outputs: Uint8Array[] }> {
  const max = Math.max(1, Math.floor(evaluator.maxBatch ?? DEFAULT_OPRF_BATCH));
  const outputs: Uint8Array[] = [];
  let keyId: string | undefined;
  for (let start = 0; start < inputs.length; start += max) {
    const batch = inputs.slice(start, start + max).map(oprfBlind);
    const answer = await evaluator.evaluate(batch.map((b) => b.blinded));
    if (!Array.isArray(answer.evaluated) || answer.evaluated.length !== batch.length) {
      throw new TypeError(`OPRF evaluation: sent ${batch.length} elements, got ${Array.isArray(answer.evaluated) ? answer.evaluated.length : 'no'} back`);
    }
    if (keyId !== undefined && answer.key_id !== keyId) throw new TypeError(`OPRF evaluation: batches came back under keys ${keyId} and ${answer.key_id}; retry`);
    keyId = answer.key_id;
    batch.forEach((b, i) => outputs.push(oprfFinalize(b, answer.evaluated[i]!, start + i)));
  }
  return { keyId: keyId ?? '', outputs };
}
