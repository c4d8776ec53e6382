import { memoryCursorStore, pullFeed, publish, sendEvent, type ExchangeEvent } from '@gpos/exchange';
import { stixIdFor } from '@gpos/interop';
import { TLP_ORDER } from '@gpos/schema';
import type { Bundle, Tlp } from '@gpos/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeServer, type Partner } from '../src/index.js';
import { BACKENDS, backendAvailable, openTestStorage } from './backends.js';
import { CASE, bundle, indicator, keyPair } from './fixtures.js';

/**
 * The authorisation matrix: one record at every TLP level, published as a broadcast (bundle.published) and as an
 * event addressed to a named organisation (case.referred), read by every kind of partner through the feed — and
 * through TAXII 2.1, whose collections must serve exactly what the feed serves at each audience.
 *
 *   producer   TH-GOV:aoc1441, cleared for RED, which published everything
 *   named      TH-BANK:004, cleared for AMBER: a community member, and the organisation the referrals name
 *   community  GASA:member:green (cleared for GREEN) and TH-TELCO:red (cleared for RED): community members,
 *              never named, so "unrelated" to the referrals
 */
const PRODUCER = 'TH-GOV:aoc1441';
const NAMED = 'TH-BANK:004';
const GREEN = 'GASA:member:green';
const RED = 'TH-TELCO:red';

type Relationship = 'producer' | 'community, cleared for GREEN' | 'community, cleared for AMBER' | 'community, cleared for RED' | 'named organisation, cleared for AMBER' | 'unrelated, cleared for GREEN' | 'unrelated, cleared for RED';
type Row = { delivery: 'broadcast' | 'addressed'; tlp: Tlp; relationship: Relationship; reader: string; sees: boolean };

const rank = (t: Tlp) => TLP_ORDER.indexOf(t);
const upTo = (t: Tlp, max: Tlp) => rank(t) <= rank(max);

/** The policy, stated once as the expected outcome of every cell. */
const MATRIX: Row[] = TLP_ORDER.flatMap((tlp) => [
  // a broadcast: a community member receives at most AMBER (AMBER+STRICT and RED name recipients a broadcast cannot honour), and never above its clearance
  { delivery: 'broadcast', tlp, relationship: 'producer', reader: PRODUCER, sees: true },
  { delivery: 'broadcast', tlp, relationship: 'community, cleared for GREEN', reader: GREEN, sees: upTo(tlp, 'green') },
  { delivery: 'broadcast', tlp, relationship: 'community, cleared for AMBER', reader: NAMED, sees: upTo(tlp, 'amber') },
  { delivery: 'broadcast', tlp, relationship: 'community, cleared for RED', reader: RED, sees: upTo(tlp, 'amber') },
  // addressed to NAMED: it receives up to AMBER+STRICT (it is "the recipient organisation"); RED needs it to ask for RED, beyond its clearance; nobody else receives anything
  { delivery: 'addressed', tlp, relationship: 'producer', reader: PRODUCER, sees: true },
  { delivery: 'addressed', tlp, relationship: 'named organisation, cleared for AMBER', reader: NAMED, sees: upTo(tlp, 'amber+strict') },
  { delivery: 'addressed', tlp, relationship: 'unrelated, cleared for GREEN', reader: GREEN, sees: false },
  { delivery: 'addressed', tlp, relationship: 'unrelated, cleared for RED', reader: RED, sees: false },
] satisfies Row[]);

const uuid = (n: number) => `0192f0c4-7a1e-7c3b-9d2e-${n.toString(16).padStart(12, '0')}`;
const recordFor = (delivery: Row['delivery'], tlp: Tlp) => indicator((delivery === 'broadcast' ? 100 : 200) + rank(tlp), tlp);

