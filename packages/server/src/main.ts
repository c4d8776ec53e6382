#!/usr/bin/env node
/**
 * Runs the reference exchange server from the environment:
 *   GPOS_PARTNERS         path to a JSON file of partners (see parsePartners); required
 *   DATABASE_URL          PostgreSQL connection string; when set, the exchange stores its data there
 *   GPOS_DATABASE_SCHEMA  schema for the tables on PostgreSQL (default: the connection's search path)
 *   GPOS_DATA_DIR         PGlite data directory when there is no DATABASE_URL; in memory (lost on exit) when unset
 *   PORT, HOST            where to listen; default 8787 on 127.0.0.1
 *   GPOS_JWT_AUDIENCE     the `aud` partner JWTs must carry (comma-separated); default the URL it listens on
 * and the limits and switches of SERVER_SETTINGS (src/settings.ts), each by its environment variable:
 * GPOS_RATE_LIMIT, GPOS_AUTH_FAILURE_LIMIT, GPOS_PUBLISH_QUOTA, GPOS_STORAGE_QUOTA, GPOS_SPEAKS_FOR, … (`gpos serve --help` lists them).
 */
import { readFileSync } from 'node:fs';
import { parsePartners } from './config.js';
import { startExchange } from './run.js';
import { serverSettings, type SettingsResult } from './settings.js';

const partnersFile = process.env.GPOS_PARTNERS;
if (!partnersFile) {
  process.stderr.write('GPOS_PARTNERS must name a JSON file of partners: [{ "org", "token", "clearance", "keys" }]\n');
  process.exit(2);
}
const env = (name: string) => process.env[name] || undefined;
/** A mistake in the configuration or the environment: said in one line, without a stack trace. */
const fail = (what: string, error: unknown): never => {
  process.stderr.write(`gpos-exchange-server: ${what}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
};
let partners: ReturnType<typeof parsePartners> = [];
try {
  partners = parsePartners(JSON.parse(readFileSync(partnersFile, 'utf8')));
} catch (error) {
  fail(`cannot read the partners file ${partnersFile}`, error);
}
let settings: SettingsResult = { options: {} };
try {
  settings = serverSettings({}, process.env, (path) => readFileSync(path, 'utf8'));
} catch (error) {
  fail('bad setting', error);
}
const running = await startExchange({
  ...settings.options,
  ...(settings.speaksFor ? { speaksFor: settings.speaksFor } : {}),
  partners,
  port: Number(process.env.PORT ?? 8787),
  host: process.env.HOST ?? '127.0.0.1',
  ...(env('DATABASE_URL') ? { databaseUrl: env('DATABASE_URL')! } : {}),
  ...(env('GPOS_DATABASE_SCHEMA') ? { schema: env('GPOS_DATABASE_SCHEMA')! } : {}),
  ...(env('GPOS_DATA_DIR') ? { dataDir: env('GPOS_DATA_DIR')! } : {}),
  ...(env('GPOS_JWT_AUDIENCE') ? { jwt: { audience: env('GPOS_JWT_AUDIENCE')!.split(',').map((a) => a.trim()).filter(Boolean) } } : {}),
}).catch((error: unknown) => fail('cannot start', error));
process.stderr.write(`GPOS exchange listening on ${running.url} (${partners.length} partners, ${running.storage})\n`);

const stop = async () => {
  await running.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
