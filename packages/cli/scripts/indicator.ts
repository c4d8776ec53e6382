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
