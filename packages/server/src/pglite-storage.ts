import { closeSync, createReadStream, existsSync, ftruncateSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { PGlite, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import { restrictTree, secureDataDir } from './data-dir.js';
import { SqlStorage, migrate, type SqlDriver, type SqlQueryable } from './sql-storage.js';

export { MIGRATIONS } from './sql-storage.js';

const queryable = (db: PGlite | Transaction): SqlQueryable => ({
  query: async <T>(sql: string, params?: readonly unknown[]) => ({ rows: (await db.query<T>(sql, params ? [...params] : undefined)).rows }),
  exec: async (sql: string) => void (await db.exec(sql)),
});

/**
 * A SqlDriver over PGlite. Its transactions run one at a time — PGlite has one connection, queues every other query
 * while a transaction is open, and its database is opened by one process — so a writer holds the writer lock from
 * its start without taking the advisory lock: one statement less a write.
 */
export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    takesWriterLock: true,
    close: () => db.close(),
  };
}

export interface PgliteStorageOptions {
  /**
   * PostgreSQL's `shared_buffers`, its page cache inside PGlite's WebAssembly memory. Default `32MB` (PostgreSQL's own
   * default is 128MB): the operating system caches the data folder too, and the exchange starts in a third less memory.
   */
  readonly sharedBuffers?: string;
}

const SHARED_BUFFERS = /^\d{1,6}(kB|MB|GB)$/;

/**
 * PGlite's options for a database that starts from the build's initialised database (dist/pglite-initdb.tar.gz, made by
 * scripts/pglite-snapshot.mjs) when it was made by this PGlite version: loading it skips initdb, which runs in a second
 * PGlite instance and takes most of a new database's start-up time and memory. A data folder that already holds a
 * database is opened as it is.
 */
