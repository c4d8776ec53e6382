/**
 * Standard 1.1 examples of what happened to the money, and to requests for action, after a scam:
 * - a pig-butchering loss paid in USDT on TRON, and the issuer's freeze of that USDT;
 * - a THB loss partly frozen at home by the Anti-Money Laundering Office and partly in the UAE in AED, after a
 *   referral from Thailand to the UAE through the Egmont channel, and both returned to the victim over time;
 * - a takedown request refused because a court order is required, then appealed with the order and carried out.
 */
import { base, observable, tronAddress, txHash } from './lib.mts';
import { HOSTING } from './organizations.mts';
import { observableId } from '@gpos/normalize';
import { USDT_TRON } from './mule-chain.mts';

const thb = (amount: string) => ({ amount, currency: 'THB' });
const aed = (amount: string, baht: string, at: string) => ({ amount, currency: 'AED', fiat_equivalent: thb(baht), valued_at: at });
const usdt = (amount: string, baht?: string, at?: string) => ({ amount, asset: USDT_TRON, ...(baht ? { fiat_equivalent: thb(baht), valued_at: at } : {}) });


export function usdtIssuerFreezeCase() {
  const CCIB = 'TH-GOV:ccib';
  const wallet = `tron:0x2b6653dc:${tronAddress('usdt-freeze/scam-wallet')}`;
  const walletId = observableId('crypto_address', observable('crypto_address', wallet).canonical);
  const own = observable('vasp_account', '77310452', { provider: 'bitkub' });
  return {
    ...base('case', 'usdt-freeze/case', '2026-10-20T04:00:00Z', '2026-10-29T09:00:00Z', CCIB, 'amber'),
    spec_version: '1.1.0',
    confidence: 85,
    local_refs: [{ system: 'police_report', value: 'CCIB-2569-04471' }],
    intake: { channel: 'police_station', received_at: '2026-10-20T03:10:00Z', jurisdiction: 'TH', subdivision: 'TH-10' },
    victim: { victim_type: 'individual', age_band: 'age_40_49', country_of_residence: 'TH', role: 'victim', reporter_relationship: 'self' },
    scam_type: 'investment.relationship',
    secondary_scam_types: ['romance'],
    contact_channels: [{ channel: 'dating_app', first_at: '2026-08-02', direction: 'inbound' }, { channel: 'messaging_app', platform: 'telegram', first_at: '2026-08-09' }],
    timeline: { first_contact_at: '2026-08-02', first_payment_at: '2026-09-14T11:05:00Z', last_payment_at: '2026-10-06T12:40:00Z', reported_at: '2026-10-20T03:10:00Z' },
    payments: [
      {
        payment_ref: 'p1', executed_at: '2026-09-14T11:05:00Z', amount: usdt('5000.000000', '167500.00', '2026-09-14T11:05:00Z'), method: 'crypto_via_exchange_purchase', rail: 'tron',
        transaction_ref: txHash('usdt-freeze/p1').slice(2),
      },
      {
        payment_ref: 'p2', executed_at: '2026-10-06T12:40:00Z', amount: usdt('12000.000000', '398400.00', '2026-10-06T12:40:00Z'), method: 'crypto_via_exchange_purchase', rail: 'tron',
        transaction_ref: txHash('usdt-freeze/p2').slice(2),
        freeze: { status: 'frozen_full', amount: usdt('12000.000000'), frozen_at: '2026-10-24T02:00:00Z', by: 'VASP:tether', legal_basis: 'Issuer freeze at the request of the Royal Thai Police' },
      },
    ],
    transfers: [
      { id: 'buy2', from: { institution: 'TH-BANK:004', country: 'TH' }, to: { observable_ref: own.id, institution: 'VASP:bitkub', country: 'TH' }, at: '2026-10-06T12:20:00Z', sent: thb('398400.00'), received: usdt('12000.000000'), rate: '0.030120', method: 'crypto_via_exchange_purchase', rail: 'domestic_interbank' },
      { id: 'pay2', parent: 'buy2', from: { observable_ref: own.id, institution: 'VASP:bitkub' }, to: { observable_ref: walletId }, at: '2026-10-06T12:40:00Z', sent: usdt('12000.000000'), method: 'crypto_onchain', rail: 'tron', reference: txHash('usdt-freeze/p2').slice(2), freeze: { status: 'frozen_full', amount: usdt('12000.000000'), frozen_at: '2026-10-24T02:00:00Z', by: 'VASP:tether' } },
    ],
    loss: {
      loss_occurred: true,
      reported: [usdt('17000.000000', '565900.00', '2026-10-20')],
      frozen: [usdt('12000.000000')],
      recovery_status: 'pending',
      as_of: '2026-10-29T09:00:00Z',
    },
    status: 'under_investigation',
    lawful_basis: ['law_enforcement'],
  };
}

