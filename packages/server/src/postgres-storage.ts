import pg from 'pg';
import { SqlStorage, WRITER_LOCK_SQL, migrate, type SqlDriver, type SqlQueryable } from './sql-storage.js';

export interface PostgresStorageOptions {
  /**
   * A schema to keep the exchange's tables in (created when missing), instead of the connection's default
   * search path: several exchanges, or parallel test runs, can then share one database.
   */
  readonly schema?: string;
  /** Most connections in the pool. Default 10. */
  readonly max?: number;
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

const queryable = (db: pg.Pool | pg.PoolClient): SqlQueryable => ({
  query: async <T>(sql: string, params?: readonly unknown[]) => ({ rows: (await db.query(sql, params ? [...params] : undefined)).rows as T[] }),
  exec: async (sql: string) => void (await db.query(sql)),
});

/**
 * A SqlDriver over a `pg` pool: a transaction holds one pooled connection from BEGIN to COMMIT. A writer takes the
 * writer lock with BEGIN, in the same round trip.
 */
export function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    ...queryable(pool),
    async transaction(fn, options) {
      const client = await pool.connect();
      try {
        await client.query(options?.writer ? `BEGIN; ${WRITER_LOCK_SQL}` : 'BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    takesWriterLock: true,
    close: () => pool.end(),
  };
}

/**
 * Storage on a PostgreSQL server (`DATABASE_URL`), with the same SQL and migrations as PgliteStorage. Several
 * server processes may share one database: writers serialise on an advisory lock, so the feed order is the same
 * for every reader, and migrations run once.
 */
export class PostgresStorage extends SqlStorage {
  static async open(connectionString: string, options: PostgresStorageOptions = {}): Promise<PostgresStorage> {
    const { schema } = options;
    if (schema !== undefined && !SCHEMA.test(schema)) throw new TypeError(`schema must match ${SCHEMA}: ${JSON.stringify(schema)}`);
    if (schema !== undefined) {
      const setup = new pg.Client({ connectionString });
      await setup.connect();
      try {
        await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } catch (error) {
        // two processes creating it at once: one wins, the other sees a unique violation
        if ((error as { code?: string }).code !== '23505') throw error;
      } finally {
        await setup.end();
      }
    }
    const pool = new pg.Pool({ connectionString, max: options.max ?? 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    pool.on('error', () => {}); // an idle connection dropped by the server: the pool replaces it
    const driver = postgresDriver(pool);
    try {
      await migrate(driver);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStorage(driver);
  }
}
