import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { ExchangeServer, PgliteStorage, PostgresStorage, type ExchangeServerOptions, type SqlStorage } from '../src/index.js';

export type Backend = 'pglite' | 'postgres';
export const BACKENDS: readonly Backend[] = ['pglite', 'postgres'];

export const TEST_DATABASE_URL = process.env.GPOS_TEST_DATABASE_URL || undefined;

/**
 * Whether the suite for `backend` runs. PostgreSQL needs GPOS_TEST_DATABASE_URL (.ci/postgres.sh starts a server
 * and exports it): locally the suite is skipped with a note when it is missing; in CI (`CI` set) it runs and fails.
 */
export function backendAvailable(backend: Backend): boolean {
  if (backend === 'pglite' || TEST_DATABASE_URL || process.env.CI) return true;
  console.warn('note: GPOS_TEST_DATABASE_URL is not set: skipping the PostgreSQL suites (source .ci/postgres.sh && postgres_start to run them)');
  return false;
}

export function requireDatabaseUrl(): string {
  if (!TEST_DATABASE_URL) throw new Error('GPOS_TEST_DATABASE_URL is not set, and CI requires the PostgreSQL suites: run .ci/postgres.sh (postgres_start) first');
  return TEST_DATABASE_URL;
}

/** A fresh schema name, unique to this run and file, so parallel runs over one database do not collide. */
export function freshSchema(label: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `gpos_test_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${process.pid}_${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A storage for one test file: PGlite in memory, or PostgreSQL in a fresh schema that `dispose` drops. */
export async function openTestStorage(backend: Backend, label: string): Promise<{ storage: SqlStorage; schema?: string; open: () => Promise<SqlStorage>; dispose: () => Promise<void> }> {
  if (backend === 'pglite') {
    const storage = await PgliteStorage.open();
    return { storage, open: () => Promise.reject(new Error('PGlite in memory cannot be shared')), dispose: () => storage.close() };
  }
  const url = requireDatabaseUrl();
  const schema = freshSchema(label);
  const opened: SqlStorage[] = [];
  const open = async () => {
    const s = await PostgresStorage.open(url, { schema });
    opened.push(s);
    return s;
  };
  const storage = await open();
  return {
    storage,
    schema,
    open,
    async dispose() {
      await Promise.allSettled(opened.map((s) => s.close()));
      await dropSchema(schema);
    },
  };
}

export interface TestExchange {
  readonly storage: SqlStorage;
  readonly exchange: ExchangeServer;
  /** The base URL it listens on. */
  readonly endpoint: string;
}

/**
 * Before the file's tests: a storage for `backend` (openTestStorage) and an exchange listening on it with `options`,
 * handed to `ready`; after them, both closed (the PostgreSQL schema dropped).
 */
export function useTestExchange(backend: Backend, label: string, options: Omit<ExchangeServerOptions, 'storage'>, ready: (started: TestExchange) => void): void {
  let exchange: ExchangeServer | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await openTestStorage(backend, label);
    dispose = opened.dispose;
    exchange = new ExchangeServer({ ...options, storage: opened.storage });
    ready({ storage: opened.storage, exchange, endpoint: await exchange.listen() });
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await dispose?.();
  });
}
