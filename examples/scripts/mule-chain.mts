/**
 * Standard 1.1: a victim's THB 950,000 moved through two mule bank accounts and an exchange account to a TRON
 * wallet in 18 minutes. Each hop is a `transfer` naming the indicators at both ends, its parent hop, what was sent
 * and what arrived (baht became USDT at the exchange, at a recorded rate), and the freeze at that hop: two banks
 * held what was left, the exchange froze the customer's remaining USDT, and Tether froze the USDT in the wallet.
 */
import { base, observable, recordId, tronAddress } from './lib.mts';
import { orgRecords } from './organizations.mts';

const AOC = 'TH-GOV:aoc1441';
const EXCHANGE = 'VASP:bitkub';
const ISSUER = 'VASP:tether';
const DECREE = 'Emergency Decree on Measures for Prevention and Suppression of Technology Crimes B.E. 2566 (2023), s. 6';
export const USDT_TRON = 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

const PAID = '2026-11-09T07:02:00Z'; // the victim's transfer; the last hop lands at 07:20, 18 minutes later
const REPORTED = '2026-11-09T07:31:00Z';
const FREEZE_REQUESTED = '2026-11-09T07:36:00Z';
const CREATED = '2026-11-09T08:10:00Z';
const UPDATED = '2026-11-12T02:00:00Z';

const thb = (amount: string) => ({ amount, currency: 'THB' });
const usdt = (amount: string, baht?: string) => ({ amount, asset: USDT_TRON, ...(baht ? { fiat_equivalent: thb(baht), valued_at: '2026-11-09T07:14:00Z' } : {}) });

