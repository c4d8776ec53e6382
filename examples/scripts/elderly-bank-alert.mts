/**
 * Standard 1.1: an elderly victim's case shared with Thai banks at TLP:AMBER. The `elderly` vulnerability code has
 * its own minimum of TLP:AMBER, so the case need not be raised to AMBER+STRICT for it; the victim's cognitive
 * impairment (health data, AMBER+STRICT) is kept in the same record with a field-level marking, and the SDK's
 * redaction removes it for the banks.
 */
import { base, pseudonym } from './lib.mts';

const AOC = 'TH-GOV:aoc1441';
const RECEIVED = '2026-11-02T03:12:00Z';

export function elderlyBankAlertCase() {
  return {
    ...base('case', 'elderly/bank-alert', '2026-11-02T03:40:00Z', '2026-11-02T05:05:00Z', AOC, 'amber'),
    spec_version: '1.1.0',
    markings: [
      { pointer: '/victim/vulnerability/1', tlp: 'amber+strict', reason: 'Health information: for the receiving bank only, not its clients.' },
    ],
    confidence: 85,
    local_refs: [{ system: 'hotline_ticket', value: 'AOC-2569-118204' }],
    intake: { channel: 'hotline', received_at: RECEIVED, jurisdiction: 'TH', subdivision: 'TH-50' },
    victim: {
      key: pseudonym('gpos-th-2026-1', 'TH:nid:3500555017823'),
      victim_type: 'individual',
      age_band: 'age_70_79',
      country_of_residence: 'TH',
      vulnerability: ['elderly', 'cognitive_impairment'],
      role: 'victim',
      reporter_relationship: 'family',
    },
    scam_type: 'impersonation.government_law_enforcement',
    contact_channels: [{ channel: 'voice_call', first_at: '2026-11-01T02:30:00Z', direction: 'inbound' }],
    impersonated: [{ entity_type: 'government_agency', name: { th: 'กรมสอบสวนคดีพิเศษ', en: 'Department of Special Investigation', original_language: 'th' }, identifier: 'TH-GOV:dsi' }],
    timeline: {
      first_contact_at: '2026-11-01T02:30:00Z',
      first_payment_at: '2026-11-01T04:05:00Z',
      last_payment_at: '2026-11-01T04:05:00Z',
      reported_at: RECEIVED,
    },
    payments: [
      {
        payment_ref: 'p1',
        executed_at: '2026-11-01T04:05:00Z',
        amount: { amount: '380000.00', currency: 'THB' },
        method: 'bank_transfer_domestic_instant',
        rail: 'promptpay',
        destination_institution: 'TH-BANK:006',
        freeze: {
          status: 'requested',
          legal_basis: {
            th: 'พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี พ.ศ. 2566 มาตรา 6',
            en: 'Emergency Decree on Measures for Prevention and Suppression of Technology Crimes B.E. 2566, section 6',
            original_language: 'th',
          },
        },
      },
    ],
    loss: { loss_occurred: true, reported: [{ amount: '380000.00', currency: 'THB' }], recovery_status: 'pending' },
    status: 'freeze_in_progress',
    lawful_basis: ['legal_obligation'],
    // the receiving bank's suspicious-transaction report on the mule account, as the FIU numbered it
    extensions: {
      goaml: {
        reports: [
          { report_code: 'STR', fiu_ref_number: 'AMLO-STR-2569-118204', entity_reference: 'KTB-FRD-2026-11-0417', fiu: 'TH-GOV:amlo', reporting_entity: 'TH-BANK:006', submitted_at: '2026-11-01T09:30:00Z', report_indicators: ['SCAM_MULE'] },
        ],
      },
    },
  };
}
