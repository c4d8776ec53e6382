/**
 * The GPOS reference exchange server: signed bundles in (verified against each partner's keys, validated,
 * stored durably before the acknowledgement), TLP-filtered cursor feeds and signed webhooks out. Storage is
 * embedded PGlite by default, or a PostgreSQL server (the same SQL and migrations). The HTTP API is
 * schemas/exchange/openapi.yaml.
 *
 * @packageDocumentation
 */
export { ExchangeServer, STANDARD_WEBHOOKS_SCHEDULE, type ExchangeServerOptions, type Partner } from './server.js';
export { SqlStorage, MIGRATIONS, WRITER_LOCK_SQL, migrate, type SqlDriver, type SqlQueryable } from './sql-storage.js';
export { PgliteStorage, pgliteDriver, pgliteOptions, type PgliteStorageOptions } from './pglite-storage.js';
export { PostgresStorage, postgresDriver, type PostgresStorageOptions } from './postgres-storage.js';
export { openStorage, describeStorage, type OpenStorageOptions } from './open-storage.js';
export { verifyPartnerJwt, JWT_ALGORITHMS, type JwtAuthOptions } from './jwt.js';
export { startExchange, type StartExchangeOptions, type RunningExchange } from './run.js';
export { parsePartners } from './config.js';
export { withSpeaksFor } from './run.js';
export { SERVER_SETTINGS, serverSettings, settingsParseArgsOptions, settingsHelp, parseSize, type ServerSetting, type SettingsResult } from './settings.js';
export { ERRORS, type ErrorCode } from './errors.js';
export { OprfKeys } from './oprf-keys.js';
export { DEFAULT_OPRF_QUOTA } from './routes/oprf.js';
export type { OprfServerOptions } from './options.js';
export type { Storage, StoredEvent, StoredSubscription, PutResult } from './storage.js';
