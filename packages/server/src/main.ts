#!/usr/bin/env node
/**
 * Runs the reference exchange server from the environment:
 *   GPOS_PARTNERS  path to a JSON file of partners (see parsePartners); required
 *   GPOS_DATA_DIR  PGlite data directory; in memory (lost on exit) when unset
 *   PORT, HOST     where to listen; default 8787 on 127.0.0.1
 */
import { readFileSync } from 'node:fs';
import { parsePartners } from './config.js';
import { PgliteStorage } from './pglite-storage.js';
import { ExchangeServer } from './server.js';

const partnersFile = process.env.GPOS_PARTNERS;
if (!partnersFile) {
  process.stderr.write('GPOS_PARTNERS must name a JSON file of partners: [{ "org", "token", "clearance", "keys" }]\n');
  process.exit(2);
}
const partners = parsePartners(JSON.parse(readFileSync(partnersFile, 'utf8')));
const storage = await PgliteStorage.open(process.env.GPOS_DATA_DIR || undefined);
const server = new ExchangeServer({ storage, partners });
const url = await server.listen(Number(process.env.PORT ?? 8787), process.env.HOST ?? '127.0.0.1');
process.stderr.write(`GPOS exchange listening on ${url} (${partners.length} partners, ${process.env.GPOS_DATA_DIR ? `data in ${process.env.GPOS_DATA_DIR}` : 'in memory'})\n`);

const stop = async () => {
  await server.close();
  await storage.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
