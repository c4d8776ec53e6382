import type { Args as ServeArgs } from './command.js';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { needs } from '../../shared/optional.js';
import { readErrorMessage } from '../../shared/errors.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

/** The PGlite data directory `gpos serve` uses when given neither --data-dir, --memory nor a database URL. */
export const DEFAULT_DATA_DIR = 'gpos-exchange-data';

/**
 * Reads a partners file: the JSON array `parsePartners` takes, where an entry may name its public keys by file
 * instead of listing them: `"jwks": "aoc.jwks.json"` (the public key set `gpos keygen` writes), relative to the
 * partners file.
 */
export function readPartnersFile(file: string): unknown[] {
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new TypeError(`${file}: expected a JSON array of partners`);
  return entries.map((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object' || !('jwks' in entry)) return entry;
    const { jwks, ...rest } = entry as { jwks: unknown } & Record<string, unknown>;
    if (typeof jwks !== 'string') throw new TypeError(`partners[${i}].jwks must be the path of a public key set (JWKS) file`);
    const set = JSON.parse(readFileSync(resolve(dirname(file), jwks), 'utf8')) as { keys?: unknown };
    if (!Array.isArray(set.keys)) throw new TypeError(`partners[${i}].jwks: ${jwks} is not a JWKS ({ "keys": [...] })`);
    const own = Array.isArray(rest.keys) ? rest.keys : [];
    return { ...rest, keys: [...own, ...set.keys] };
  });
}

/**
 * `gpos serve`: the reference exchange server. PGlite in a data directory by default (nothing to install), a
 * PostgreSQL server with --database-url or DATABASE_URL. Runs until SIGINT or SIGTERM.
 */
export async function run({ values, positionals }: ServeArgs, io: Io): Promise<number> {
  if (positionals.length > 0) throw CliError.usage(`unexpected argument '${positionals[0]}'`);
  const env = (name: string) => process.env[name] || undefined;

  const portText = values.port ?? env('PORT') ?? '8787';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65_535) throw CliError.usage(`--port must be a port number from 0 to 65535, not '${portText}'`);
  const host = values.host ?? env('HOST') ?? '127.0.0.1';
  const databaseUrl = values['database-url'] ?? env('DATABASE_URL');
  if (databaseUrl && (values['data-dir'] !== undefined || values.memory)) throw CliError.usage('--data-dir and --memory are for PGlite; with a database URL the data is in PostgreSQL');
  if (values['data-dir'] !== undefined && values.memory) throw CliError.usage('choose --data-dir or --memory, not both');
  if (values.schema !== undefined && !databaseUrl) throw CliError.usage('--schema needs a PostgreSQL database (--database-url or DATABASE_URL)');
  const dataDir = databaseUrl || values.memory ? undefined : (values['data-dir'] ?? env('GPOS_DATA_DIR') ?? DEFAULT_DATA_DIR);
  const partnersFile = values.partners ?? env('GPOS_PARTNERS');
  // partners' JWTs name this exchange in `aud`; behind a proxy or on 0.0.0.0 the listening URL is not that name
  const jwtAudience = values['jwt-audience'] ?? env('GPOS_JWT_AUDIENCE');

  const server = await needs('@gpos/server', () => import('@gpos/server'));
  let partners: ReturnType<typeof server.parsePartners> = [];
  if (partnersFile !== undefined) {
    try {
      partners = server.parsePartners(readPartnersFile(partnersFile));
    } catch (error) {
      throw new CliError(`cannot read the partners file ${partnersFile}: ${readErrorMessage(error)}`);
    }
  }

  let running: Awaited<ReturnType<typeof server.startExchange>>;
  try {
    running = await server.startExchange({
      partners,
      port,
      host,
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(values.schema ? { schema: values.schema } : {}),
      ...(dataDir ? { dataDir } : {}),
      ...(jwtAudience ? { jwt: { audience: jwtAudience } } : {}),
    });
  } catch (error) {
    throw new CliError(`cannot start the exchange: ${readErrorMessage(error)}`);
  }
  io.stderr(`gpos: exchange listening on ${running.url} (${partners.length} partner${partners.length === 1 ? '' : 's'}, ${running.storage}); Ctrl-C stops it\n`);
  if (partners.length === 0) io.stderr(`gpos: no partners, so every request but GET /healthz is refused: add --partners FILE (see gpos serve --help)\n`);

  return new Promise<number>((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stderr(`gpos: ${signal}: stopping the exchange\n`);
      running.stop().then(
        () => done(0),
        (error: unknown) => {
          io.stderr(`gpos: the exchange did not stop cleanly: ${readErrorMessage(error)}\n`);
          done(2);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
