import type { Bundle } from '@gpos/types';
import type { ExchangeEvent } from '@gpos/exchange';

/** What the exchange stores. One interface, so PGlite (embedded) and PostgreSQL run the same SQL. */
export interface Storage {
  /**
   * Stores a bundle and the event announcing it in one transaction, durable when the promise resolves.
   * Idempotent by bundle id: the same content again is `duplicate`; other content under a used id is `conflict`.
   */
  putBundle(input: { bundle: Bundle; digest: string; partner: string; event: ExchangeEvent }): Promise<PutResult>;
  /**
   * Stores an event that carries no new bundle of its own (a takedown request, a referral, an outcome…), durable
   * when the promise resolves. Idempotent by event id: the same content again is `duplicate`; other content is `conflict`.
   * `recipients` limits who may read it (besides its producer); absent means every partner, subject to TLP.
   */
  putEvent(input: { event: ExchangeEvent; digest: string; recipients?: readonly string[] }): Promise<PutResult>;
  /** The first event of `type` whose `data[field]` is `value`: the request a reply answers. */
  findEvent(type: string, field: string, value: string): Promise<StoredEvent | undefined>;
  /**
   * Events after position `after`, oldest first, at most `limit`, and no more than about `maxBytes` of stored
   * bodies (always at least one event), so a read never holds an unbounded amount of data.
   */
  readEvents(after: number, limit: number, maxBytes?: number): Promise<StoredEvent[]>;
  /** Bytes of events a partner published in the last `sinceMs`, and in all. */
  publishedBytes(partner: string, sinceMs: number): Promise<{ recent: number; total: number }>;
  /** The highest position, 0 when empty. */
  head(): Promise<number>;
  createSubscription(sub: StoredSubscription): Promise<void>;
  listSubscriptions(partner?: string): Promise<StoredSubscription[]>;
  deleteSubscription(partner: string, id: string): Promise<boolean>;
  /** Records a delivery attempt: `delivered` once acknowledged (or skipped: nothing visible to send), `dead` after the last failure. */
  recordDelivery(delivery: { subscription: string; eventId: string; attempt: number; status: number | null; error?: string; delivered: boolean; dead: boolean }): Promise<void>;
  /** Events after the subscription was created that are neither delivered nor dead, with the attempts made so far: what a restarted server resumes. */
  pendingDeliveries(subscription: StoredSubscription, limit: number): Promise<(StoredEvent & { attempts: number })[]>;
  deadLetters(subscription: string): Promise<{ eventId: string; attempts: number; lastError: string | null }[]>;
  close(): Promise<void>;
}

export type PutResult =
  | { outcome: 'stored' | 'duplicate'; eventId: string; seq: number }
  | { outcome: 'conflict' }
  /** A record id that another source published first: only that source may publish its later versions. */
  | { outcome: 'foreign_record'; recordId: string };

export interface StoredEvent {
  readonly seq: number;
  readonly event: ExchangeEvent;
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
