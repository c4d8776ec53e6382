/**
 * A person trafficked into a scam compound through a fake job offer, rescued and referred home. The vulnerability
 * `trafficking_victim` is special-category personal data, so the record travels at TLP:AMBER+STRICT; the
 * narrative keeps its default TLP:RED.
 */
import { base, pseudonym, sha256Hex } from './lib.mts';

const DSI = 'TH-GOV:dsi';
const RECEIVED = '2026-09-18T07:30:00Z';

export function traffickingCase() {
  return {
    ...base('case', 'trafficking/case', '2026-09-18T09:00:00Z', '2026-10-02T06:00:00Z', DSI, 'amber+strict'),
    confidence: 85,
    labels: ['forced-criminality', 'repatriation'],
    local_refs: [
      { system: 'police_report', value: 'DSI-TIP-2569-0147' },
      { system: 'police_report', value: 'CIB-TIP-083-2026', issuer: 'NP-GOV:cib' },
    ],
    provenance: { method: 'investigation', collected_at: '2026-09-18T08:15:00Z' },
    intake: { channel: 'referral', received_at: RECEIVED, jurisdiction: 'TH', subdivision: 'TH-63' },
    victim: {
      key: pseudonym('gpos-tip-2026-1', 'NP:passport:PA0555017'),
      victim_type: 'individual',
      age_band: 'age_20_29',
      country_of_residence: 'NP',
      nationality: 'NP',
      vulnerability: ['trafficking_victim', 'language_barrier', 'financial_hardship'],
      role: 'victim',
      reporter_relationship: 'police',
    },
    scam_type: 'employment.upfront_fee',
    contact_channels: [
      { channel: 'social_ad', platform: 'facebook', first_at: '2026-03-02', direction: 'outbound' },
      { channel: 'messaging_app', platform: 'telegram', first_at: '2026-03-04', direction: 'inbound' },
    ],
    impersonated: [{ entity_type: 'employer', name: 'a Bangkok customer-service outsourcing company' }],
    enablers: ['scam_compound', 'trafficked_labour'],
    timeline: {
      first_contact_at: '2026-03-02',
      first_payment_at: '2026-03-20',
      last_payment_at: '2026-04-06',
      realised_at: '2026-04-15',
      reported_at: RECEIVED,
    },
    payments: [
      {
        payment_ref: 'fee-1',
        executed_at: '2026-03-20',
        amount: { amount: '150000.00', currency: 'NPR' },
        method: 'money_remittance',
        freeze: { status: 'not_requested' },
      },
      {
        payment_ref: 'fee-2',
        executed_at: '2026-04-06',
        amount: { amount: '200000.00', currency: 'NPR' },
        method: 'cash_courier',
        freeze: { status: 'not_requested' },
      },
    ],
    loss: {
      loss_occurred: true,
      reported: [{ amount: '350000.00', currency: 'NPR' }],
      recovery_status: 'none',
    },
    status: 'referred',
    referrals: [
      {
        to: 'NP-GOV:cib',
        at: '2026-09-22T04:00:00Z',
        status: 'accepted',
        acknowledged_at: '2026-09-23T05:30:00Z',
        reason: 'Repatriation of a Nepali national and investigation of the recruiters in Nepal.',
        reference: { system: 'police_report', value: 'CIB-TIP-083-2026', issuer: 'NP-GOV:cib' },
      },
    ],
    lawful_basis: ['vital_interests', 'law_enforcement'],
    consent: {
      status: 'granted',
      obtained_at: '2026-09-19T03:00:00Z',
      method: 'written',
      scopes: ['share_with_law_enforcement', 'share_cross_border', 'contact_by_law_enforcement'],
      language: 'ne',
      notice_version: 'DSI-TIP-2025.2',
    },
    narrative: {
      text: {
        en: 'Recruited through a Facebook job advertisement for customer-service work in Bangkok at a monthly salary far above the going rate. After paying a recruiter in two instalments he travelled to Bangkok, was driven to Mae Sot and taken across the border to a guarded compound, where his passport was held. For five months he was made to run fake investment conversations on messaging apps under daily quotas, with beatings and fines for missing them. He was released in a September operation at the compound and handed to Thai authorities, who screened him as a victim of trafficking.',
        ne: 'बैंककमा ग्राहक सेवाको जागिरको फेसबुक विज्ञापनमार्फत भर्ती गरिएका उनलाई सीमापारको सुरक्षित परिसरमा लगेर अनलाइन ठगी गर्न बाध्य पारिएको थियो।',
      },
    },
    evidence: [
      { type: 'document', sha256: sha256Hex('trafficking/screening-form'), storage_ref: 'DSI case file, annex 3', description: 'Victim-screening form completed by the multidisciplinary team.', captured_at: '2026-09-19T02:00:00Z' },
      { type: 'screenshot', sha256: sha256Hex('trafficking/job-ad'), storage_ref: 'DSI case file, annex 5', description: 'The job advertisement and the first Telegram messages with the recruiter.', captured_at: '2026-09-19T06:30:00Z' },
    ],
  };
}
