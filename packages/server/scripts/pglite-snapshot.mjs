// Build step: a freshly initialised PGlite database (what initdb writes) with the exchange's migrations applied, as
// dist/pglite-initdb.tar.gz, with the PGlite version that made it in dist/pglite-initdb.json (runs after tsup: it
// migrates with dist/index.js). PgliteStorage starts a new database from it instead of running
// initdb — seconds instead of tens of seconds, and a fraction of the memory (initdb runs in a second PGlite instance).
// A PGlite of another version ignores it and runs initdb as before.
import { createRequire } from 'node:module';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS, migrate, pgliteDriver } from '../dist/index.js';

const dist = new URL('../dist/', import.meta.url);
const version = JSON.parse(await readFile(join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite/pglite.wasm')), '..', 'package.json'), 'utf8')).version;
const stamp = new URL('pglite-initdb.json', dist);
const previous = await readFile(stamp, 'utf8').then(JSON.parse, () => undefined);
if (previous?.pglite === version && previous?.migrations === MIGRATIONS.length) process.exit(0);
const db = await PGlite.create();
await migrate(pgliteDriver(db));
await db.exec('CHECKPOINT');
const tarball = await db.dumpDataDir('gzip');
await db.close();
await mkdir(dist, { recursive: true });
await writeFile(new URL('pglite-initdb.tar.gz', dist), Buffer.from(await tarball.arrayBuffer()));
await writeFile(stamp, `${JSON.stringify({ pglite: version, migrations: MIGRATIONS.length })}\n`);
