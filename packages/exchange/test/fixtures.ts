import type { Bundle, GposRecord } from '@gpos/types';
import type { ExchangeEvent } from '../src/index.js';

const uuid = (n: number) => `0192f0c4-7a1e-7c3b-9d2e-${n.toString(16).padStart(12, '0')}`;

export function indicator(n: number, tlp: GposRecord['tlp'] = 'green'): GposRecord {
  return {
    type: 'indicator',
    id: `indicator--${uuid(n)}`,
    spec_version: '1.0.0',
    created: '2026-03-14T09:26:53Z',
    modified: '2026-03-14T09:26:53Z',
    source: 'TH-GOV:aoc1441',
    tlp,
    observable: { kind: 'domain', raw: `scam-${n}.example`, canonical: `scam-${n}.example` },
    status: 'active',
    typology: ['investment.relationship'],
    first_seen: '2026-03-01T00:00:00Z',
    last_seen: '2026-03-10T00:00:00Z',
  } as GposRecord;
}

export const CASE = {
  type: 'case',
  id: `case--${uuid(0xcafe)}`,
  spec_version: '1.0.0',
  created: '2026-03-14T09:26:53Z',
  modified: '2026-03-14T09:26:53Z',
  source: 'TH-GOV:aoc1441',
  tlp: 'amber+strict',
  intake: { channel: 'hotline', received_at: '2026-03-12T03:00:00Z', jurisdiction: 'TH' },
  scam_type: 'investment.relationship',
  status: 'under_investigation',
  victim: { age_band: 'age_60_69', vulnerability: ['elderly'] },
  timeline: { first_contact_at: '2026-01-05', first_payment_at: '2026-01-20T10:00:00Z', reported_at: '2026-03-12T03:00:00Z' },
  loss: { loss_occurred: true, reported: [{ amount: '50000.00', currency: 'THB' }] },
} as unknown as GposRecord;

export function bundle(n: number, records: GposRecord[], tlp: Bundle['tlp'] = 'green', producer = 'TH-GOV:aoc1441'): Bundle {
  return { type: 'bundle', id: `bundle--${uuid(n)}`, spec_version: '1.0.0', created: '2026-03-14T10:00:00Z', producer, tlp, records } as Bundle;
}

export function event(n: number, b: Bundle = bundle(n, [indicator(n)])): ExchangeEvent<'bundle.published'> {
  return { id: `event--${uuid(n)}`, type: 'bundle.published', timestamp: '2026-03-14T10:00:05Z', producer: b.producer, data: { bundle: b } };
}

/** An Ed25519 key pair: the private CryptoKey for signing and the public JWK (with kid) for verifying. */
export async function keyPair(kid: string): Promise<{ privateKey: CryptoKey; publicJwk: JsonWebKey & { kid: string } }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  // Node's Web Crypto labels an exported Ed25519 JWK `alg: "Ed25519"` (RFC 9864); bundle signatures name it EdDSA
  const { alg: _alg, key_ops: _ops, ...jwk } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicJwk = { ...jwk, alg: 'EdDSA', use: 'sig', kid };
  return { privateKey: pair.privateKey, publicJwk };
}
