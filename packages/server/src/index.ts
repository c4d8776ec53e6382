/**
 * The GPOS reference exchange server: signed bundles in (verified against each partner's keys, validated,
 * stored durably before the acknowledgement), TLP-filtered cursor feeds and signed webhooks out. Storage is
 * embedded PGlite by default. The HTTP API is schemas/exchange/openapi.yaml.
 *
 * @packageDocumentation
 */
export { ExchangeServer, STANDARD_WEBHOOKS_SCHEDULE, type ExchangeServerOptions, type Partner } from './server.js';
export { PgliteStorage, MIGRATIONS } from './pglite-storage.js';
export { parsePartners } from './config.js';
export type { Storage, StoredEvent, StoredSubscription, PutResult } from './storage.js';