describe.each(BACKENDS.map((backend) => ({ backend })))('the authorisation matrix on $backend: every TLP level × partner relationship', async ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const keys = await keyPair('aoc-1');
  const signer = { privateKey: keys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
  const partners: Partner[] = [
    { org: PRODUCER, token: 'producer-token', clearance: 'red', keys: [keys.publicJwk as never] },
    { org: NAMED, token: 'named-token', clearance: 'amber', keys: [] },
    { org: GREEN, token: 'green-token', clearance: 'green', keys: [] },
    { org: RED, token: 'red-token', clearance: 'red', keys: [] },
  ];
  const tokenOf = (org: string) => partners.find((p) => p.org === org)!.token;
  let exchange: ExchangeServer;
  let dispose: (() => Promise<void>) | undefined;
  let endpoint: string;
  /** Per reader: the record ids it received, by delivery. */
  const received = new Map<string, { broadcast: string[]; addressed: string[] }>();

  beforeAll(async () => {
    const opened = await openTestStorage(backend, 'authz');
    dispose = opened.dispose;
    exchange = new ExchangeServer({ storage: opened.storage, partners });
    endpoint = await exchange.listen();
    for (const tlp of TLP_ORDER) {
      const n = rank(tlp);
      await publish(bundle(100 + n, [recordFor('broadcast', tlp)], tlp), { endpoint, audience: 'red', signer, token: tokenOf(PRODUCER) });
      const referral: ExchangeEvent = {
        id: `event--${uuid(300 + n)}`, type: 'case.referred', timestamp: '2026-03-14T10:00:05Z', producer: PRODUCER,
        data: { referral_id: uuid(300 + n), case_id: CASE.id, from: PRODUCER, to: NAMED, at: '2026-03-14T10:00:00Z', bundle: bundle(200 + n, [recordFor('addressed', tlp)], tlp) },
      };
      await sendEvent(referral, { endpoint, audience: 'red', signer, token: tokenOf(PRODUCER) });
    }
    for (const p of partners) {
      const got = { broadcast: [] as string[], addressed: [] as string[] };
      for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: p.token })) {
        const ids = ((item.event.data as { bundle: Bundle }).bundle.records as unknown as { id: string }[]).map((r) => r.id);
        (item.event.type === 'case.referred' ? got.addressed : got.broadcast).push(...ids);
      }
      received.set(p.org, got);
    }
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await dispose?.();
  });

  it.each(MATRIX)('$delivery TLP:$tlp → $relationship: $sees', ({ delivery, tlp, reader, sees }) => {
    const id = (recordFor(delivery, tlp) as unknown as { id: string }).id;
    expect(received.get(reader)![delivery].includes(id)).toBe(sees);
  });

  it('serves through TAXII exactly what the feed serves, for every partner and every audience; no collection above it', async () => {
    for (const p of partners) {
      for (const audience of TLP_ORDER) {
        const collection = `${endpoint}/taxii2/gpos/collections/tlp-${audience.replace('+', '-')}/objects/`;
        const headers = { accept: 'application/taxii+json;version=2.1', authorization: `Bearer ${p.token}` };
        if (!upTo(audience, p.clearance)) {
          expect((await fetch(collection, { headers })).status, `${p.org} ${audience}`).toBe(404);
          continue;
        }
        const fromFeed: string[] = [];
        for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: p.token, audience })) {
          fromFeed.push(...((item.event.data as { bundle: Bundle }).bundle.records as unknown as { id: string }[]).map((r) => stixIdFor('indicator', r.id)));
        }
        const fromTaxii: string[] = [];
        for (let next: string | undefined = '', pages = 0; next !== undefined && pages < 50; pages++) {
          const r = await fetch(`${collection}?match[type]=indicator&limit=2${next ? `&next=${next}` : ''}`, { headers });
          const envelope = (await r.json()) as { more: boolean; next?: string; objects?: { id: string }[] };
          fromTaxii.push(...(envelope.objects ?? []).map((o) => o.id));
          next = envelope.more ? envelope.next : undefined;
        }
        expect(fromTaxii, `${p.org} at ${audience}`).toEqual(fromFeed);
      }
    }
  });

  it('refuses an audience above the partner clearance, and RED to a named organisation that may not ask for it', async () => {
    for (const [org, above] of [[GREEN, 'amber'], [NAMED, 'amber+strict'], [NAMED, 'red']] as const) {
      const r = await fetch(`${endpoint}/v1/feed?audience=${encodeURIComponent(above)}`, { headers: { authorization: `Bearer ${tokenOf(org)}` } });
      expect(r.status, `${org} asking for ${above}`).toBe(403);
    }
    // asking for less than its clearance lowers what it receives: the named organisation asking GREEN gets no AMBER+STRICT
    const lowered: string[] = [];
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token: tokenOf(NAMED), audience: 'green', types: ['case.referred'] })) {
      lowered.push(...((item.event.data as { bundle: Bundle }).bundle.records as unknown as { id: string }[]).map((r) => r.id));
    }
    expect(lowered).toEqual((['clear', 'green'] as Tlp[]).map((t) => (recordFor('addressed', t) as unknown as { id: string }).id));
  });
});
