import { PgliteStorage } from './pglite-storage.js';
import { PostgresStorage } from './postgres-storage.js';
import type { SqlStorage } from './sql-storage.js';

export interface OpenStorageOptions {
  /** A PostgreSQL connection string (`DATABASE_URL`): when set, the exchange uses that server. */
  readonly databaseUrl?: string;
  /** Schema for the tables on PostgreSQL (default: the connection's search path). */
  readonly schema?: string;
  /** PGlite data directory when there is no `databaseUrl`; in memory when unset. */
  readonly dataDir?: string;
}

/** PostgreSQL when a database URL is given, else embedded PGlite (in `dataDir`, or in memory). */
export async function openStorage(options: OpenStorageOptions): Promise<SqlStorage> {
  if (options.databaseUrl) return PostgresStorage.open(options.databaseUrl, options.schema ? { schema: options.schema } : {});
  return PgliteStorage.open(options.dataDir || undefined);
}

/** Where the storage is, for a log line, without credentials. */
export function describeStorage(options: OpenStorageOptions): string {
  if (options.databaseUrl) {
    try {
      const url = new URL(options.databaseUrl);
      return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}${options.schema ? ` (schema ${options.schema})` : ''}`;
    } catch {
      return 'PostgreSQL';
    }
  }
  return options.dataDir ? `PGlite data in ${options.dataDir}` : 'PGlite in memory';
}
