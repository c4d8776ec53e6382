import { redact, signBundle, type Audience, type Keyring, type SignOptions } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import { validate } from '@gpos/validate';
import { InvalidDataError } from './errors.js';
import { apiUrl, requestJson, type HttpOptions } from './http.js';

/** Signs a bundle: the producer's key material for `signBundle`, or any function that returns the signed bundle (an HSM, a KMS). */
export type Signer = SignOptions | ((bundle: Bundle) => Promise<Bundle>);
/** Redacts a bundle for an audience. Defaults to `@gpos/sdk`'s `redact`. */
export type Redactor = (bundle: Bundle, audience: Audience) => Promise<Bundle>;

export interface PublishOptions extends HttpOptions {
  /** The exchange's base URL, e.g. `https://exchange.gpos.example`. */
  readonly endpoint: string | URL;
  /** The TLP label the recipients are cleared for: nothing above it leaves this process. */
  readonly audience: Audience;
  readonly signer: Signer;
  /** Community keys, so personal values the audience may not see are pseudonymised rather than dropped. */
  readonly keyring?: Keyring;
  readonly redactor?: Redactor;
}

/** The exchange's acknowledgement (schemas/exchange/api.json#/$defs/publish_receipt). Sent only once the bundle is durable. */
export interface PublishReceipt {
  readonly bundle_id: string;
  readonly duplicate: boolean;
  readonly records: number;
  readonly event_id: string;
  readonly signed_by?: string;
}

export interface PublishResult {
  readonly receipt: PublishReceipt;
  /** Exactly what was sent: redacted and signed. */
  readonly bundle: Bundle;
}

/**
 * Publishes a bundle: validates it with the reference validator, redacts it for `audience`, validates the
 * result again, signs it and POSTs it to `/v1/bundles`, retrying on network errors, timeouts, 429 and 5xx
 * (safe: publishing is idempotent by bundle id). Throws an {@link InvalidDataError} before anything is sent
 * when the bundle is invalid, an HttpError when the exchange refuses it (with the server's problem details).
 */
export async function publish(bundle: Bundle, options: PublishOptions): Promise<PublishResult> {
  const before = validate(bundle);
  if (!before.valid) throw new InvalidDataError('The bundle is invalid and was not sent', before.problems);
  const redactor: Redactor = options.redactor ?? ((b, audience) => redact(b, options.keyring ? { audience, keyring: options.keyring } : { audience }));
  const redacted = await redactor(bundle, options.audience);
  const after = validate(redacted);
  if (!after.valid) throw new InvalidDataError(`The bundle redacted for TLP:${options.audience.toUpperCase()} is invalid and was not sent`, after.problems);
  const signed = typeof options.signer === 'function' ? await options.signer(redacted) : await signBundle(redacted, options.signer);
  const { body } = await requestJson<PublishReceipt>(apiUrl(options.endpoint, '/v1/bundles'), { method: 'POST', body: JSON.stringify(signed) }, options);
  return { receipt: body, bundle: signed };
}
