import { defineCommand, type OptionSpecs, type Parsed } from '../../shared/command.js';

const options = {
  partners: {
    type: 'string',
    value: '<file>',
    description:
      'the partners: a JSON array of { "org", "token", "clearance", "keys" } or, instead of "keys", "jwks": a public key set file (as gpos keygen writes it), relative to this file (env GPOS_PARTNERS). Without partners only GET /healthz answers.',
  },
  port: { type: 'string', short: 'p', value: '<n>', description: 'port to listen on; 0 picks a free one (env PORT; default 8787)' },
  host: { type: 'string', value: '<addr>', description: 'address to listen on (env HOST; default 127.0.0.1, this machine only)' },
  'data-dir': { type: 'string', value: '<dir>', description: 'PGlite data directory (env GPOS_DATA_DIR; default ./gpos-exchange-data)' },
  memory: { type: 'boolean', description: 'keep everything in memory (lost when the server stops)' },
  'database-url': { type: 'string', value: '<url>', description: 'store in PostgreSQL instead (env DATABASE_URL); several servers may share one database' },
  schema: { type: 'string', value: '<name>', description: "PostgreSQL schema for the exchange's tables (default: the connection's search path)" },
  'jwt-audience': {
    type: 'string',
    value: '<id>',
    description: "the `aud` partners' JWTs must carry (env GPOS_JWT_AUDIENCE; default: the URL the server listens on). Set it to the public URL behind a proxy or when listening on 0.0.0.0.",
  },
} as const satisfies OptionSpecs;

/** What the handler receives. */
export type Args = Parsed<typeof options>;

export const serve = defineCommand({
  name: 'serve',
  synopsis: '[--partners <file>]',
  usage: ['[--partners FILE] [--port N] [--host ADDR] [--data-dir DIR | --memory | --database-url URL]'],
  summary: 'run the reference exchange server (PGlite here, or PostgreSQL)',
  description: `Runs the GPOS reference exchange server: partners publish signed bundles (POST /v1/bundles) and pull
TLP-filtered feeds (GET /v1/feed) or receive signed webhooks. Its API is schemas/exchange/openapi.yaml.
Nothing to install: the data is kept in embedded PGlite in ./gpos-exchange-data unless told otherwise.
Runs until Ctrl-C (SIGINT) or SIGTERM. Needs @gpos/server installed beside @gpos/cli.`,
  options,
  exit: [
    [0, 'stopped by SIGINT or SIGTERM'],
    [2, 'usage error, an unreadable partners file, a server that cannot start, or @gpos/server not installed'],
  ],
  examples: [
    'gpos keygen --kid aoc-2026-01',
    `echo '[{"org":"TH-GOV:aoc1441","token":"aoc-0123456789abcdef","clearance":"amber","jwks":"aoc-2026-01.jwks.json"}]' > partners.json`,
    'gpos serve --partners partners.json',
  ],
  load: async () => (await import('./run.js')).run,
});
