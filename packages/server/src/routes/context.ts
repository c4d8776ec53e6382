import type { BundleChecker } from '../check-pool.js';
import type { ExchangeServerOptions } from '../options.js';
import type { StoredEvent, StoredSubscription } from '../storage.js';

/** What a route needs of the server: its options (storage, partners, limits), and the webhook fan-out. */
export interface RouteContext {
  readonly options: ExchangeServerOptions;
  /** Validates bundles, large ones on worker threads. */
  readonly checker: BundleChecker;
  /** Says an event was just stored: its webhook deliveries (queued with it) are due now. */
  notify(): void;
  /** The lease to take on the webhook deliveries of a bundle stored now, if this process attempts them itself. */
  deliveryLease(): { owner: string; ms: number } | undefined;
  /** Attempts, from memory, the deliveries of `stored` leased to this process as it was stored. */
  handOff(subscriptions: readonly StoredSubscription[], stored: StoredEvent): void;
}