export function thAeReferralReturnCase() {
  const AMLO = 'TH-GOV:amlo';
  const REFERRAL_ID = '019a2b7c-44e0-7d21-9c55-3f0e8a61b2d4';
  return {
    ...base('case', 'th-ae/case', '2026-03-02T04:00:00Z', '2026-09-15T03:00:00Z', AMLO, 'amber'),
    spec_version: '1.1.0',
    confidence: 95,
    local_refs: [{ system: 'fiu_report', value: 'AMLO-2569-0317' }],
    intake: { channel: 'referral', received_at: '2026-03-01T09:00:00Z', reporting_org: 'TH-GOV:aoc1441', jurisdiction: 'TH' },
    victim: { victim_type: 'individual', age_band: 'age_60_69', country_of_residence: 'TH', role: 'victim', reporter_relationship: 'self' },
    scam_type: 'investment.fake_platform',
    timeline: { first_contact_at: '2026-01-10', first_payment_at: '2026-02-02T03:00:00Z', last_payment_at: '2026-02-20T05:30:00Z', reported_at: '2026-03-01T09:00:00Z' },
    payments: [
      { payment_ref: 'p1', executed_at: '2026-02-02T03:00:00Z', amount: thb('1200000.00'), method: 'bank_transfer_domestic_instant', rail: 'promptpay', destination_institution: 'TH-BANK:006' },
      { payment_ref: 'p2', executed_at: '2026-02-20T05:30:00Z', amount: thb('1200000.00'), method: 'bank_transfer_domestic_instant', rail: 'promptpay', destination_institution: 'TH-BANK:006' },
    ],
    transfers: [
      {
        id: 'th-1', to: { institution: 'TH-BANK:006', country: 'TH' }, at: '2026-02-20T05:30:00Z', sent: thb('1200000.00'), rail: 'promptpay',
        freeze: {
          status: 'returned_to_victim', amount: thb('600000.00'), frozen_at: '2026-03-04T02:00:00Z', by: AMLO, legal_basis: 'Anti-Money Laundering Act B.E. 2542, s. 48',
          returns: [
            { amount: thb('250000.00'), returned_at: '2026-06-30', returned_by: AMLO, legal_basis: 'Victim compensation under the Anti-Money Laundering Act, s. 49', reference: { system: 'regulator_case', value: 'AMLO-RT-2569-0112' } },
            { amount: thb('350000.00'), returned_at: '2026-09-10', returned_by: AMLO, legal_basis: 'Victim compensation under the Anti-Money Laundering Act, s. 49', reference: { system: 'regulator_case', value: 'AMLO-RT-2569-0240' } },
          ],
        },
      },
      {
        id: 'ae-1', parent: 'th-1', from: { institution: 'TH-BANK:006', country: 'TH' }, to: { country: 'AE' }, at: '2026-02-21T02:00:00Z', received_at: '2026-02-21T08:00:00Z',
        sent: thb('560000.00'), received: aed('57800.00', '560000.00', '2026-02-21'), rate: '0.103214', method: 'wire_international', rail: 'swift',
        freeze: {
          status: 'returned_to_victim', amount: aed('57800.00', '560000.00', '2026-02-21'), frozen_at: '2026-03-12T06:00:00Z', by: 'AE-GOV:fiu', jurisdiction: 'AE',
          returns: [{ amount: aed('57800.00', '548200.00', '2026-09-12'), returned_at: '2026-09-12', returned_by: 'AE-GOV:fiu', legal_basis: 'Repatriation of frozen funds after the Thai court order, on request through the Egmont channel' }],
        },
      },
    ],
    loss: {
      loss_occurred: true,
      accounting: 'cumulative',
      reported: [thb('2400000.00')],
      frozen: [thb('600000.00'), aed('57800.00', '560000.00', '2026-03-12')],
      returned: [thb('600000.00'), aed('57800.00', '548200.00', '2026-09-12')],
      recovery_status: 'partially_recovered',
      as_of: '2026-09-15T03:00:00Z',
    },
    status: 'action_taken',
    referrals: [
      {
        referral_id: REFERRAL_ID, to: 'AE-GOV:fiu', at: '2026-03-05T03:00:00Z', channel: 'egmont', status: 'completed',
        acknowledged_at: '2026-03-05T10:20:00Z', acted_on_at: '2026-03-12T06:00:00Z', completed_at: '2026-09-12T08:00:00Z',
        reason: 'Proceeds wired from a Thai mule account to an account in Dubai the day after the last payment.',
        reference: { system: 'fiu_report', value: 'UAEFIU-IR-2026-11873', issuer: 'AE-GOV:fiu' },
        outcome: {
          actions: ['bank_account_frozen'],
          frozen: [{ amount: '57800.00', currency: 'AED' }],
          returned: [{ amount: '57800.00', currency: 'AED' }],
          note: 'The receiving account was frozen on the Thai request and the balance returned to the victim after the Thai court order.',
        },
      },
    ],
    lawful_basis: ['law_enforcement', 'legal_obligation'],
  };
}

export function takedownAppealIndicator() {
  const AOC = 'TH-GOV:aoc1441';
  return {
    ...base('indicator', 'takedown/site', '2026-05-04T02:00:00Z', '2026-05-15T04:00:00Z', AOC, 'green'),
    spec_version: '1.1.0',
    pap: 'clear',
    confidence: 90,
    observable: observable('url', 'https://th-gold-invest.example/register'),
    roles: ['landing_page'],
    typology: ['investment.fake_platform'],
    status: 'mitigated',
    first_seen: '2026-04-28T00:00:00Z',
    last_seen: '2026-05-13T00:00:00Z',
    countries: ['TH'],
    description: { en: 'Registration page of a fake gold-investment platform hosted in Thailand.' },
    actions: [
      {
        request_id: '019a2b7c-44e0-7d21-9c55-3f0e8a61b2e5',
        type: 'site_taken_down',
        outcome: 'done',
        outcome_reason: 'actioned',
        actor: HOSTING,
        requested_by: AOC,
        requested_at: '2026-05-04T02:30:00Z',
        respond_by: '2026-05-05T02:30:00Z',
        at: '2026-05-13T03:00:00Z',
        legal_basis: 'Computer-Related Crime Act B.E. 2550, s. 20 (court order)',
        appeal: {
          appealed_at: '2026-05-12T02:00:00Z',
          grounds: 'court_order_obtained',
          status: 'overturned',
          decided_at: '2026-05-13T03:00:00Z',
          reference: { system: 'court_case', value: 'Criminal Court order 2569/1187' },
          note: 'First refused on 2026-05-04 with the reason court_order_required; the provider took the site down the day after the order was served.',
        },
      },
    ],
  };
}
