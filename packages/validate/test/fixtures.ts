/** Small, schema-valid records of every family, for tests and the benchmark. Copy before mutating. */
export const ID = {
  indicator: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e',
  indicator2: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0f',
  case: 'case--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e',
  commitment: 'commitment--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e',
  organization: 'organization--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e',
  bundle: 'bundle--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e',
} as const;

const base = { spec_version: '1.0.0', created: '2026-03-14T09:26:53Z', modified: '2026-03-14T09:26:53Z', source: 'TH-GOV:aoc1441' };

export function indicator(): Record<string, unknown> {
  return {
    type: 'indicator',
    id: ID.indicator,
    ...base,
    tlp: 'green',
    observable: { kind: 'domain', raw: 'Bad-Bank[.]example', canonical: 'bad-bank.example' },
    status: 'active',
    typology: ['investment.relationship'],
    first_seen: '2026-03-01T00:00:00Z',
    last_seen: '2026-03-10T00:00:00Z',
  };
}

export function victimCase(): Record<string, unknown> {
  return {
    type: 'case',
    id: ID.case,
    ...base,
    tlp: 'amber+strict',
    intake: { channel: 'hotline', received_at: '2026-03-12T03:00:00Z', jurisdiction: 'TH' },
    scam_type: 'investment.relationship',
    status: 'under_investigation',
    victim: { age_band: 'age_60_69', vulnerability: ['elderly'] },
    timeline: { first_contact_at: '2026-01-05', first_payment_at: '2026-01-20T10:00:00Z', reported_at: '2026-03-12T03:00:00Z' },
    payments: [
      {
        amount: { amount: '50000.00', currency: 'THB' },
        executed_at: '2026-01-20T10:00:00Z',
        freeze: { status: 'frozen_partial', amount: { amount: '20000.00', currency: 'THB' } },
      },
    ],
    loss: { loss_occurred: true, reported: [{ amount: '50000.00', currency: 'THB' }], frozen: [{ amount: '20000.00', currency: 'THB' }] },
    narrative: { text: { en: 'Contacted through a dating app, then moved to an investment group.' } },
  };
}

export function commitment(): Record<string, unknown> {
  return {
    type: 'commitment',
    id: ID.commitment,
    ...base,
    source: 'TH-GOV:mdes',
    tlp: 'clear',
    instrument: 'bangkok_joint_statement_2025',
    title: { en: 'Nationwide 1441 hotline' },
    pillars: ['victim_protection'],
    parties: [{ org: 'TH-GOV:mdes', roles: ['lead_implementer'] }],
    period: { start_date: '2026-01-01', end_date: '2027-12-31' },
    status: 'implementing',
    milestones: [
      { milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'met', due_date: '2026-06-30', date_met: '2026-05-02', evidence_refs: ['e1'] },
      { milestone_id: 'm2', title: { en: '24/7 staffing' }, status: 'scheduled', due_date: '2027-06-30' },
    ],
    evidence: [{ evidence_id: 'e1', title: { en: 'Launch announcement' }, url: 'https://example.org/1441', applies_to: '/milestones/0' }],
  };
}

export function organization(): Record<string, unknown> {
  return {
    type: 'organization',
    id: ID.organization,
    ...base,
    tlp: 'clear',
    identifier: 'TH-GOV:aoc1441',
    name: { en: 'Anti Online Scam Operation Center', th: 'ศูนย์ปฏิบัติการแก้ไขปัญหาอาชญากรรมออนไลน์' },
    kind: 'government_ministry',
    country: 'TH',
  };
}

export function bundle(records: unknown[] = [indicator(), victimCase(), commitment(), organization()]): Record<string, unknown> {
  return { type: 'bundle', id: ID.bundle, spec_version: '1.1.0', created: '2026-03-14T10:00:00Z', producer: 'TH-GOV:aoc1441', tlp: 'amber+strict', records };
}
