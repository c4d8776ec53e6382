import type { Bundle } from '@gpos/types';
import type { ExchangeEvent } from '@gpos/exchange';

/** Fixed-window counters shared by every process over one database: rate limits and failed sign-ins. */
export interface Counters {
  /**
   * Counts `by` more (default one; negative gives back) for `key` in the current window of `windowMs`: the count so
   * far, and when the window ends (epoch ms).
   */
  hit(key: string, windowMs: number, by?: number): Promise<{ count: number; resetAt: number }>;
  /** The count for `key` in the current window, without counting. */
  peek(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}

/** A webhook delivery a process has leased: no other process attempts it until the lease ends or is released. */
export interface ClaimedDelivery {
  readonly subscription: StoredSubscription;
  readonly stored: StoredEvent;
  /** Attempts made so far (by any process). */
  readonly attempts: number;
}

/** What the exchange stores. One interface, so PGlite (embedded) and PostgreSQL run the same SQL. */
export interface Storage extends Counters {
  /**
   * Stores a bundle and the event announcing it in one transaction, durable when the promise resolves, with a
   * webhook delivery queued for every subscription to its type.
   * Idempotent by bundle id: the same content again is `duplicate`; other content under a used id is `conflict`.
   * `body` is the bundle as JSON text, when the caller has it already (else it is serialised here). With `lease`, the
   * webhook deliveries it queues are leased to `lease.owner` for `lease.ms` from the start, in the same transaction, and
   * their subscriptions answered (`leased`): that process attempts them at once, without claiming them.
   */
  putBundle(input: {
    bundle: Bundle;
    digest: string;
    partner: string;
    event: ExchangeEvent;
    body?: string;
    lease?: { readonly owner: string; readonly ms: number };
  }): Promise<Exclude<PutResult, { outcome: 'taken' }>>;
  /**
   * Stores an event that carries no new bundle of its own (a takedown request, a referral, an outcome…), durable
   * when the promise resolves. Idempotent by event id: the same content again is `duplicate`; other content is `conflict`.
   * `recipients` limits who may read it (besides its producer); absent means every partner, subject to TLP.
   * `unique` names a `data` field whose value no other event of the same type may already hold (`taken`).
   */
  putEvent(input: { event: ExchangeEvent; digest: string; recipients?: readonly string[]; unique?: string }): Promise<PutResult>;
  /** The first event of `type` whose `data[field]` is `value`: the request a reply answers. */
  findEvent(type: string, field: string, value: string): Promise<StoredEvent | undefined>;
  /**
   * Events after position `after`, oldest first, at most `limit`, and no more than about `maxBytes` of stored
   * bodies (always at least one event), so a read never holds an unbounded amount of data.
   */
  readEvents(after: number, limit: number, maxBytes?: number): Promise<StoredEvent[]>;
  /**
   * The position just before the first event added after `time` (RFC 3339), so that reading after it yields every
   * event added later; the head when there is none.
   */
  positionAddedAfter(time: string): Promise<number>;
  /** Bytes of events a partner published in the last `sinceMs`, and in all. */
  publishedBytes(partner: string, sinceMs: number): Promise<{ recent: number; total: number }>;
  /** The highest position, 0 when empty. */
  head(): Promise<number>;
  createSubscription(sub: StoredSubscription): Promise<void>;
  listSubscriptions(partner?: string): Promise<StoredSubscription[]>;
  deleteSubscription(partner: string, id: string): Promise<boolean>;
  /**
   * Leases up to `limit` webhook deliveries that are due — the first attempt `schedule[0]` ms after the event, each
   * retry `schedule[attempts]` ms after the last attempt, or past the schedule (to be dead-lettered) — and not leased
   * by a live process, for `leaseMs` to `owner`. Concurrent claimers never get the same delivery (`SKIP LOCKED`).
   */
  claimDeliveries(input: { owner: string; schedule: readonly number[]; leaseMs: number; limit: number }): Promise<ClaimedDelivery[]>;
  /**
   * Records an attempt on a delivery `owner` holds, and ends its lease: `delivered` once acknowledged (or skipped:
   * nothing visible to send), `dead` after the last failure. False when the lease had passed to another process.
   */
  recordDelivery(delivery: { owner: string; subscription: string; eventId: string; attempt: number; status: number | null; error?: string; delivered: boolean; dead: boolean }): Promise<boolean>;
  /** Ends `owner`'s leases without recording an attempt (a process stopping), so another process takes them up at once. */
  releaseDeliveries(owner: string): Promise<void>;
  deadLetters(subscription: string): Promise<{ eventId: string; attempts: number; lastError: string | null }[]>;
  close(): Promise<void>;
}

export type PutResult =
  /** `deliveries`: the webhook deliveries storing it queued, when known (none: no need to look for due ones). */
  | { outcome: 'stored' | 'duplicate'; eventId: string; seq: number; deliveries?: number; leased?: StoredSubscription[] }
  | { outcome: 'conflict' }
  /** A record id that another source published first: only that source may publish its later versions. */
  | { outcome: 'foreign_record'; recordId: string }
  /** The `unique` field's value is held by another event of the same type. */
  | { outcome: 'taken' };

export interface StoredEvent {
  readonly seq: number;
  readonly event: ExchangeEvent;
  /** When the exchange added it: RFC 3339 UTC with microseconds, increasing with `seq` (TAXII's `date_added`). */
  readonly added?: string;
  /** Who may read it besides its producer; undefined for every partner. */
  readonly recipients?: readonly string[];
}

export interface StoredSubscription {
  readonly id: string;
  readonly partner: string;
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly audience: string;
  readonly secret: string;
  readonly created: string;
  readonly description?: string;
  /** The feed position when the subscription was created: it receives the events after it. */
  readonly fromSeq?: number;
}
