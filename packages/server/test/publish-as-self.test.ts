import { eventId, memoryCursorStore, pullFeed, type ExchangeEvent } from '@gpos/exchange';
import { signBundle } from '@gpos/sdk';
import type { Bundle, GposRecord } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../src/index.js';
import { BACKENDS, backendAvailable, useTestExchange } from './backends.js';
import { bundle, indicator, keyPair } from './fixtures.js';

// a partner is bound to the organisations it may speak for: records, requests and record ids of others are not its to send
describe.each(BACKENDS.map((backend) => ({ backend })))('publishing only as oneself on $backend', async ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const aocKeys = await keyPair('aoc-1');
  const bankKeys = await keyPair('bank-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [aocKeys.publicJwk as never], speaksFor: ['TH-GOV:aoc1441-north'] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [bankKeys.publicJwk as never] };
  const aocSigner = { privateKey: aocKeys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
  const bankSigner = { privateKey: bankKeys.privateKey, kid: 'bank-1', alg: 'EdDSA' as const };
  let endpoint: string;

  useTestExchange(backend, 'asself', { partners: [aoc, bank] }, (started) => ({ endpoint } = started));

  const post = async (path: string, body: unknown, token: string) => {
    const response = await fetch(`${endpoint}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { code?: string; pointer?: string } };
  };
  const bankBundle = (n: number, records: GposRecord[]) => signBundle(bundle(n, records, 'green', bank.org), bankSigner);
  const feedIds = async () => {
    const out: string[] = [];
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: bank.token })) {
      const b = (item.event.data as { bundle?: Bundle }).bundle;
      if (b) out.push(...b.records.map((r) => `${(r as { id: string }).id}@${(r as { modified: string }).modified}`));
    }
    return out;
  };

  it('refuses records whose source is another organisation, with 403 not_your_organisation', async () => {
    const forged = await signBundle(bundle(1, [indicator(1), { ...indicator(2), source: bank.org } as GposRecord]), aocSigner);
    expect(await post('/v1/bundles', forged, aoc.token)).toMatchObject({ status: 403, body: { code: 'not_your_organisation', pointer: '/records/1/source' } });
    // an organisation the partner is configured to speak for is its own
    const regional = await signBundle(bundle(2, [{ ...indicator(3), source: 'TH-GOV:aoc1441-north' } as GposRecord]), aocSigner);
    expect((await post('/v1/bundles', regional, aoc.token)).status).toBe(201);
  });

  it("never lets one source's later version or revocation supersede another source's record", async () => {
    expect((await post('/v1/bundles', await signBundle(bundle(10, [indicator(10)]), aocSigner), aoc.token)).status).toBe(201);
    const retraction = { ...indicator(10), source: bank.org, modified: '2026-03-20T00:00:00Z', revoked: true } as GposRecord;
    expect(await post('/v1/bundles', await bankBundle(11, [retraction]), bank.token)).toMatchObject({ status: 403, body: { code: 'foreign_record_id' } });
    // nor through an event that carries a bundle
    const event: ExchangeEvent = { id: eventId(), type: 'indicators.retracted', timestamp: '2026-03-20T00:00:05Z', producer: bank.org, data: { bundle: await bankBundle(12, [retraction]) } } as ExchangeEvent;
    expect(await post('/v1/events', event, bank.token)).toMatchObject({ status: 403, body: { code: 'foreign_record_id' } });
    expect((await feedIds()).filter((id) => id.startsWith(indicator(10).id))).toEqual([`${indicator(10).id}@2026-03-14T09:26:53Z`]);
    // the owner's own later version is accepted
    const update = { ...indicator(10), modified: '2026-03-21T00:00:00Z', revoked: true } as GposRecord;
    expect((await post('/v1/bundles', await signBundle(bundle(13, [update]), aocSigner), aoc.token)).status).toBe(201);
  });

  it('refuses a takedown request or an acknowledgement in the name of another organisation', async () => {
    const request: ExchangeEvent = {
      id: eventId(), type: 'takedown.requested', timestamp: '2026-03-14T10:00:05Z', producer: bank.org,
      data: { request_id: '0192f0c4-7a1e-7c3b-9d2e-000000000070', requested_by: aoc.org, addressed_to: aoc.org, action: 'domain_suspended', indicator_ids: [indicator(10).id] },
    } as ExchangeEvent;
    expect(await post('/v1/events', request, bank.token)).toMatchObject({ status: 403, body: { code: 'not_your_organisation', pointer: '/data/requested_by' } });
    const acknowledgement: ExchangeEvent = {
      id: eventId(), type: 'case.referral_acknowledged', timestamp: '2026-03-14T10:30:05Z', producer: bank.org,
      data: { referral_id: '0192f0c4-7a1e-7c3b-9d2e-000000000071', case_id: 'case--0192f0c4-7a1e-7c3b-9d2e-000000000072', by: aoc.org, status: 'accepted', at: '2026-03-14T10:30:00Z' },
    } as ExchangeEvent;
    expect(await post('/v1/events', acknowledgement, bank.token)).toMatchObject({ status: 403, body: { code: 'not_your_organisation', pointer: '/data/by' } });
  });
});
