import type { ExchangeServerOptions } from '../options.js';
import type { StoredEvent } from '../storage.js';

/** What a route needs of the server: its options (storage, partners, limits), and the webhook fan-out. */
export interface RouteContext {
  readonly options: ExchangeServerOptions;
  /** Hands an event just stored to the webhook deliveries (in the background). */
  notify(stored: Pick<StoredEvent, 'event' | 'recipients'>): void;
}
