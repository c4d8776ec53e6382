import { PGlite, type Transaction } from '@electric-sql/pglite';
import { SqlStorage, migrate, type SqlDriver, type SqlQueryable } from './sql-storage.js';

export { MIGRATIONS } from './sql-storage.js';

const queryable = (db: PGlite | Transaction): SqlQueryable => ({
  query: async <T>(sql: string, params?: readonly unknown[]) => ({ rows: (await db.query<T>(sql, params ? [...params] : undefined)).rows }),
  exec: async (sql: string) => void (await db.exec(sql)),
});

/** A SqlDriver over PGlite. */
export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: () => db.close(),
  };
}

/** Storage on PGlite: Postgres compiled to WebAssembly, in memory or in `dataDir`, with no server to install. */
export class PgliteStorage extends SqlStorage {
  static async open(dataDir?: string): Promise<PgliteStorage> {
    const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
    const driver = pgliteDriver(db);
    await migrate(driver);
    return new PgliteStorage(driver);
  }
}