export async function pgliteOptions(dataDir: string | undefined, options: PgliteStorageOptions = {}): Promise<PGliteOptions> {
  const sharedBuffers = options.sharedBuffers ?? '32MB';
  if (!SHARED_BUFFERS.test(sharedBuffers)) throw new TypeError(`sharedBuffers must be a size such as 32MB: ${JSON.stringify(sharedBuffers)}`);
  const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`];
  if (dataDir !== undefined && existsSync(join(dataDir, 'PG_VERSION'))) return { startParams };
  const snapshot = await initialDatabase();
  if (!snapshot) return { startParams };
  // a folder: unpacked here, streaming (PGlite would hold the whole database in memory to unpack it); in memory: PGlite's
  if (dataDir !== undefined) {
    await unpack(snapshot, dataDir);
    return { startParams };
  }
  return { startParams, loadDataDir: new Blob([await readFile(snapshot)]) };
}

let pgliteVersion: string | undefined;

/** The build's initialised database (its path), if there is one for the PGlite installed. */
async function initialDatabase(): Promise<string | undefined> {
  // published, this module is in dist/ beside the snapshot; from source (tests, `npm run dev`) it is in src/
  const here = dirname(fileURLToPath(import.meta.url));
  const dist = here.endsWith('src') ? join(here, '..', 'dist') : here;
  try {
    pgliteVersion ??= (JSON.parse(await readFile(join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite/pglite.wasm')), '..', 'package.json'), 'utf8')) as { version: string }).version;
    const made = JSON.parse(await readFile(join(dist, 'pglite-initdb.json'), 'utf8')) as { pglite?: string };
    const tarball = join(dist, 'pglite-initdb.tar.gz');
    return made.pglite === pgliteVersion && existsSync(tarball) ? tarball : undefined;
  } catch {
    return undefined; // no snapshot (not built yet): PGlite runs initdb
  }
}

const field = (header: Buffer, at: number, length: number) => {
  const bytes = header.subarray(at, at + length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? length : end).toString('utf8');
};

const ZEROS = Buffer.alloc(64 * 1024);

/** Closes a file unpacked with holes, at its full size (its trailing zeros included). */
function close(file: number, size: number): void {
  ftruncateSync(file, size);
  closeSync(file);
}

/**
 * Unpacks the snapshot (a gzipped ustar archive this package's build wrote) into `dir`: folders 0700, files 0600,
 * nothing outside `dir`. `PG_VERSION`, by which PGlite knows a folder holds a database, is written last, so a start
 * that is interrupted here unpacks again next time.
 */
async function unpack(tarGz: string, dir: string): Promise<void> {
  const root = resolve(dir);
  let pending: Buffer = Buffer.alloc(0);
  // synchronous writes: a thousand small files, each a round trip to libuv's thread pool otherwise, at start-up; runs of
  // zeros (most of the 16 MB write-ahead log segment) are not written but left as holes, which read as zeros
  let entry: { file: number | undefined; size: number; left: number; skip: number } | undefined;
  let version: Buffer[] | undefined;
  for await (const chunk of createReadStream(tarGz).pipe(createGunzip()) as AsyncIterable<Buffer>) {
    pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let at = 0;
    for (;;) {
      if (entry) {
        const n = Math.min(entry.left, pending.length - at);
        if (n > 0) {
          const bytes = pending.subarray(at, at + n);
          if (entry.file !== undefined) {
            if (Buffer.compare(bytes, ZEROS.subarray(0, Math.min(bytes.length, ZEROS.length))) !== 0 || bytes.length > ZEROS.length) writeSync(entry.file, bytes, 0, bytes.length, entry.size - entry.left);
          }
          else version?.push(Buffer.from(bytes));
          at += n;
          entry.left -= n;
        }
        if (entry.left > 0) break;
        const skip = Math.min(entry.skip, pending.length - at);
        at += skip;
        entry.skip -= skip;
        if (entry.skip > 0) break;
        if (entry.file !== undefined) close(entry.file, entry.size);
        entry = undefined;
      }
      if (pending.length - at < 512) break;
      const header = pending.subarray(at, at + 512);
      at += 512;
      if (header.every((b) => b === 0)) continue;
      const prefix = field(header, 257, 6) === 'ustar' ? field(header, 345, 155) : '';
      const name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
      const target = resolve(root, `.${sep}${name.replace(/^\/+/, '')}`);
      if (target !== root && !target.startsWith(root + sep)) throw new Error(`the initial database names a file outside its folder: ${name}`);
      const type = String.fromCharCode(header[156]!);
      const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
      if (type === '5') {
        mkdirSync(target, { recursive: true, mode: 0o700 });
      } else if (type === '0' || type === '\0') {
        mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
        const last = target === join(root, 'PG_VERSION');
        if (last) version = [];
        entry = { file: last ? undefined : openSync(target, 'w', 0o600), size, left: size, skip: (512 - (size % 512)) % 512 };
      } else {
        throw new Error(`the initial database holds an entry of type ${JSON.stringify(type)}: ${name}`);
      }
    }
    pending = pending.subarray(at);
  }
  if (entry?.file !== undefined) close(entry.file, entry.size);
  if (!version) throw new Error('the initial database has no PG_VERSION');
  writeFileSync(join(root, 'PG_VERSION'), Buffer.concat(version), { mode: 0o600 });
}

/** Storage on PGlite: Postgres compiled to WebAssembly, in memory or in `dataDir`, with no server to install. */
export class PgliteStorage extends SqlStorage {
  /**
   * Opens (and migrates) the storage, in memory or in `dataDir`. A data folder is this user's alone: created 0700,
   * refused when others may write to it or another user owns it, its files 0600.
   */
  static async open(dataDir?: string, options: PgliteStorageOptions = {}): Promise<PgliteStorage> {
    if (dataDir !== undefined) await secureDataDir(dataDir);
    const db = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), ...(await pgliteOptions(dataDir, options)) });
    const driver = pgliteDriver(db);
    await migrate(driver);
    // PGlite unpacks its initial database with the modes the umask leaves (0666 under umask 0); the files
    // PostgreSQL creates afterwards are 0600 in 0700 folders of its own accord
    if (dataDir !== undefined) await restrictTree(dataDir);
    return new PgliteStorage(driver);
  }
}
