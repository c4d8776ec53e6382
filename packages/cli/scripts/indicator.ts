/** A valid indicator (from the conformance corpus) for the benchmarks; callers set `id` and the observable. */
export function benchIndicator(kind: string, raw: string, canonical: string) {
  return {
    type: 'indicator',
    id: '',
    spec_version: '1.0.0',
    created: '2026-03-14T09:26:53Z',
    modified: '2026-03-14T09:26:53Z',
    source: 'TH-GOV:aoc1441',
    tlp: 'green',
    observable: { kind, raw, canonical },
    status: 'active',
    typology: ['investment.relationship'],
    first_seen: '2026-03-01T00:00:00Z',
    last_seen: '2026-03-10T00:00:00Z',
  };
}

/** The i-th of a run of distinct fake-shop domain indicators, for the convert and interop benchmarks. */
export function shopIndicator(i: number) {
  return {
    type: 'indicator',
    id: `indicator--0192f0c4-7a1e-7c3b-9d2e-${i.toString(16).padStart(12, '0')}`,
    spec_version: '1.0.0',
    created: '2026-03-14T09:26:53Z',
    modified: '2026-03-14T09:26:53Z',
    source: 'TH-GOV:aoc1441',
    tlp: 'green',
    status: 'active',
    confidence: i % 101,
    typology: ['purchase.online_shop', 'impersonation.business'],
    observable: { kind: 'domain', raw: `Scam-Shop-${i}[.]example`, canonical: `scam-shop-${i}.example` },
    first_seen: '2026-03-01T00:00:00Z',
    description: { en: `Fake shop number ${i}, reported by the hotline` },
  };
}