export function muleChainBundle() {
  const indicator = (seed: string, tlp: string, obs: ReturnType<typeof observable>, roles: string[], description: string, actions: unknown[]) => ({
    ...base('indicator', `mule-chain/${seed}`, CREATED, UPDATED, AOC, tlp),
    spec_version: '1.1.0',
    pap: 'green',
    confidence: 90,
    local_refs: [{ system: 'hotline_ticket', value: 'AOC-6911-0311958' }],
    provenance: { method: 'investigation', collected_at: CREATED },
    observable: obs,
    roles,
    typology: ['impersonation.government_law_enforcement'],
    status: 'mitigated',
    first_seen: PAID,
    last_seen: '2026-11-09T07:20:00Z',
    countries: ['TH'],
    description: { en: description },
    actions,
  });
  const muleA = indicator('mule-a', 'amber', observable('bank_account', '204-3-55501-7', { country: 'TH', institution: '004' }, { institution_name: 'Kasikornbank' }), ['payment_destination'],
    'First-level mule account: received the victim\'s THB 950,000 and forwarded THB 940,000 four minutes later.',
    [{ type: 'bank_account_frozen', outcome: 'partial', outcome_reason: 'funds_moved', actor: 'TH-BANK:004', requested_by: AOC, requested_at: FREEZE_REQUESTED, at: '2026-11-09T07:44:00Z', amount: thb('10000.00'), legal_basis: DECREE }]);
  const muleB = indicator('mule-b', 'amber', observable('bank_account', '555-2-09911-3', { country: 'TH', institution: '014' }, { institution_name: 'Siam Commercial Bank' }), ['payment_destination'],
    'Second-level mule account: bought USDT at a Thai exchange with the money from the first.',
    [{ type: 'bank_account_frozen', outcome: 'partial', outcome_reason: 'funds_moved', actor: 'TH-BANK:014', requested_by: AOC, requested_at: FREEZE_REQUESTED, at: '2026-11-09T07:47:00Z', amount: thb('10000.00'), legal_basis: DECREE }]);
  const exchangeAccount = indicator('exchange', 'amber', observable('vasp_account', '58120734', { provider: 'bitkub' }), ['payment_destination', 'cash_out'],
    'Exchange account opened in the second mule\'s name: converted THB 930,000 to USDT and withdrew it to a TRON wallet.',
    [{ type: 'exchange_account_frozen', outcome: 'partial', outcome_reason: 'funds_moved', actor: EXCHANGE, requested_by: AOC, requested_at: FREEZE_REQUESTED, at: '2026-11-09T07:52:00Z', amount: usdt('400.000000'), legal_basis: DECREE }]);
  const wallet = indicator('wallet', 'clear', observable('crypto_address', `tron:0x2b6653dc:${tronAddress('mule-chain/wallet')}`), ['cash_out'],
    'TRON wallet that received the USDT; Tether froze the USDT in it at the request of the Royal Thai Police.',
    [{ type: 'funds_held', outcome: 'done', outcome_reason: 'actioned', actor: ISSUER, requested_by: 'TH-GOV:rtp', requested_at: '2026-11-09T09:30:00Z', at: '2026-11-10T01:15:00Z', amount: usdt('26499.000000', '916150.00') }]);

  const end = (ref: { id: string }, institution: string | undefined) => ({ indicator_ref: ref.id, ...(institution ? { institution } : {}), country: 'TH' });
  const held = (by: string, at: string, amount: unknown) => ({ status: 'frozen_partial', amount, frozen_at: at, by, legal_basis: DECREE });
  const caseRecord = {
    ...base('case', 'mule-chain/case', REPORTED, UPDATED, AOC, 'amber'),
    spec_version: '1.1.0',
    confidence: 90,
    local_refs: [{ system: 'hotline_ticket', value: 'AOC-6911-0311958' }],
    intake: { channel: 'hotline', received_at: REPORTED, jurisdiction: 'TH', subdivision: 'TH-10' },
    victim: { victim_type: 'individual', age_band: 'age_50_59', country_of_residence: 'TH', role: 'victim', reporter_relationship: 'self' },
    scam_type: 'impersonation.government_law_enforcement',
    contact_channels: [{ channel: 'voice_call', first_at: '2026-11-09T05:40:00Z', direction: 'inbound' }],
    timeline: { first_contact_at: '2026-11-09T05:40:00Z', first_payment_at: PAID, last_payment_at: PAID, reported_at: REPORTED, freeze_requested_at: FREEZE_REQUESTED, first_freeze_at: '2026-11-09T07:44:00Z' },
    payments: [
      { payment_ref: 'p1', executed_at: PAID, amount: thb('950000.00'), method: 'bank_transfer_domestic_instant', rail: 'promptpay', destination_indicator_ref: muleA.id, destination_institution: 'TH-BANK:004' },
    ],
    transfers: [
      { id: 'h1', to: end(muleA, 'TH-BANK:004'), at: PAID, sent: thb('950000.00'), method: 'bank_transfer_domestic_instant', rail: 'promptpay', freeze: held('TH-BANK:004', '2026-11-09T07:44:00Z', thb('10000.00')) },
      { id: 'h2', parent: 'h1', from: end(muleA, 'TH-BANK:004'), to: end(muleB, 'TH-BANK:014'), at: '2026-11-09T07:06:00Z', sent: thb('940000.00'), method: 'bank_transfer_domestic_instant', rail: 'promptpay', freeze: held('TH-BANK:014', '2026-11-09T07:47:00Z', thb('10000.00')) },
      {
        id: 'h3', parent: 'h2', from: end(muleB, 'TH-BANK:014'), to: end(exchangeAccount, EXCHANGE), at: '2026-11-09T07:11:00Z', received_at: '2026-11-09T07:14:00Z',
        sent: thb('930000.00'), received: usdt('26900.000000', '930000.00'), rate: '0.028924', method: 'crypto_via_exchange_purchase', rail: 'domestic_interbank',
        freeze: held(EXCHANGE, '2026-11-09T07:52:00Z', usdt('400.000000', '13830.00')),
      },
      {
        id: 'h4', parent: 'h3', from: end(exchangeAccount, EXCHANGE), to: { indicator_ref: wallet.id }, at: '2026-11-09T07:19:00Z', received_at: '2026-11-09T07:20:00Z',
        sent: usdt('26500.000000'), received: usdt('26499.000000'), fee: usdt('1.000000'), method: 'crypto_onchain', rail: 'tron',
        freeze: { status: 'frozen_full', amount: usdt('26499.000000', '916150.00'), frozen_at: '2026-11-10T01:15:00Z', by: ISSUER },
      },
    ],
    loss: {
      loss_occurred: true,
      reported: [thb('950000.00')],
      frozen: [thb('20000.00'), usdt('26899.000000', '929980.00')],
      recovery_status: 'pending',
      as_of: UPDATED,
    },
    status: 'freeze_in_progress',
    referrals: [{ to: 'TH-GOV:rtp', at: '2026-11-09T08:30:00Z', channel: 'police_to_police', status: 'acted_on', acknowledged_at: '2026-11-09T08:45:00Z', acted_on_at: '2026-11-09T09:30:00Z', reason: 'Request to the issuer to freeze the USDT in the TRON wallet.' }],
    lawful_basis: ['legal_obligation'],
    indicator_refs: [muleA.id, muleB.id, exchangeAccount.id, wallet.id],
  };
  const records = [caseRecord, muleA, muleB, exchangeAccount, wallet, ...orgRecords([AOC, 'TH-BANK:004', 'TH-BANK:014', EXCHANGE, ISSUER, 'TH-GOV:rtp'])];
  return {
    type: 'bundle',
    id: recordId('bundle', 'mule-chain/bundle', UPDATED),
    spec_version: '1.1.0',
    created: UPDATED,
    producer: AOC,
    tlp: 'amber',
    description: { en: 'AOC 1441 case of a THB 950,000 loss traced hop by hop to a TRON wallet, with the freeze at each hop, for Thai banks, the exchange and police.' },
    records,
  };
}
