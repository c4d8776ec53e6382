/**
 * Thailand's AOC 1441 shares one hotline case: a relationship investment scam paid to two mule bank accounts and
 * a PromptPay proxy, one of them partly frozen within minutes, the case referred to the police.
 */
import { base, observable, plus, pseudonym, recordId, sha256Hex, SPEC_VERSION } from './lib.mts';
import { orgRecords } from './organizations.mts';

const AOC = 'TH-GOV:aoc1441';
const DECREE = 'Emergency Decree on Measures for Prevention and Suppression of Technology Crimes B.E. 2566 (2023), s. 6';

const REPORTED = '2026-11-02T10:05:00Z';
const FREEZE_REQUESTED = '2026-11-02T10:17:00Z';
const FROZEN = '2026-11-02T10:29:00Z';
const IND_CREATED = '2026-11-02T10:20:00Z';
const UPDATED = '2026-11-03T03:00:00Z';

export function thAocBundle() {
  const muleA = {
    ...base('indicator', 'th-aoc/mule-a', IND_CREATED, UPDATED, AOC, 'amber'),
    pap: 'green',
    confidence: 85,
    labels: ['mule-account', 'level-1'],
    local_refs: [{ system: 'hotline_ticket', value: 'AOC-6911-0284417' }],
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('bank_account', '123-8-55501-2', { country: 'TH', institution: '004' }, { institution_name: 'Kasikornbank' }),
    roles: ['payment_destination'],
    typology: ['investment.relationship'],
    status: 'mitigated',
    first_seen: '2026-10-05T06:12:00Z',
    last_seen: '2026-10-05T06:12:00Z',
    sighting_count: 2,
    countries: ['TH'],
    description: { en: 'First-level mule account that received a victim transfer for a fake gold-trading platform; the balance was moved on within the hour.', th: 'บัญชีม้าชั้นที่ 1 รับโอนเงินจากผู้เสียหายคดีหลอกลงทุนเทรดทองคำ' },
    actions: [
      {
        type: 'bank_account_frozen',
        outcome: 'done',
        actor: 'TH-BANK:004',
        requested_by: AOC,
        requested_at: FREEZE_REQUESTED,
        at: '2026-11-02T10:31:00Z',
        legal_basis: DECREE,
        note: 'Account suspended; the funds had already been moved to second-level accounts.',
      },
    ],
  };
  const muleB = {
    ...base('indicator', 'th-aoc/mule-b', IND_CREATED, UPDATED, AOC, 'amber'),
    pap: 'green',
    confidence: 90,
    labels: ['mule-account', 'level-1'],
    local_refs: [{ system: 'hotline_ticket', value: 'AOC-6911-0284417' }],
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('bank_account', '555-2-01873-4', { country: 'TH', institution: '014' }, { institution_name: 'Siam Commercial Bank' }),
    roles: ['payment_destination'],
    typology: ['investment.relationship'],
    status: 'mitigated',
    first_seen: '2026-10-27T03:40:00Z',
    last_seen: '2026-11-02T02:55:00Z',
    sighting_count: 4,
    countries: ['TH'],
    description: { en: 'Mule account named by four victims of the same fake gold-trading platform in one week.', th: 'บัญชีม้าที่ผู้เสียหายสี่รายแจ้งในสัปดาห์เดียวกัน' },
    actions: [
      {
        type: 'bank_account_frozen',
        outcome: 'partial',
        actor: 'TH-BANK:014',
        requested_by: AOC,
        requested_at: FREEZE_REQUESTED,
        at: FROZEN,
        amount: { amount: '180000.00', currency: 'THB' },
        legal_basis: DECREE,
        reference: { system: 'bank_claim', value: 'SCB-FRZ-26-110277', issuer: 'TH-BANK:014' },
        note: 'Held the balance remaining at the time of the request.',
      },
    ],
  };
  const proxy = {
    ...base('indicator', 'th-aoc/promptpay', IND_CREATED, UPDATED, AOC, 'amber'),
    pap: 'green',
    confidence: 85,
    labels: ['mule-account'],
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('payment_proxy', '061-555-0187', { scheme: 'promptpay' }, { country: 'TH' }),
    roles: ['payment_destination'],
    typology: ['investment.relationship'],
    status: 'mitigated',
    first_seen: '2026-10-19T04:40:00Z',
    last_seen: '2026-10-19T04:40:00Z',
    countries: ['TH'],
    description: { en: 'PromptPay mobile-number proxy shown in a payment QR code on the fake platform; it routed to an account at Krungthai Bank.' },
    actions: [
      { type: 'bank_account_frozen', outcome: 'done', actor: 'TH-BANK:006', requested_by: AOC, requested_at: FREEZE_REQUESTED, at: '2026-11-02T10:44:00Z', legal_basis: DECREE },
    ],
  };
  const line = {
    ...base('indicator', 'th-aoc/line', IND_CREATED, UPDATED, AOC, 'green'),
    confidence: 70,
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('messaging_account', '@siamgold.mentor', { platform: 'line' }),
    roles: ['contact_channel'],
    typology: ['investment.relationship'],
    status: 'reported',
    first_seen: '2026-08-20T13:00:00Z',
    last_seen: '2026-11-02T08:50:00Z',
    countries: ['TH'],
    description: { en: 'LINE account of the "mentor" who groomed the victim and coached the deposits.' },
  };
  const site = {
    ...base('indicator', 'th-aoc/site', IND_CREATED, UPDATED, AOC, 'green'),
    pap: 'clear',
    confidence: 90,
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('url', 'hxxps://app.siam-goldtrade[.]example/member/dashboard'),
    roles: ['landing_page'],
    typology: ['investment.fake_platform', 'investment.relationship'],
    status: 'mitigated',
    first_seen: '2026-09-28T00:00:00Z',
    last_seen: '2026-11-02T08:50:00Z',
    countries: ['TH'],
    description: { en: 'Dashboard of a fake gold-trading platform that showed invented profits and demanded a "tax" before any withdrawal.' },
    actions: [{ type: 'url_blocked', outcome: 'done', actor: 'TH-GOV:mdes', requested_by: AOC, requested_at: '2026-11-02T10:40:00Z', at: '2026-11-02T14:00:00Z' }],
  };
  muleA.related_indicators = [proxy.id, muleB.id];
  (proxy as Record<string, unknown>).related_indicators = [muleA.id];

  const caseRecord = {
    ...base('case', 'th-aoc/case', REPORTED, UPDATED, AOC, 'amber'),
    confidence: 85,
    labels: ['romance-hybrid'],
    local_refs: [{ system: 'hotline_ticket', value: 'AOC-6911-0284417' }],
    provenance: { method: 'victim_report', collected_at: REPORTED },
    intake: { channel: 'hotline', received_at: REPORTED, jurisdiction: 'TH', subdivision: 'TH-10' },
    victim: {
      key: pseudonym('th-aoc-2026-1', '+66615550199'),
      victim_type: 'individual',
      age_band: 'age_50_59',
      residence: 'TH-10',
      country_of_residence: 'TH',
      role: 'victim',
      reporter_relationship: 'self',
    },
    scam_type: 'investment.relationship',
    secondary_scam_types: ['investment.fake_platform'],
    contact_channels: [
      { channel: 'social_media', platform: 'facebook', first_at: '2026-08-17', direction: 'inbound' },
      { channel: 'messaging_app', platform: 'line', first_at: '2026-08-20', direction: 'inbound', indicator_refs: [line.id] },
      { channel: 'website', first_at: '2026-09-28', direction: 'outbound', indicator_refs: [site.id] },
    ],
    enablers: ['ai_generated_text'],
    timeline: {
      first_contact_at: '2026-08-17',
      grooming_started_at: '2026-08-20',
      first_payment_at: '2026-10-05T06:12:00Z',
      last_payment_at: '2026-11-02T02:55:00Z',
      realised_at: '2026-11-02T09:30:00Z',
      reported_at: REPORTED,
      freeze_requested_at: FREEZE_REQUESTED,
      first_freeze_at: FROZEN,
    },
    payments: [
      {
        payment_ref: 'p1',
        executed_at: '2026-10-05T06:12:00Z',
        amount: { amount: '50000.00', currency: 'THB' },
        method: 'bank_transfer_domestic_instant',
        rail: 'promptpay',
        destination_indicator_ref: muleA.id,
        destination_institution: 'TH-BANK:004',
        transaction_ref: '20261005131207KTB000418822',
        freeze: { status: 'funds_already_moved' },
      },
      {
        payment_ref: 'p2',
        executed_at: '2026-10-19T04:40:00Z',
        amount: { amount: '120000.00', currency: 'THB' },
        method: 'bank_transfer_domestic_instant',
        rail: 'promptpay',
        destination_indicator_ref: proxy.id,
        destination_institution: 'TH-BANK:006',
        transaction_ref: '20261019114011KTB000733190',
        freeze: { status: 'funds_already_moved' },
      },
      {
        payment_ref: 'p3',
        executed_at: '2026-11-02T02:55:00Z',
        amount: { amount: '230000.00', currency: 'THB' },
        method: 'bank_transfer_domestic_instant',
        rail: 'promptpay',
        destination_indicator_ref: muleB.id,
        destination_institution: 'TH-BANK:014',
        transaction_ref: '20261102095512KTB000912044',
        freeze: {
          status: 'frozen_partial',
          amount: { amount: '180000.00', currency: 'THB' },
          frozen_at: FROZEN,
          by: 'TH-BANK:014',
          legal_basis: DECREE,
          expires_at: plus(FROZEN, 7 * 24 * 60),
        },
      },
    ],
    loss: {
      loss_occurred: true,
      reported: [{ amount: '400000.00', currency: 'THB' }],
      confirmed: [{ amount: '400000.00', currency: 'THB' }],
      frozen: [{ amount: '180000.00', currency: 'THB' }],
      recovery_status: 'pending',
    },
    status: 'referred',
    referrals: [
      {
        to: 'TH-GOV:ccib',
        at: '2026-11-02T11:40:00Z',
        status: 'accepted',
        acknowledged_at: '2026-11-03T02:10:00Z',
        reason: 'Loss above the hotline threshold and a mule account shared with other open cases; criminal investigation requested.',
        reference: { system: 'police_report', value: 'CCIB-2569-11-00731', issuer: 'TH-GOV:ccib' },
      },
    ],
    lawful_basis: ['public_task', 'consent'],
    consent: {
      status: 'granted',
      obtained_at: '2026-11-02T10:12:00Z',
      method: 'verbal_recorded',
      scopes: ['share_with_law_enforcement', 'share_with_financial_institutions', 'include_in_statistics'],
      language: 'th',
      notice_version: 'AOC-PDPA-2026.1',
    },
    indicator_refs: [muleA.id, muleB.id, proxy.id, line.id, site.id],
    narrative: {
      tlp: 'red',
      text: {
        en: 'The victim accepted a Facebook friend request from a man presenting himself as a Singapore-based gold trader. After two weeks of daily messages on LINE he introduced a trading "mentor" and a platform that showed steady profits on small deposits. Over four weeks the victim made three transfers, each to a different account given by platform "customer service". When she asked to withdraw, she was told to pay a 15% tax first, realised it was a scam and called 1441 the same morning.',
        th: 'ผู้เสียหายรับคำขอเป็นเพื่อนทางเฟซบุ๊กจากชายที่อ้างว่าเป็นนักเทรดทองคำในสิงคโปร์ ต่อมาถูกชักชวนให้ลงทุนผ่านแพลตฟอร์มปลอมและโอนเงินสามครั้งไปยังบัญชีต่างกัน เมื่อขอถอนเงินถูกเรียกเก็บภาษีร้อยละ 15 จึงโทรแจ้ง 1441',
      },
    },
    evidence: [
      { type: 'chat_export', sha256: sha256Hex('th-aoc/line-export'), storage_ref: 'AOC evidence store, ticket AOC-6911-0284417, item 1', description: 'Export of the LINE conversation with the "mentor" and "customer service" accounts.', captured_at: '2026-11-02T10:50:00Z' },
      { type: 'transaction_record', sha256: sha256Hex('th-aoc/slips'), storage_ref: 'AOC evidence store, ticket AOC-6911-0284417, item 2', description: 'Three mobile-banking transfer slips.', captured_at: '2026-11-02T10:52:00Z' },
    ],
  };

  const orgs = orgRecords(['TH-GOV:aoc1441', 'TH-GOV:mdes', 'TH-GOV:ccib', 'TH-GOV:rtp', 'TH-BANK:004', 'TH-BANK:006', 'TH-BANK:014']);
  const created = '2026-11-03T03:05:00Z';
  return {
    type: 'bundle',
    id: recordId('bundle', 'th-aoc/bundle', created),
    spec_version: SPEC_VERSION,
    created,
    producer: AOC,
    tlp: 'amber',
    description: { en: 'AOC 1441 hotline case with its mule accounts, PromptPay proxy, contact account and fake platform, for Thai banks and police.' },
    records: [caseRecord, muleA, muleB, proxy, line, site, ...orgs],
  };
}
