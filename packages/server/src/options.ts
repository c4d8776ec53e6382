import type { KeySource } from '@gpos/sdk';
import type { Tlp } from '@gpos/types';
import type { JwtAuthOptions } from './jwt.js';
import type { OprfKeys } from './oprf-keys.js';
import type { Storage } from './storage.js';

/** A partner of the exchange: who it is, how it authenticates, what it may see and which keys sign its bundles. */
export interface Partner {
  /** The partner's organisation reference, e.g. `TH-GOV:aoc1441`. Bundles it publishes must name it as `producer`. */
  readonly org: string;
  /** The bearer token (partner key) it authenticates with; it may also authenticate with JWTs it signs (see `jwt`). */
  readonly token: string;
  /**
   * The organisations it may speak for: the `source` of every record it publishes, and the `requested_by`, `from`,
   * `actor` or `by` of the events it sends, must be one of these. Default: its own `org` only.
   */
  readonly speaksFor?: readonly string[];
  /** The highest TLP label it is cleared for (capped at `amber` for other partners' data, see README). */
  readonly clearance: Tlp;
  /** The public keys its bundle signatures and its authentication JWTs verify with (its JWKS). */
  readonly keys: KeySource;
  /**
   * May it ask for OPRF evaluations (`POST /v1/oprf/evaluate`), i.e. make oblivious pseudonyms? Every evaluation is
   * one guess at a value, so it is granted partner by partner. Default false (403 `oprf_not_permitted`).
   */
  readonly oprf?: boolean;
}

/** What the exchange needs to offer oblivious pseudonyms (RFC 9497 OPRF, ristretto255-SHA512). */
export interface OprfServerOptions {
  /** Its OPRF keys: the current one evaluates by default, older ones while partners re-pseudonymise. */
  readonly keys: OprfKeys;
  /** Most elements in one request (413 `oprf_batch_too_large`). Default 10,000. */
  readonly maxBatch?: number;
  /** Evaluations per partner per window (429 `oprf_quota_exceeded`). Default 100,000 a day. */
  readonly quota?: { readonly evaluations: number; readonly windowMs: number };
  /**
   * Called after every batch evaluated: who, under which key, how many — the audit trail of guesses (never the
   * elements). Default: one JSON line per batch on standard error, `{"event":"oprf.evaluated","at","partner","key_id","count"}`.
   */
  readonly onEvaluation?: (entry: { partner: string; keyId: string; count: number; at: string }) => void;
}

export interface ExchangeServerOptions {
  readonly storage: Storage;
  readonly partners: readonly Partner[];
  /** Largest request body accepted, in bytes. Default 10 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * Partner authentication by signed JWT (`Authorization: Bearer <jwt>`, EdDSA or ES256 with a key of the partner's
   * JWKS, `iss` its org, `aud` this exchange, a short `exp`), alongside the partner keys. By default `aud` must be
   * the base URL `listen()` answered.
   */
  readonly jwt?: JwtAuthOptions;
  /**
   * What one partner may publish (bundles and events, in bytes of JSON): at most `bytesPerWindow` in any
   * `windowMs` (429 `publish_quota_exceeded`) and `storedBytes` in all (507 `storage_quota_exceeded`). Default
   * 256 MiB an hour and 10 GiB in all.
   */
  readonly publishQuota?: { readonly bytesPerWindow: number; readonly windowMs: number; readonly storedBytes: number };
  /** Largest feed page, in bytes of JSON: a page ends before the item that would exceed it. Default 4 MiB. */
  readonly maxPageBytes?: number;
  /** Requests per partner per window before 429. Default 600 a minute. */
  readonly rateLimit?: { readonly requests: number; readonly windowMs: number };
  /** Delays before each webhook delivery attempt, in ms; after the last failure the event is dead-lettered. */
  readonly deliverySchedule?: readonly number[];
  /** Per-attempt webhook timeout. Default 15 000 ms. */
  readonly deliveryTimeoutMs?: number;
  /**
   * How long a process holds a webhook delivery it attempts before another process may take it up (when the first
   * died). Default twice the delivery timeout plus 10 s.
   */
  readonly deliveryLeaseMs?: number;
  /** How often each process looks for due webhook deliveries, in ms. Default 500. */
  readonly deliveryPollMs?: number;
  /** Called with every unexpected error before the client gets a 500. Default: console.error. */
  readonly onError?: (error: unknown) => void;
  /**
   * Tests and development only: let webhooks reach loopback addresses, over https or plain http. Without it every
   * webhook URL must be https to a public address (private, loopback, link-local, unique-local, multicast and
   * metadata addresses are refused when subscribing and again at each delivery).
   */
  readonly allowLoopbackWebhooks?: boolean;
  /** How long a request body may take to arrive, in ms, before 408 `request_timeout`. Default 30 000. */
  readonly bodyTimeoutMs?: number;
  /** Most records in one bundle (413 `too_many_records`). Default 10 000. */
  readonly maxRecordsPerBundle?: number;
  /**
   * Failed sign-ins (401) from one client address in `windowMs` before every further request from it is refused
   * with 429 `too_many_auth_failures` until the window ends. Default 20 a minute.
   */
  readonly authFailureLimit?: { readonly failures: number; readonly windowMs: number };
  /**
   * Trust `X-Forwarded-For` from a proxy in front (Fastify's `trustProxy`: true, or the proxies' addresses), so the
   * sign-in failure limit counts clients rather than the proxy. Default false.
   */
  readonly trustProxy?: boolean | string | readonly string[];
  /** Worker threads that verify, validate and digest bundles off the event loop. Default: the cores, from 1 to 4. */
  readonly checkThreads?: number;
  /** Webhook subscriptions a partner may hold. Default 10. */
  readonly maxSubscriptionsPerPartner?: number;
  /** Oblivious pseudonyms: absent, the exchange answers 404 `oprf_not_configured` on /v1/oprf. */
  readonly oprf?: OprfServerOptions;
}

export const DEFAULT_PUBLISH_QUOTA = { bytesPerWindow: 256 * 1024 * 1024, windowMs: 3_600_000, storedBytes: 10 * 1024 ** 3 } as const;

/** The default largest feed page: 4 MiB of items (a page always holds at least one item). */
export const DEFAULT_MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** The default time a request body may take to arrive: 30 s. */
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;

/** The default most records in one bundle. */
export const DEFAULT_MAX_RECORDS_PER_BUNDLE = 10_000;

/** The default sign-in failure limit per client address: 20 a minute. */
export const DEFAULT_AUTH_FAILURE_LIMIT = { failures: 20, windowMs: 60_000 } as const;

/** The default largest request body: 10 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
