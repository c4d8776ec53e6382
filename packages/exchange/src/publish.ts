import { redact, signBundle, type Audience, type Keyring, type SignOptions } from '@gpos/sdk';
import type { Bundle } from '@gpos/types';
import { validate } from '@gpos/validate';
import { ExchangeError, InvalidDataError } from './errors.js';
import { checkEvent, type ExchangeEvent } from './events.js';
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
  const signed = await prepareBundle(bundle, options);
  const { body } = await requestJson<PublishReceipt>(apiUrl(options.endpoint, '/v1/bundles'), { method: 'POST', body: JSON.stringify(signed) }, options);
  return { receipt: body, bundle: signed };
}

/** Validate, redact for the audience, validate again, sign: what every bundle goes through before it leaves. */
async function prepareBundle(bundle: Bundle, options: Pick<PublishOptions, 'audience' | 'signer' | 'keyring' | 'redactor'>): Promise<Bundle> {
  const before = validate(bundle);
  if (!before.valid) throw new InvalidDataError('The bundle is invalid and was not sent', before.problems);
  const redactor: Redactor = options.redactor ?? ((b, audience) => redact(b, options.keyring ? { audience, keyring: options.keyring } : { audience }));
  const redacted = await redactor(bundle, options.audience);
  const after = validate(redacted);
  if (!after.valid) throw new InvalidDataError(`The bundle redacted for TLP:${options.audience.toUpperCase()} is invalid and was not sent`, after.problems);
  return typeof options.signer === 'function' ? options.signer(redacted) : signBundle(redacted, options.signer);
}

/** Options of {@link sendEvent}: `audience` and `signer` are needed only when the event carries a bundle. */
export type SendEventOptions = Omit<PublishOptions, 'audience' | 'signer'> & Partial<Pick<PublishOptions, 'audience' | 'signer'>>;

/** The exchange's acknowledgement of an event (schemas/exchange/api.json#/$defs/event_receipt). */
export interface EventReceipt {
  readonly event_id: string;
  readonly duplicate: boolean;
}

/**
 * Sends an event other than a bundle publication — a takedown or freeze request or its outcome, a case referral
 * or its acknowledgement, indicator or commitment changes — to `/v1/events`. A bundle in `data.bundle` goes
 * through the same validation, redaction and signing as {@link publish}. Idempotent by event id, so retried like
 * a publish. Replies (`takedown.outcome`, `case.referral_acknowledged`) are refused (422 `unknown_request`) unless
 * the request they answer was addressed to the sender.
 */
export async function sendEvent(event: ExchangeEvent, options: SendEventOptions): Promise<{ receipt: EventReceipt; event: ExchangeEvent }> {
  const checked = checkEvent(event);
  if (!checked.ok) throw new ExchangeError('invalid_event', `Not a GPOS exchange event: ${checked.reason}`);
  const data = event.data as { bundle?: Bundle };
  let sent = event;
  if (data.bundle !== undefined) {
    const { audience, signer } = options;
    if (audience === undefined || signer === undefined) throw new TypeError('sendEvent: an event that carries a bundle needs `audience` and `signer`');
    const bundle = await prepareBundle(data.bundle, { ...options, audience, signer });
    sent = { ...event, data: { ...event.data, bundle } } as ExchangeEvent;
  }
  const { body } = await requestJson<EventReceipt>(apiUrl(options.endpoint, '/v1/events'), { method: 'POST', body: JSON.stringify(sent) }, options);
  return { receipt: body, event: sent };
}
