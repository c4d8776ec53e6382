import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SettingsResult } from '@gpos/server/settings';
import { serveHelp } from '../help.js';
import { needs } from '../optional.js';
import { readErrorMessage } from '../run/task.js';
import { UsageError, type Io } from './io.js';

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
export async function serveCommand(argv: string[], io: Io): Promise<number> {
  // the server's limits and switches are declared once, in @gpos/server/settings (a light entry): flags here,
  // environment variables for its own binary, one help text for both
  const settings = await import('@gpos/server/settings').catch((error: unknown) => {
    if (argv.includes('--help') || argv.includes('-h')) return undefined;
    return needs('@gpos/server', () => Promise.reject(error));
  });
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      partners: { type: 'string' },
      'data-dir': { type: 'string' },
      memory: { type: 'boolean' },
      'database-url': { type: 'string' },
      schema: { type: 'string' },
      'jwt-audience': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...settings?.settingsParseArgsOptions(),
    },
  });
  if (values.help) {
    io.stdout(serveHelp(settings?.settingsHelp(28)));
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  let limits: SettingsResult;
  try {
    // settings is loaded here: without @gpos/server only --help got this far
    limits = settings!.serverSettings(values, process.env, (path) => readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(readErrorMessage(error));
  }
  const env = (name: string) => process.env[name] || undefined;

  const portText = values.port ?? env('PORT') ?? '8787';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65_535) throw new UsageError(`--port must be a port number from 0 to 65535, not '${portText}'`);
  const host = values.host ?? env('HOST') ?? '127.0.0.1';
  const databaseUrl = values['database-url'] ?? env('DATABASE_URL');
  if (databaseUrl && (values['data-dir'] !== undefined || values.memory)) throw new UsageError('--data-dir and --memory are for PGlite; with a database URL the data is in PostgreSQL');
  if (values['data-dir'] !== undefined && values.memory) throw new UsageError('choose --data-dir or --memory, not both');
  if (values.schema !== undefined && !databaseUrl) throw new UsageError('--schema needs a PostgreSQL database (--database-url or DATABASE_URL)');
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
      io.stderr(`gpos: cannot read the partners file ${partnersFile}: ${readErrorMessage(error)}\n`);
      return 2;
    }
  }

  let running: Awaited<ReturnType<typeof server.startExchange>>;
  try {
    running = await server.startExchange({
      ...limits.options,
      ...(limits.speaksFor ? { speaksFor: limits.speaksFor } : {}),
      partners,
      port,
      host,
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(values.schema ? { schema: values.schema } : {}),
      ...(dataDir ? { dataDir } : {}),
      ...(jwtAudience ? { jwt: { audience: jwtAudience } } : {}),
    });
  } catch (error) {
    io.stderr(`gpos: cannot start the exchange: ${readErrorMessage(error)}\n`);
    return 2;
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
