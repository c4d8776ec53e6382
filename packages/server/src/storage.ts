import type { Bundle } from '@gpos/types';
import type { ExchangeEvent } from '@gpos/exchange';

/** What the exchange stores. One interface, so PGlite (embedded) and PostgreSQL run the same SQL. */
export interface Storage {
  /**
   * Stores a bundle and the event announcing it in one transaction, durable when the promise resolves.
   * Idempotent by bundle id: the same content again is `duplicate`; other content under a used id is `conflict`.
   */
  putBundle(input: { bundle: Bundle; digest: string; partner: string; event: ExchangeEvent }): Promise<PutResult>;
  /** Events after position `after`, oldest first, at most `limit`. */
  readEvents(after: number, limit: number): Promise<StoredEvent[]>;
  /** The highest position, 0 when empty. */
  head(): Promise<number>;
  createSubscription(sub: StoredSubscription): Promise<void>;
  listSubscriptions(partner?: string): Promise<StoredSubscription[]>;
  deleteSubscription(partner: string, id: string): Promise<boolean>;
  recordDelivery(delivery: { subscription: string; eventId: string; attempt: number; status: number | null; error?: string; dead: boolean }): Promise<void>;
  deadLetters(subscription: string): Promise<{ eventId: string; attempts: number; lastError: string | null }[]>;
  close(): Promise<void>;
}

export type PutResult = { outcome: 'stored' | 'duplicate'; eventId: string; seq: number } | { outcome: 'conflict' };

export interface StoredEvent {
  readonly seq: number;
  readonly event: ExchangeEvent;
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
}
