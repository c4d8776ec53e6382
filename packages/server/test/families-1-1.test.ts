import { readFileSync } from 'node:fs';
import { memoryCursorStore, publish, pullFeed } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import { validate } from '@gpos/validate';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../src/index.js';
import { BACKENDS, backendAvailable, useTestExchange } from './backends.js';
import { keyPair } from './fixtures.js';

const example = (file: string) => JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8')) as Bundle;

// the 1.1 families travel like any other: validated on publish, stored as sent, redacted per audience in the feed
describe.each(BACKENDS.map((backend) => ({ backend })))('operations, relationships, sightings, statistics and delta bundles on $backend', async ({ backend }) => {
  if (!backendAvailable(backend)) return void it.skip('needs GPOS_TEST_DATABASE_URL', () => {});
  const aocKeys = await keyPair('aoc-1');
  const dsiKeys = await keyPair('dsi-1');
  const aoc: Partner = { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber+strict', keys: [aocKeys.publicJwk as never], speaksFor: ['TH-GOV:dsi'] };
  // the network bundle carries the hotline cases AOC shared with DSI, and AOC's delta a new version of DSI's indicator
  const dsi: Partner = { org: 'TH-GOV:dsi', token: 'dsi-0123456789abcdef', clearance: 'amber+strict', keys: [dsiKeys.publicJwk as never], speaksFor: ['TH-GOV:aoc1441'] };
  const bank: Partner = { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [] };
  const community: Partner = { org: 'GASA:member:example', token: 'community-0123456789', clearance: 'green', keys: [] };
  let endpoint: string;

  useTestExchange(backend, 'families11', { partners: [aoc, dsi, bank, community] }, (started) => ({ endpoint } = started));

  const feed = async (token: string) => {
    const out: Bundle[] = [];
    for await (const item of pullFeed({ endpoint, store: memoryCursorStore(), token })) {
      const b = (item.event.data as { bundle?: Bundle }).bundle;
      if (b) out.push(b);
    }
    return out;
  };

  it('publishes a complete network, published statistics and a daily delta, and serves each audience what it may see', async () => {
    const network = example('bundles/scam-compound-network.json');
    const statistics = example('bundles/th-aoc1441-published-statistics.json');
    const delta = example('bundles/th-aoc1441-daily-delta.json');
    const dsiSigner = { privateKey: dsiKeys.privateKey, kid: 'dsi-1', alg: 'EdDSA' as const };
    const aocSigner = { privateKey: aocKeys.privateKey, kid: 'aoc-1', alg: 'EdDSA' as const };
    expect((await publish(network, { endpoint, audience: 'amber', signer: dsiSigner, token: dsi.token })).receipt).toMatchObject({ records: network.records.length });
    expect((await publish(statistics, { endpoint, audience: 'clear', signer: aocSigner, token: aoc.token })).receipt).toMatchObject({ records: statistics.records.length });
    expect((await publish(delta, { endpoint, audience: 'green', signer: aocSigner, token: aoc.token })).receipt).toMatchObject({ records: delta.records.length });

    const forBank = await feed(bank.token);
    expect(forBank.map((b) => b.id)).toEqual([network.id, statistics.id, delta.id]);
    expect(forBank[0]!.records.map((r) => r.type)).toEqual(network.records.map((r) => r.type));
    const bankDelta = forBank[2]!;
    expect(bankDelta).toMatchObject({ scope: 'delta', since: delta.since, references: delta.references });
    expect(bankDelta.records).toContainEqual(delta.records.find((r) => r.revoked === true && !('observable' in r)));
    for (const b of forBank) expect(validate(b).problems.filter((p) => p.severity === 'error')).toEqual([]);

    // a green partner sees no amber case or amber relationship of the network, but every statistic and the delta
    const forCommunity = await feed(community.token);
    const greenNetwork = forCommunity.find((b) => b.id === network.id)!;
    expect(greenNetwork.records.some((r) => r.type === 'case')).toBe(false);
    expect(greenNetwork.records.filter((r) => r.type === 'operation')).toHaveLength(1);
    expect(forCommunity.find((b) => b.id === statistics.id)!.records).toEqual(statistics.records);
    expect(forCommunity.find((b) => b.id === delta.id)!.records).toHaveLength(delta.records.length);
  });
});
