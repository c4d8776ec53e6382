import type { BundleChecker } from '../check-pool.js';
import type { ExchangeServerOptions } from '../options.js';

/** What a route needs of the server: its options (storage, partners, limits), and the webhook fan-out. */
export interface RouteContext {
  readonly options: ExchangeServerOptions;
  /** Validates bundles, large ones on worker threads. */
  readonly checker: BundleChecker;
  /** Says an event was just stored: its webhook deliveries (queued with it) are due now. */
  notify(): void;
}
