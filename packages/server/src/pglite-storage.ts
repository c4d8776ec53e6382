import { PGlite, type Transaction } from '@electric-sql/pglite';
import { restrictTree, secureDataDir } from './data-dir.js';
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
  /**
   * Opens (and migrates) the storage, in memory or in `dataDir`. A data folder is this user's alone: created 0700,
   * refused when others may write to it or another user owns it, its files 0600.
   */
  static async open(dataDir?: string): Promise<PgliteStorage> {
    if (dataDir !== undefined) await secureDataDir(dataDir);
    const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
    await db.waitReady;
    const driver = pgliteDriver(db);
    await migrate(driver);
    // PGlite unpacks its initial database with the modes the umask leaves (0666 under umask 0); the files
    // PostgreSQL creates afterwards are 0600 in 0700 folders of its own accord
    if (dataDir !== undefined) await restrictTree(dataDir);
    return new PgliteStorage(driver);
  }
}
