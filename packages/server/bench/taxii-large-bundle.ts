/**
 * One bundle of 10,000 indicators read whole through TAXII (pages of 1000 objects followed by `next`) and through the
 * GPOS feed, on PGlite in memory: what a page ending inside a large event costs. Run with
 * `node --conditions=@gpos/source --import tsx bench/taxii-large-bundle.ts`.
 */
import { signBundle } from '@gpos/sdk';
import { ExchangeServer, PgliteStorage, type Partner } from '../src/index.js';
import { bundle, indicator, keyPair } from '../test/fixtures.js';
const keys = await keyPair('k');
const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-token-0123', clearance: 'amber', keys: [keys.publicJwk as never] };
const bank: Partner = { org: 'TH-BANK:004', token: 'bank-token-0123', clearance: 'amber', keys: [] };
const storage = await PgliteStorage.open();
const server = new ExchangeServer({ storage, partners: [aoc, bank], rateLimit: { requests: 1e9, windowMs: 60_000 }, maxBodyBytes: 64 * 1024 * 1024 });
const endpoint = await server.listen();
const signed = await signBundle(bundle(1, Array.from({ length: 10_000 }, (_, i) => indicator(i + 1))), { privateKey: keys.privateKey, kid: 'k', alg: 'EdDSA' });
const r = await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: { authorization: `Bearer ${aoc.token}` }, body: JSON.stringify(signed) });
if (r.status !== 201) throw new Error(await r.text());
let t = performance.now();
let pages = 0, objects = 0;
for (let next: string | undefined = ''; next !== undefined; pages++) {
  const res = await fetch(`${endpoint}/taxii2/gpos/collections/tlp-amber/objects/?limit=1000${next ? `&next=${next}` : ''}`, { headers: { authorization: `Bearer ${bank.token}` } });
  const env = (await res.json()) as { more: boolean; next?: string; objects?: unknown[] };
  objects += env.objects?.length ?? 0;
  next = env.more ? env.next : undefined;
}
const taxiiMs = performance.now() - t;
t = performance.now();
const feed = await fetch(`${endpoint}/v1/feed?limit=1000`, { headers: { authorization: `Bearer ${bank.token}` } });
await feed.json();
console.log(`one bundle of 10,000 indicators: TAXII ${pages} pages, ${objects} objects in ${(taxiiMs / 1000).toFixed(1)} s; feed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
await server.close();
await storage.close();
