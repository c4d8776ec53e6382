import { memoryCursorStore, publish, pullFeed } from '@gpos/exchange';
import { signBundle } from '@gpos/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, PgliteStorage, parsePartners, type Partner } from '../src/index.js';
import { bundle, indicator, keyPair } from './fixtures.js';
import { schemaAjv } from './schemas.js';

const API = 'https://schemas.gpos.network/exchange/api.json#/$defs/';
const EVENTS = 'https://schemas.gpos.network/exchange/events.json#/$defs/';

describe('responses conform to schemas/exchange (openapi.yaml)', async () => {
  const ajv = schemaAjv();
  const conforms = (ref: string, value: unknown) => {
    const ok = ajv.validate(ref, value);
    expect(ok, `${ref}: ${JSON.stringify(ajv.errors)}`).toBe(true);
  };
  const keys = await keyPair('k1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc', clearance: 'amber', keys: [keys.publicJwk as never] };
  const signer = { privateKey: keys.privateKey, kid: 'k1', alg: 'EdDSA' as const };
  let storage: PgliteStorage;
  let server: ExchangeServer;
  let endpoint: string;
  beforeAll(async () => {
    storage = await PgliteStorage.open();
    server = new ExchangeServer({ storage, partners: [aoc], rateLimit: { requests: 12, windowMs: 60_000 } });
    endpoint = await server.listen();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await storage?.close();
  });
  const auth = { authorization: 'Bearer aoc' };

  it('publish receipts, feed pages, events, subscriptions and problems', async () => {
    const { receipt } = await publish(bundle(1, [indicator(1)]), { endpoint, audience: 'green', signer, token: 'aoc' });
    conforms(`${API}publish_receipt`, receipt);
    const page = await (await fetch(`${endpoint}/v1/feed?limit=10`, { headers: auth })).json();
    conforms(`${API}feed_page`, page);
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: 'aoc' })) conforms(`${EVENTS}bundle_published`, item.event);
    const created = await (await fetch(`${endpoint}/v1/subscriptions`, { method: 'POST', headers: auth, body: JSON.stringify({ url: 'https://partner.example/hook' }) })).json();
    conforms(`${API}subscription`, created);
    conforms(`${API}subscription_list`, await (await fetch(`${endpoint}/v1/subscriptions`, { headers: auth })).json());
    const tampered = { ...(await signBundle(bundle(2, [indicator(2)]), signer)), tlp: 'clear' };
    conforms(`${API}problem`, await (await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: auth, body: JSON.stringify(tampered) })).json());
    const invalid = await signBundle(bundle(3, [{ ...indicator(3), tlp: 'purple' } as never]), signer);
    const problem = await (await fetch(`${endpoint}/v1/bundles`, { method: 'POST', headers: auth, body: JSON.stringify(invalid) })).json();
    conforms(`${API}problem`, problem);
    conforms(`${API}problem`, await (await fetch(`${endpoint}/v1/feed?cursor=abc`, { headers: auth })).json());
  });

  it('answers 429 with Retry-After once a partner exceeds its rate limit', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 15; i++) last = await fetch(`${endpoint}/v1/feed`, { headers: auth });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    conforms(`${API}problem`, await last!.json());
  });
});

describe('parsePartners', () => {
  it('accepts a partner list and names the first wrong entry', () => {
    const ok = { org: 'TH-GOV:aoc1441', token: 'x'.repeat(16), clearance: 'amber', keys: [] };
    expect(parsePartners([ok])).toHaveLength(1);
    expect(() => parsePartners({})).toThrow(/array/);
    expect(() => parsePartners([{ ...ok, org: 'aoc' }])).toThrow(/partners\[0\]\.org/);
    expect(() => parsePartners([ok, { ...ok, org: 'TH-BANK:004' }])).toThrow(/partners\[1\]\.token is used/);
    expect(() => parsePartners([{ ...ok, clearance: 'AMBER' }])).toThrow(/clearance/);
    expect(() => parsePartners([{ ...ok, token: 'short' }])).toThrow(/token/);
  });
});
