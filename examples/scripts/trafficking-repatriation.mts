/**
 * Standard 1.1: a Bangladeshi jobseeker trafficked into a scam compound across the Thai border and forced to run
 * relationship-investment scams (`forced_criminality`), then identified as a trafficking victim, rescued,
 * repatriated to Bangladesh and supported there. The protection block is special-category personal data, so the
 * record travels at TLP:AMBER+STRICT; the narrative keeps its default TLP:RED.
 */
import { base, pseudonym, sha256Hex } from './lib.mts';

const DSI = 'TH-GOV:dsi';
const RECEIVED = '2026-10-03T02:10:00Z';

export function traffickingRepatriationCase() {
  return {
    ...base('case', 'trafficking/bd-repatriation', '2026-10-03T04:00:00Z', '2026-11-20T03:00:00Z', DSI, 'amber+strict'),
    spec_version: '1.1.0',
    confidence: 85,
    labels: ['forced-criminality', 'repatriation'],
    local_refs: [{ system: 'police_report', value: 'DSI-TIP-2569-0211' }],
    provenance: { method: 'investigation', collected_at: '2026-10-03T03:00:00Z' },
    intake: { channel: 'referral', received_at: RECEIVED, reporting_org: 'TH-GOV:rtp', jurisdiction: 'TH', subdivision: 'TH-63' },
    victim: {
      key: pseudonym('gpos-tip-2026-1', 'BD:passport:EF0555031'),
      victim_type: 'individual',
      age_band: 'age_20_29',
      country_of_residence: 'BD',
      nationality: 'BD',
      vulnerability: ['trafficking_victim', 'language_barrier'],
      role: 'forced_criminality',
      protection: {
        identification: {
          stage: 'formal',
          identified_at: '2026-10-04',
          identified_by: DSI,
          legal_basis: {
            th: 'พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551 มาตรา 6/1 (การบังคับใช้แรงงานหรือบริการ) คัดแยกโดยทีมสหวิชาชีพตามกลไกการส่งต่อระดับชาติ',
            en: 'Anti-Trafficking in Persons Act B.E. 2551 (2008), section 6/1 (forced labour or services); screened by the multidisciplinary team under the national referral mechanism.',
            original_language: 'th',
          },
          forced_activities: ['investment.relationship'],
        },
        rescue: {
          rescued_at: '2026-10-02',
          location: { country: 'MM', subdivision: 'MM-13' },
          by: ['TH-GOV:rtp', DSI],
        },
        repatriation: {
          status: 'completed',
          to_country: 'BD',
          repatriated_at: '2026-11-18',
          assisted_by: ['BD-GOV:mofa', 'UN:iom'],
        },
        support: [
          { service: 'shelter', provided_by: 'TH-GOV:msdhs', started_at: '2026-10-03', ended_at: '2026-11-17' },
          { service: 'medical', provided_by: 'TH-GOV:msdhs', started_at: '2026-10-03', ended_at: '2026-10-10' },
          { service: 'psychosocial', provided_by: 'TH-GOV:msdhs', started_at: '2026-10-05' },
          { service: 'interpretation', provided_by: DSI, started_at: '2026-10-03', ended_at: '2026-10-04' },
          { service: 'consular', provided_by: 'BD-GOV:mofa', started_at: '2026-10-08', ended_at: '2026-11-18' },
          { service: 'legal_aid', provided_by: 'TH-GOV:msdhs', started_at: '2026-10-06', ended_at: '2026-11-10' },
          { service: 'reintegration', provided_by: 'UN:iom', started_at: '2026-11-18' },
        ],
      },
      reporter_relationship: 'police',
    },
    scam_type: 'employment.upfront_fee',
    contact_channels: [
      { channel: 'messaging_app', platform: 'whatsapp', first_at: '2026-05-11', direction: 'inbound' },
    ],
    impersonated: [{ entity_type: 'employer', name: { bn: 'ব্যাংককের একটি আইটি আউটসোর্সিং কোম্পানি', en: 'an IT outsourcing company in Bangkok', original_language: 'bn' } }],
    enablers: ['scam_compound', 'trafficked_labour'],
    timeline: {
      first_contact_at: '2026-05-11',
      first_payment_at: '2026-05-20',
      last_payment_at: '2026-05-20',
      realised_at: '2026-06-02',
      reported_at: RECEIVED,
    },
    payments: [
      {
        payment_ref: 'fee-1',
        executed_at: '2026-05-20',
        amount: { amount: '250000.00', currency: 'BDT' },
        method: 'money_remittance',
        freeze: { status: 'not_requested' },
      },
    ],
    loss: {
      loss_occurred: true,
      reported: [{ amount: '250000.00', currency: 'BDT' }],
      recovery_status: 'none',
    },
    status: 'action_taken',
    lawful_basis: ['vital_interests', 'law_enforcement'],
    consent: {
      status: 'granted',
      obtained_at: '2026-10-05T04:00:00Z',
      method: 'written',
      scopes: ['share_with_law_enforcement', 'share_cross_border', 'contact_by_law_enforcement'],
      language: 'bn',
      notice_version: 'DSI-TIP-2025.2',
    },
    narrative: {
      text: {
        en: 'Offered an IT job in Bangkok over WhatsApp, he paid a recruiter in Dhaka, flew to Bangkok and was driven to Mae Sot, then taken across the river to a guarded compound in Myanmar. For four months he was made to run romance-investment conversations with targets in Europe under daily quotas. He escaped during a raid and was handed to Thai police at the border, screened as a victim of trafficking, sheltered, and flown home with help from the Bangladesh embassy and IOM.',
      },
    },
    evidence: [
      { type: 'document', sha256: sha256Hex('trafficking/bd-screening-form'), storage_ref: 'DSI case file, annex 2', description: 'Victim-screening form completed by the multidisciplinary team.', captured_at: '2026-10-04T06:00:00Z' },
    ],
  };
}
