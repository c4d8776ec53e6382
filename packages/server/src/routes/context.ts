import type { ExchangeServerOptions } from '../options.js';

/** What a route needs of the server: its options (storage, partners, limits), and the webhook fan-out. */
export interface RouteContext {
  readonly options: ExchangeServerOptions;
  /** Says an event was just stored: its webhook deliveries (queued with it) are due now. */
  notify(): void;
}
