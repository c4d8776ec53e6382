import { memoryCursorStore, publish, syncFeed } from '@gpos/exchange';
import { SignJWT, base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, PgliteStorage, type Partner } from '../src/index.js';
import { bundle, indicator, keyPair } from './fixtures.js';

// partner authentication by a JWT signed with a key of the partner's JWKS (the keys its bundles verify with)
describe('partner authentication by signed JWT', async () => {
  const aocKeys = await keyPair('aoc-2026-01');
  const bankKeys = await keyPair('bank-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [aocKeys.publicJwk as never] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [bankKeys.publicJwk as never] };
  let storage: PgliteStorage;
  let exchange: ExchangeServer;
  let endpoint: string;
  let configured: ExchangeServer;
  let configuredEndpoint: string;

  beforeAll(async () => {
    storage = await PgliteStorage.open();
    exchange = new ExchangeServer({ storage, partners: [aoc, bank] });
    endpoint = await exchange.listen();
    configured = new ExchangeServer({ storage, partners: [aoc, bank], jwt: { audience: 'urn:gpos:exchange:test', maxLifetimeSeconds: 120 } });
    configuredEndpoint = await configured.listen();
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await configured?.close();
    await storage?.close();
  });

  const token = (claims: { iss?: string; aud?: string; exp?: number | string; iat?: boolean } = {}, key: CryptoKey = aocKeys.privateKey, kid = 'aoc-2026-01') => {
    const jwt = new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' }).setIssuer(claims.iss ?? aoc.org).setAudience(claims.aud ?? endpoint);
    if (claims.iat !== false) jwt.setIssuedAt();
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    else jwt.setExpirationTime('2m');
    return jwt.sign(key);
  };
  const feed = async (bearer: string, base = endpoint) => fetch(`${base}/v1/feed`, { headers: { authorization: `Bearer ${bearer}` } });
  const refused = async (bearer: string, fragment: string, base = endpoint) => {
    const response = await feed(bearer, base);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('unauthorized');
    expect(problem.detail).toContain(fragment);
  };

  it('accepts a short-lived token the partner signed, for the audience of this exchange, alongside partner keys', async () => {
    expect((await feed(await token())).status).toBe(200);
    expect((await feed(aoc.token)).status).toBe(200);
    // the client authenticates with it like with a key; the partner is the token's issuer
    const signed = await publish(bundle(900, [indicator(900)], 'green'), { endpoint, token: await token(), audience: 'green', signer: { privateKey: aocKeys.privateKey, kid: 'aoc-2026-01', alg: 'EdDSA' } });
    expect(signed.receipt.duplicate).toBe(false);
    const ids: string[] = [];
    await syncFeed({ endpoint, token: await token({ iss: bank.org }, bankKeys.privateKey, 'bank-1'), store: memoryCursorStore() }, (event) => ids.push((event.data as { bundle: { id: string } }).bundle.id));
    expect(ids).toContain(signed.bundle.id);
  });

  it('accepts the configured audience, and no other', async () => {
    expect((await feed(await token({ aud: 'urn:gpos:exchange:test' }), configuredEndpoint)).status).toBe(200);
    await refused(await token({ aud: configuredEndpoint }), 'aud', configuredEndpoint);
  });

  it('refuses an expired token', async () => {
    await refused(await token({ exp: Math.floor(Date.now() / 1000) - 120, iat: false }), 'expired');
  });

  it('refuses a token that is valid for too long, or has no exp', async () => {
    await refused(await token({ exp: '1h' }), 'longer than 300 s');
    const noExp = await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', kid: 'aoc-2026-01' }).setIssuer(aoc.org).setAudience(endpoint).sign(aocKeys.privateKey);
    await refused(noExp, 'exp');
  });

  it('refuses a token for another audience', async () => {
    await refused(await token({ aud: 'https://other-exchange.example' }), 'aud');
  });

  it("refuses a token signed with another partner's key, whatever the kid", async () => {
    await refused(await token({}, bankKeys.privateKey, 'aoc-2026-01'), 'does not verify');
    await refused(await token({}, bankKeys.privateKey, 'bank-1'), 'no key "bank-1"');
    await refused(await token({ iss: 'TH-GOV:unknown' }), 'not a partner');
  });

  it('refuses alg none and HS256', async () => {
    const claims = { iss: aoc.org, aud: endpoint, exp: Math.floor(Date.now() / 1000) + 60 };
    const none = `${base64url.encode(JSON.stringify({ alg: 'none', kid: 'aoc-2026-01' }))}.${base64url.encode(JSON.stringify(claims))}.`;
    await refused(none, 'EdDSA and ES256');
    // HMAC keyed with the partner's public key bytes (the classic confusion), and with a guessable secret
    for (const secret of [new TextEncoder().encode(JSON.stringify(aocKeys.publicJwk)), new TextEncoder().encode(aoc.token)]) {
      const hs = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'aoc-2026-01' }).setIssuer(aoc.org).setAudience(endpoint).setExpirationTime('1m').sign(secret);
      await refused(hs, 'EdDSA and ES256');
    }
  });
});
