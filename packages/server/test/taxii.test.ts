import { publish } from '@gpos/exchange';
import { TLP2_MARKING_DEFINITIONS, TLP2_MARKING_IDS, stixIdFor } from '@gpos/interop';
import type { GposRecord } from '@gpos/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, type Partner, type SqlStorage } from '../src/index.js';
import { TAXII_MAX_PAGE } from '../src/routes/taxii.js';
import { TAXII_COLLECTIONS, TAXII_MEDIA_TYPE } from '../src/taxii.js';
import { HAVE_STIX_SCHEMAS, STIX_OBSERVABLE_CORE, STIX_SCHEMAS_DIR, stixAjv, stixSchemaId } from '../../interop/test/fixtures.js';
import { BACKENDS, backendAvailable, openTestStorage } from './backends.js';
import { bundle, indicator, keyPair } from './fixtures.js';
import { taxiiAjv } from './taxii-schemas.js';

type Json = Record<string, any>;
type Stix = { type: string; id: string; object_marking_refs?: string[] } & Json;

const stixIndicator = (n: number) => stixIdFor('indicator', indicator(n).id as string);
const markingOf = (o: Json) => (o as Stix).object_marking_refs?.[0];

describe.each(BACKENDS.map((backend) => ({ backend })))('TAXII 2.1 on the exchange on $backend, driven as a TAXII client drives it', async ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const aocKeys = await keyPair('aoc-taxii');
  // the producer (cleared for RED), a bank cleared for AMBER, a community member cleared for GREEN
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-token', clearance: 'red', keys: [aocKeys.publicJwk as never] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-token', clearance: 'amber', keys: [] };
  const community: Partner = { org: 'GASA:member:example', token: 'community-token', clearance: 'green', keys: [] };
  const signer = { privateKey: aocKeys.privateKey, kid: 'aoc-taxii', alg: 'EdDSA' as const };
  let storage: SqlStorage;
  let dispose: (() => Promise<void>) | undefined;
  let exchange: ExchangeServer;
  let endpoint: string;
  const ajv = taxiiAjv();
  const conforms = (schema: string, body: unknown) => expect(ajv.validate(schema, body), `${schema}: ${JSON.stringify(ajv.errors?.slice(0, 3))}`).toBe(true);

  const put = (n: number, records: GposRecord[], tlp: 'green' | 'amber' | 'red' = 'green') =>
    publish(bundle(n, records, tlp), { endpoint, audience: tlp, signer, token: aoc.token });

  beforeAll(async () => {
    ({ storage, dispose } = await openTestStorage(backend, 'taxii'));
    exchange = new ExchangeServer({ storage, partners: [aoc, bank, community], maxBodyBytes: 200_000 });
    endpoint = await exchange.listen();
    await put(1, [indicator(1, 'green'), indicator(2, 'amber')], 'amber');
    await put(2, [indicator(3, 'red')], 'red');
    for (let n = 4; n < 9; n++) await put(n, [indicator(n, 'green')]);
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await dispose?.();
  });

  /** A GET as taxii2-client sends it: the TAXII 2.1 Accept header and the partner's credentials. */
  const get = (url: string, token: string, headers: Record<string, string> = {}) =>
    fetch(url.startsWith('http') ? url : `${endpoint}${url}`, { headers: { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${token}`, ...headers } });
  const getJson = async (url: string, token: string) => {
    const r = await get(url, token);
    expect(r.status, `${url}: ${r.status}`).toBe(200);
    expect(r.headers.get('content-type')).toBe(TAXII_MEDIA_TYPE);
    return { body: (await r.json()) as Json, headers: r.headers };
  };

  /** Discovery → API root → collections, following the URLs the server gives. */
  async function discover(token: string): Promise<{ root: string; collections: Json[] }> {
    const { body: discovery } = await getJson('/taxii2/', token);
    conforms('discovery', discovery);
    const root = discovery.default as string;
    expect(discovery.api_roots).toEqual([root]);
    const { body: apiRoot } = await getJson(root, token);
    conforms('api_root', apiRoot);
    expect(apiRoot.versions).toContain(TAXII_MEDIA_TYPE);
    const { body } = await getJson(`${root}collections/`, token);
    conforms('collections', body);
    return { root, collections: body.collections as Json[] };
  }

  /** Every page of `resource` (objects/ or manifest/) after following `next` until `more` is false. */
  async function pages(url: string, token: string, params: Record<string, string> = {}): Promise<{ pages: Json[]; items: Json[]; first: string[]; last: string[] }> {
    const schema = url.endsWith('/manifest/') ? 'manifest' : 'envelope';
    const out = { pages: [] as Json[], items: [] as Json[], first: [] as string[], last: [] as string[] };
    let next: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const query = new URLSearchParams({ ...params, ...(next ? { next } : {}) });
      const { body, headers } = await getJson(`${url}?${query}`, token);
      conforms(schema, body);
      out.pages.push(body);
      out.items.push(...((body.objects as Json[] | undefined) ?? []));
      if (body.objects?.length) {
        out.first.push(headers.get('x-taxii-date-added-first')!);
        out.last.push(headers.get('x-taxii-date-added-last')!);
      }
      if (!body.more) return out;
      next = body.next as string;
      expect(next).toBeTypeOf('string');
    }
    throw new Error('more never ended');
  }

  it('lists only the collections a partner is cleared for, read-only, with fixed ids', async () => {
    const aliases = async (p: Partner) => (await discover(p.token)).collections.map((c) => c.alias);
    expect(await aliases(community)).toEqual(['tlp-clear', 'tlp-green']);
    expect(await aliases(bank)).toEqual(['tlp-clear', 'tlp-green', 'tlp-amber']);
    expect(await aliases(aoc)).toEqual(['tlp-clear', 'tlp-green', 'tlp-amber', 'tlp-amber-strict', 'tlp-red']);
    const { root, collections } = await discover(bank.token);
    for (const c of collections) {
      expect(c).toMatchObject({ title: `TLP:${String(c.alias).slice(4).replace('-strict', '+strict').toUpperCase()}`, can_read: true, can_write: false, media_types: ['application/stix+json;version=2.1'] });
      const { body } = await getJson(`${root}collections/${c.id}/`, bank.token);
      conforms('collection', body);
      expect(body).toEqual(c);
    }
    // fixed forever, and listed in docs/guide/taxii.md: a client keeps the collection ids it was configured with
    expect(TAXII_COLLECTIONS.map((c) => [c.alias, c.id])).toEqual([
      ['tlp-clear', '4ad99c9c-9581-572d-adbc-a384075af01b'],
      ['tlp-green', '841de95b-8bde-5858-93c6-41133d81b2ce'],
      ['tlp-amber', '30eac35e-26cd-5806-b356-c361cea26124'],
      ['tlp-amber-strict', '4f39d0b8-45b8-55b3-b30e-852f134ee015'],
      ['tlp-red', '8394b3f2-9713-553e-bb97-fe3df6f52326'],
    ]);
  });

  it('pages through the AMBER collection with next: the pages add up to one large page, and no RED object appears', async () => {
    const { root, collections } = await discover(bank.token);
    const amber = collections.find((c) => c.alias === 'tlp-amber')!;
    const objects = `${root}collections/${amber.id}/objects/`;
    const paged = await pages(objects, bank.token, { limit: '4' });
    expect(paged.pages.length).toBeGreaterThan(3);
    for (const page of paged.pages.slice(0, -1)) expect(page.objects).toHaveLength(4);
    const whole = await pages(objects, bank.token, { limit: '1000' });
    expect(whole.pages).toHaveLength(1);
    expect(paged.items).toEqual(whole.items);

    const ids = new Set(paged.items.map((o) => o.id));
    for (const n of [1, 2, 4, 5, 6, 7, 8]) expect(ids.has(stixIndicator(n)), `indicator ${n}`).toBe(true);
    expect(ids.has(stixIndicator(3))).toBe(false);
    expect(paged.items.filter((o) => markingOf(o) === TLP2_MARKING_IDS.red)).toEqual([]);
    expect(paged.items.filter((o) => o.type === 'indicator').map(markingOf)).toEqual(expect.arrayContaining([TLP2_MARKING_IDS.green, TLP2_MARKING_IDS.amber]));
    // date_added only grows, page after page
    const times = paged.first.flatMap((f, i) => [f, paged.last[i]!]);
    expect([...times].sort()).toEqual(times);
  });

  it('serves the manifest with the same paging and the same objects', async () => {
    const { root, collections } = await discover(bank.token);
    const amber = collections.find((c) => c.alias === 'tlp-amber')!;
    const objects = await pages(`${root}collections/${amber.id}/objects/`, bank.token, { limit: '5' });
    const manifest = await pages(`${root}collections/${amber.id}/manifest/`, bank.token, { limit: '5' });
    for (const page of manifest.pages) conforms('manifest', page);
    expect(manifest.items.map((m) => m.id)).toEqual(objects.items.map((o) => o.id));
    expect(manifest.items.map((m) => m.version)).toEqual(objects.items.map((o) => o.modified ?? o.created ?? expect.any(String)));
    expect(manifest.last).toEqual(objects.last);
    expect(manifest.items.some((m) => m.id === stixIndicator(3))).toBe(false);
    expect(manifest.items.every((m) => m.media_type === 'application/stix+json;version=2.1')).toBe(true);
  });

  it('resumes with added_after from X-TAXII-Date-Added-Last: only what was added since', async () => {
    const { root, collections } = await discover(bank.token);
    const green = `${root}collections/${collections.find((c) => c.alias === 'tlp-green')!.id}/objects/`;
    const before = await pages(green, bank.token);
    const last = before.last.at(-1)!;
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect((await pages(green, bank.token, { added_after: last })).items).toEqual([]);
    await put(20, [indicator(20, 'green'), indicator(21, 'amber')], 'amber');
    const after = await pages(green, bank.token, { added_after: last });
    const indicators = after.items.filter((o) => o.type === 'indicator').map((o) => o.id);
    // the GREEN collection holds the new green indicator and not its AMBER sibling
    expect(indicators).toEqual([stixIndicator(20)]);
    expect(after.first.every((t) => t > last)).toBe(true);
  });

  it('shows the producer its own RED records in its RED collection, and a GREEN partner nothing above GREEN', async () => {
    const red = await pages(`/taxii2/gpos/collections/tlp-red/objects/`, aoc.token, { 'match[type]': 'indicator' });
    expect(red.items.map((o) => o.id)).toContain(stixIndicator(3));
    const green = await pages(`/taxii2/gpos/collections/tlp-green/objects/`, community.token);
    expect(green.items.map(markingOf).filter((m) => m !== undefined && m !== TLP2_MARKING_IDS.green && m !== TLP2_MARKING_IDS.clear)).toEqual([]);
    for (const [who, alias] of [[community, 'tlp-amber'], [bank, 'tlp-red'], [bank, 'tlp-amber-strict']] as const) {
      const r = await get(`/taxii2/gpos/collections/${alias}/objects/`, who.token);
      expect(r.status, `${who.org} ${alias}`).toBe(404);
      const manifest = await get(`/taxii2/gpos/collections/${alias}/manifest/`, who.token);
      expect(manifest.status).toBe(404);
    }
  });

  it('filters by match[type], match[id] and match[spec_version], and serves one object by id', async () => {
    const base = '/taxii2/gpos/collections/tlp-amber/objects/';
    const indicators = await pages(base, bank.token, { 'match[type]': 'indicator,domain-name' });
    expect(new Set(indicators.items.map((o) => o.type))).toEqual(new Set(['indicator', 'domain-name']));
    const one = await pages(base, bank.token, { 'match[id]': stixIndicator(2) });
    expect(one.items.map((o) => o.id)).toEqual([stixIndicator(2)]);
    expect((await pages(base, bank.token, { 'match[spec_version]': '2.0' })).items).toEqual([]);
    expect((await pages(base, bank.token, { 'match[spec_version]': '2.0,2.1', 'match[id]': stixIndicator(2) })).items).toHaveLength(1);
    const { body } = await getJson(`${base}${stixIndicator(2)}/`, bank.token);
    conforms('envelope', body);
    expect(body.objects.map((o: Stix) => o.id)).toEqual([stixIndicator(2)]);
    // a RED object is as absent as one that never existed
    for (const id of [stixIndicator(3), stixIndicator(999)]) {
      const r = await get(`${base}${id}/`, bank.token);
      expect(r.status).toBe(404);
      conforms('error', await r.json());
    }
  });

  it('serves the TLP 2.0 marking-definitions its objects reference, as OASIS publishes them, and no other', async () => {
    for (const [who, alias] of [[bank, 'tlp-amber'], [community, 'tlp-green'], [aoc, 'tlp-red']] as const) {
      const { items } = await pages(`/taxii2/gpos/collections/${alias}/objects/`, who.token, { limit: '1000' });
      const referenced = new Set(items.flatMap((o) => (o as Stix).object_marking_refs ?? []));
      const served = items.filter((o) => o.type === 'marking-definition');
      expect(referenced.size, alias).toBeGreaterThan(0);
      expect(new Set(served.map((o) => o.id)), alias).toEqual(referenced);
      for (const definition of served) expect(definition).toEqual(Object.values(TLP2_MARKING_DEFINITIONS).find((d) => d.id === definition.id));
    }
    // a GREEN partner is not shown the definition of a marking only AMBER objects carry
    const green = await pages('/taxii2/gpos/collections/tlp-green/objects/', community.token, { 'match[type]': 'marking-definition' });
    expect(green.items.map((o) => o.id)).not.toContain(TLP2_MARKING_IDS.amber);
  });

  it('publish, then retract: a client polling the collection gets the revoked version of the indicator, under the same id', async () => {
    const green = '/taxii2/gpos/collections/tlp-green/objects/';
    await put(40, [indicator(40, 'green')]);
    const { items: before } = await pages(green, bank.token, { 'match[id]': stixIndicator(40) });
    expect(before).toHaveLength(1);
    expect(before[0]!.revoked).toBeUndefined();
    const last = (await pages(green, bank.token)).last.at(-1)!;
    const retraction = { type: 'indicator', id: indicator(40).id, modified: '2026-03-20T08:00:00Z', source: aoc.org, revoked: true, revocation_reason: 'Reported in error.' };
    await publish({ ...bundle(41, [retraction as unknown as GposRecord]), spec_version: '1.1.0' }, { endpoint, audience: 'green', signer, token: aoc.token });
    // what the client's next poll brings: the same STIX id, revoked, at the later modified
    const { items: since } = await pages(green, bank.token, { added_after: last });
    const revoked = since.filter((o) => o.id === stixIndicator(40));
    expect(revoked).toEqual([expect.objectContaining({ type: 'indicator', revoked: true, modified: '2026-03-20T08:00:00.000Z', created: '2026-03-20T08:00:00.000Z' })]);
    expect(revoked[0]!.modified > before[0]!.modified).toBe(true);
    // the collection holds both versions; a client keeps the latest, which is revoked
    const { items: versions } = await pages(green, bank.token, { 'match[id]': stixIndicator(40), 'match[version]': 'all' });
    expect(versions.map((o) => [o.modified, o.revoked === true])).toEqual([
      [before[0]!.modified, false],
      ['2026-03-20T08:00:00.000Z', true],
    ]);
    if (HAVE_STIX_SCHEMAS) {
      const validate = stixAjv().getSchema(stixSchemaId('indicator')!)!;
      expect(validate(revoked[0]), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('ends a page before the server page size in bytes, and resumes inside the event it split', async () => {
    const small = new ExchangeServer({ storage, partners: [aoc, bank, community], maxPageBytes: 3000 });
    const url = await small.listen();
    try {
      const objects = `${url}/taxii2/gpos/collections/tlp-amber/objects/`;
      const paged = await pages(objects, bank.token, { limit: '1000' });
      const whole = await pages(`${endpoint}/taxii2/gpos/collections/tlp-amber/objects/`, bank.token, { limit: '1000' });
      expect(paged.pages.length).toBeGreaterThan(3);
      for (const page of paged.pages) expect(page.objects.length === 1 || JSON.stringify(page.objects).length <= 3000 + page.objects.length).toBe(true);
      expect(paged.items).toEqual(whole.items);
      // a next from objects/ works on manifest/: the same page, as manifest entries
      const second = paged.pages[0]!.next as string;
      const { body } = await getJson(`${url}/taxii2/gpos/collections/tlp-amber/manifest/?next=${second}&limit=1000`, bank.token);
      expect(body.objects.map((m: Json) => m.id)).toEqual(paged.pages[1]!.objects.map((o: Json) => o.id));
    } finally {
      await small.close();
    }
  });

  it('dates what it adds in feed order, even when bundles arrive at once', async () => {
    await Promise.all([30, 31, 32, 33, 34, 35].map((n) => put(n, [indicator(n, 'green')])));
    const manifest = await pages('/taxii2/gpos/collections/tlp-green/manifest/', bank.token, { 'match[type]': 'indicator', limit: '1000' });
    const added = manifest.items.map((m) => m.date_added as string);
    expect(added.length).toBeGreaterThan(10);
    // one indicator an event here, so every date differs from the one before
    for (let i = 1; i < added.length; i++) expect(added[i]! > added[i - 1]!, `${added[i - 1]} then ${added[i]}`).toBe(true);
  });

  it('gives discovery URLs on the public origin behind a proxy it trusts, and not from headers it does not trust', async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'exchange.example.org' };
    const { body: direct } = await getJson('/taxii2/', bank.token);
    expect(direct.default).toBe(`${endpoint}/taxii2/gpos/`);
    const spoofed = (await (await get('/taxii2/', bank.token, forwarded)).json()) as Json;
    expect(spoofed.default).toBe(`${endpoint}/taxii2/gpos/`);
    const proxied = new ExchangeServer({ storage, partners: [aoc, bank, community], trustProxy: true });
    const url = await proxied.listen();
    try {
      const r = await fetch(`${url}/taxii2/`, { headers: { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${bank.token}`, ...forwarded } });
      expect(((await r.json()) as Json).api_roots).toEqual(['https://exchange.example.org/taxii2/gpos/']);
    } finally {
      await proxied.close();
    }
  });

  it('answers the rate limit as a TAXII error message with Retry-After', async () => {
    const limited = new ExchangeServer({ storage, partners: [aoc, bank, community], rateLimit: { requests: 1, windowMs: 60_000 } });
    const url = await limited.listen();
    try {
      const responses = [];
      for (let i = 0; i < 3; i++) responses.push(await fetch(`${url}/taxii2/`, { headers: { accept: TAXII_MEDIA_TYPE, authorization: `Bearer ${community.token}` } }));
      const refused = responses.at(-1)!;
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toBe(TAXII_MEDIA_TYPE);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await refused.json()) as Json;
      conforms('error', body);
      expect(body).toMatchObject({ error_code: 'rate_limited', http_status: '429', details: { retry_after: expect.any(Number) } });
    } finally {
      await limited.close();
    }
  });

  it.skipIf(!HAVE_STIX_SCHEMAS)(`serves objects that validate against the OASIS STIX 2.1 JSON Schemas (${STIX_SCHEMAS_DIR})`, async () => {
    const stix = stixAjv();
    const { items } = await pages('/taxii2/gpos/collections/tlp-red/objects/', aoc.token, { limit: '1000' });
    expect(items.length).toBeGreaterThan(10);
    for (const object of items) {
      const validate = stix.getSchema(stixSchemaId(object.type) ?? STIX_OBSERVABLE_CORE)!;
      expect(validate(object), `${object.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('answers clients that ask for plain application/json, in the TAXII media type, rather than refusing them', async () => {
    for (const accept of ['application/json', 'application/json, text/plain;q=0.5']) {
      const r = await fetch(`${endpoint}/taxii2/gpos/collections/`, { headers: { accept, authorization: `Bearer ${bank.token}` } });
      expect(r.status, accept).toBe(200);
      expect(r.headers.get('content-type')).toBe(TAXII_MEDIA_TYPE);
      expect(((await r.json()) as Json).collections).toHaveLength(3);
    }
  });

  it('accepts the credentials TAXII clients send: Bearer, taxii2-client Token, and HTTP Basic with the partner key', async () => {
    const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    for (const authorization of [`Token ${bank.token}`, basic('bank', bank.token), basic('', bank.token)]) {
      const r = await fetch(`${endpoint}/taxii2/gpos/collections/`, { headers: { accept: TAXII_MEDIA_TYPE, authorization } });
      expect(r.status, authorization).toBe(200);
      expect(((await r.json()) as Json).collections).toHaveLength(3);
    }
  });

  describe('hostile requests get TAXII error messages with stable codes, never a 500', () => {
    const cases: Array<{ name: string; url: string; headers?: Record<string, string>; token?: string | null; method?: string; status: number; code: string }> = [
      { name: 'no credentials', url: '/taxii2/', token: null, status: 401, code: 'unauthorized' },
      { name: 'a wrong key', url: '/taxii2/gpos/collections/', token: 'nope', status: 401, code: 'unauthorized' },
      { name: 'HTTP Basic with a wrong key', url: '/taxii2/gpos/collections/', headers: { authorization: `Basic ${Buffer.from('TH-BANK:004:nope').toString('base64')}` }, status: 401, code: 'unauthorized' },
      { name: 'Accept: STIX alone', url: '/taxii2/', headers: { accept: 'application/stix+json;version=2.1' }, status: 406, code: 'not_acceptable' },
      { name: 'Accept: HTML', url: '/taxii2/gpos/collections/', headers: { accept: 'text/html' }, status: 406, code: 'not_acceptable' },
      { name: 'Accept: TAXII 2.0', url: '/taxii2/gpos/collections/', headers: { accept: 'application/vnd.oasis.taxii+json; version=2.0' }, status: 406, code: 'not_acceptable' },
      { name: 'Accept: TAXII 2.2', url: '/taxii2/gpos/collections/tlp-green/objects/', headers: { accept: 'application/taxii+json;version=2.2' }, status: 406, code: 'not_acceptable' },
      { name: 'Accept: the TAXII type with q=0', url: '/taxii2/', headers: { accept: 'application/taxii+json;version=2.1;q=0' }, status: 406, code: 'not_acceptable' },
      { name: 'an unknown collection', url: '/taxii2/gpos/collections/00000000-0000-4000-8000-000000000000/objects/', status: 404, code: 'not_found' },
      { name: 'an unknown collection resource', url: '/taxii2/gpos/collections/tlp-purple/', status: 404, code: 'not_found' },
      { name: 'a path TAXII does not have', url: '/taxii2/gpos/status/1234/', status: 404, code: 'not_found' },
      { name: 'another API root', url: '/taxii2/other/collections/', status: 404, code: 'not_found' },
      { name: 'adding objects (read-only)', url: '/taxii2/gpos/collections/tlp-green/objects/', method: 'POST', status: 405, code: 'method_not_allowed' },
      { name: 'added_after in words', url: '/taxii2/gpos/collections/tlp-green/objects/?added_after=yesterday', status: 400, code: 'invalid_parameter' },
      { name: 'added_after on 30 February', url: '/taxii2/gpos/collections/tlp-green/objects/?added_after=2026-02-30T00:00:00Z', status: 400, code: 'invalid_parameter' },
      { name: 'added_after with an offset', url: '/taxii2/gpos/collections/tlp-green/manifest/?added_after=2026-03-14T10:00:00%2B07:00', status: 400, code: 'invalid_parameter' },
      { name: 'added_after twice', url: '/taxii2/gpos/collections/tlp-green/objects/?added_after=2026-03-14T10:00:00Z&added_after=2026-03-15T10:00:00Z', status: 400, code: 'invalid_parameter' },
      { name: 'added_after of ten thousand characters', url: `/taxii2/gpos/collections/tlp-green/objects/?added_after=${'9'.repeat(10_000)}`, status: 400, code: 'invalid_parameter' },
      { name: 'limit 0', url: '/taxii2/gpos/collections/tlp-green/objects/?limit=0', status: 400, code: 'invalid_parameter' },
      { name: 'limit -1', url: '/taxii2/gpos/collections/tlp-green/objects/?limit=-1', status: 400, code: 'invalid_parameter' },
      { name: 'limit 1e3', url: '/taxii2/gpos/collections/tlp-green/objects/?limit=1e3', status: 400, code: 'invalid_parameter' },
      { name: 'limit of 40 digits', url: `/taxii2/gpos/collections/tlp-green/objects/?limit=${'9'.repeat(40)}`, status: 400, code: 'invalid_parameter' },
      { name: 'a next in words', url: '/taxii2/gpos/collections/tlp-green/objects/?next=page-two', status: 400, code: 'invalid_parameter' },
      { name: 'a next beyond the feed', url: '/taxii2/gpos/collections/tlp-green/objects/?next=900000000-0', status: 400, code: 'invalid_parameter' },
      { name: 'a next past 2^53', url: '/taxii2/gpos/collections/tlp-green/manifest/?next=9999999999999999-0', status: 400, code: 'invalid_parameter' },
      { name: 'a next with SQL', url: `/taxii2/gpos/collections/tlp-green/objects/?next=${encodeURIComponent("1-0' OR 1=1 --")}`, status: 400, code: 'invalid_parameter' },
      { name: 'a next at position 0', url: '/taxii2/gpos/collections/tlp-green/objects/?next=0-0', status: 400, code: 'invalid_parameter' },
      { name: 'match[id] that is no STIX id', url: '/taxii2/gpos/collections/tlp-green/objects/?match[id]=indicator--1', status: 400, code: 'invalid_parameter' },
      { name: 'match[type] with a space', url: '/taxii2/gpos/collections/tlp-green/objects/?match[type]=domain%20name', status: 400, code: 'invalid_parameter' },
      { name: 'match[type] with 101 values', url: `/taxii2/gpos/collections/tlp-green/objects/?match[type]=${Array(101).fill('url').join(',')}`, status: 400, code: 'invalid_parameter' },
      { name: 'match[version]=last', url: '/taxii2/gpos/collections/tlp-green/objects/?match[version]=last', status: 400, code: 'invalid_parameter' },
      { name: 'an object id that is no STIX id', url: '/taxii2/gpos/collections/tlp-green/objects/..%2F..%2Fetc/', status: 400, code: 'invalid_parameter' },
      { name: 'a URL the router cannot decode', url: '/taxii2/gpos/collections/%zz/', status: 400, code: 'bad_request' },
    ];
    it.each(cases)('$name → $status $code', async ({ url, headers, token, method, status, code }) => {
      const r = await fetch(`${endpoint}${url}`, {
        method: method ?? 'GET',
        headers: { accept: TAXII_MEDIA_TYPE, ...(token === null ? {} : { authorization: `Bearer ${token ?? bank.token}` }), ...headers },
      });
      expect(r.status).toBe(status);
      expect(r.headers.get('content-type')).toBe(TAXII_MEDIA_TYPE);
      const body = (await r.json()) as Json;
      conforms('error', body);
      expect(body).toMatchObject({ error_code: code, http_status: String(status), title: expect.any(String) });
    });

    it('serves a limit beyond the largest page as the largest page', async () => {
      const { body } = await getJson(`/taxii2/gpos/collections/tlp-red/objects/?limit=${'9'.repeat(30)}`, aoc.token);
      expect(body.objects.length).toBeGreaterThan(0);
      expect(body.objects.length).toBeLessThanOrEqual(TAXII_MAX_PAGE);
    });

    it('accepts a wildcard or absent Accept header, as curl sends', async () => {
      for (const accept of ['*/*', 'application/*', 'application/taxii+json', 'text/html, application/taxii+json;version=2.1;q=0.9']) {
        const r = await fetch(`${endpoint}/taxii2/`, { headers: { accept, authorization: `Bearer ${bank.token}` } });
        expect(r.status, accept).toBe(200);
      }
      const bare = await fetch(`${endpoint}/taxii2/`, { headers: { authorization: `Bearer ${bank.token}` } });
      expect(bare.status).toBe(200);
    });

    it('keeps RFC 9457 problems on the GPOS API', async () => {
      const r = await fetch(`${endpoint}/v1/feed?cursor=x`, { headers: { authorization: `Bearer ${bank.token}` } });
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json\b/);
    });
  });
});
