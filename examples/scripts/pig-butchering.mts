/**
 * A relationship investment ("pig butchering") case paid in crypto-assets: USDT on Ethereum and bitcoin, with
 * indicators for both receiving wallets (CAIP-10, EIP-55 and Bech32 checksums computed) and the victim's
 * USDT transfer.
 */
import { base, bech32Address, evmAddress, observable, pseudonym, recordId, sha256Hex, SPEC_VERSION, txHash } from './lib.mts';
import { orgRecords } from './organizations.mts';

const CCIB = 'TH-GOV:ccib';
const USDT = 'eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7';
const BTC = 'bip122:000000000019d6689c085ae165831e93/slip44:0';

const REPORTED = '2026-10-14T03:30:00Z';
const CREATED = '2026-10-14T05:00:00Z';
const UPDATED = '2026-10-21T08:00:00Z';

export function pigButcheringBundle() {
  const evm = evmAddress('pig-butchering/usdt-collector');
  const btc = bech32Address('pig-butchering/btc-collector');
  const tx = txHash('pig-butchering/usdt-transfer-1');

  const usdtWallet = {
    ...base('indicator', 'pig/usdt-wallet', CREATED, UPDATED, CCIB, 'green'),
    pap: 'green',
    confidence: 90,
    labels: ['collection-wallet'],
    provenance: { method: 'investigation', collected_at: '2026-10-15T02:00:00Z', tool: 'on-chain tracing' },
    observable: observable('crypto_address', `eip155:1:${evm}`, {}, { asset: USDT }),
    roles: ['payment_destination'],
    typology: ['investment.relationship'],
    status: 'active',
    first_seen: '2026-07-02T11:20:00Z',
    last_seen: '2026-10-12T16:05:00Z',
    sighting_count: 11,
    countries: ['TH', 'MY', 'SG'],
    description: { en: 'Collection address of a fake crypto-exchange operation: receives USDT deposits from victims and sweeps them daily to a bridge contract.' },
    actions: [{ type: 'crypto_address_flagged', outcome: 'done', actor: CCIB, at: '2026-10-15T04:00:00Z', note: 'Shared with exchanges operating in Thailand for deposit screening.' }],
  };
  const btcWallet = {
    ...base('indicator', 'pig/btc-wallet', CREATED, UPDATED, CCIB, 'green'),
    pap: 'green',
    confidence: 85,
    labels: ['collection-wallet'],
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('crypto_address', btc, {}, { asset: BTC }),
    roles: ['payment_destination'],
    typology: ['investment.relationship'],
    status: 'active',
    first_seen: '2026-09-29T09:41:00Z',
    last_seen: '2026-10-09T22:18:00Z',
    sighting_count: 3,
    countries: ['TH'],
    description: { en: 'Native SegWit bitcoin address given to the victim as her "personal deposit address" on the fake exchange.' },
    actions: [{ type: 'crypto_address_flagged', outcome: 'done', actor: CCIB, at: '2026-10-15T04:00:00Z' }],
  };
  const usdtTransfer = {
    ...base('indicator', 'pig/usdt-tx', CREATED, UPDATED, CCIB, 'amber'),
    confidence: 100,
    provenance: { method: 'investigation', collected_at: '2026-10-15T02:00:00Z' },
    observable: observable('crypto_transaction', tx, { chain: 'eip155:1' }),
    typology: ['investment.relationship'],
    status: 'confirmed',
    first_seen: '2026-09-08T07:26:11Z',
    last_seen: '2026-09-08T07:26:11Z',
    description: { en: "The victim's first USDT transfer to the collection address; starting point of the trace." },
    related_indicators: [usdtWallet.id],
  };
  const whatsapp = {
    ...base('indicator', 'pig/whatsapp', CREATED, UPDATED, CCIB, 'green'),
    confidence: 70,
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('messaging_account', '+855 12 555 017', { platform: 'whatsapp' }),
    roles: ['contact_channel'],
    typology: ['investment.relationship'],
    status: 'reported',
    first_seen: '2026-07-21T12:03:00Z',
    last_seen: '2026-10-13T14:40:00Z',
    countries: ['TH'],
    description: { en: 'WhatsApp account that opened with a "wrong number" message and groomed the victim for seven weeks.' },
  };
  const exchange = {
    ...base('indicator', 'pig/exchange-domain', CREATED, UPDATED, CCIB, 'clear'),
    pap: 'clear',
    confidence: 95,
    provenance: { method: 'victim_report', collected_at: REPORTED },
    observable: observable('domain', 'www.coinvault-pro.example'),
    roles: ['landing_page'],
    typology: ['investment.fake_platform', 'investment.relationship'],
    status: 'active',
    first_seen: '2026-06-30T00:00:00Z',
    last_seen: '2026-10-13T14:40:00Z',
    description: { en: 'Fake crypto-asset exchange with a copied order book and a customer-service chat that blocks withdrawals.' },
    actions: [{ type: 'domain_suspended', outcome: 'requested', actor: 'TH-GOV:mdes', requested_by: CCIB, requested_at: '2026-10-15T04:30:00Z' }],
  };

  const caseRecord = {
    ...base('case', 'pig/case', CREATED, UPDATED, CCIB, 'amber'),
    confidence: 90,
    local_refs: [{ system: 'police_report', value: 'CCIB-2569-10-00412' }],
    provenance: { method: 'victim_report', collected_at: REPORTED },
    intake: { channel: 'online_portal', received_at: REPORTED, jurisdiction: 'TH', subdivision: 'TH-50' },
    victim: {
      key: pseudonym('th-police-2026-1', '+66615550164'),
      victim_type: 'individual',
      age_band: 'age_60_69',
      residence: 'TH-50',
      country_of_residence: 'TH',
      role: 'victim',
      reporter_relationship: 'family',
    },
    scam_type: 'investment.relationship',
    secondary_scam_types: ['investment.fake_platform'],
    contact_channels: [
      { channel: 'messaging_app', platform: 'whatsapp', first_at: '2026-07-21T12:03:00Z', direction: 'inbound', indicator_refs: [whatsapp.id] },
      { channel: 'website', first_at: '2026-08-25', direction: 'outbound', indicator_refs: [exchange.id] },
    ],
    enablers: ['ai_generated_text', 'deepfake_video'],
    timeline: {
      first_contact_at: '2026-07-21T12:03:00Z',
      grooming_started_at: '2026-07-21T12:03:00Z',
      first_payment_at: '2026-09-08T07:26:11Z',
      last_payment_at: '2026-09-29T09:41:00Z',
      realised_at: '2026-10-13',
      reported_at: REPORTED,
      freeze_requested_at: '2026-10-15T04:00:00Z',
    },
    payments: [
      {
        payment_ref: 'p1',
        executed_at: '2026-09-08T07:26:11Z',
        amount: { amount: '101400.00', currency: 'THB' },
        crypto_amount: { amount: '3000', asset: USDT, symbol: 'USDT' },
        method: 'crypto_via_exchange_purchase',
        rail: 'ethereum',
        destination_indicator_ref: usdtWallet.id,
        transaction_ref: tx,
        freeze: { status: 'requested' },
      },
      {
        payment_ref: 'p2',
        executed_at: '2026-09-29T09:41:00Z',
        amount: { amount: '290000.00', currency: 'THB' },
        crypto_amount: { amount: '0.085', asset: BTC, symbol: 'BTC' },
        method: 'crypto_via_exchange_purchase',
        rail: 'bitcoin',
        destination_indicator_ref: btcWallet.id,
        freeze: { status: 'funds_already_moved' },
      },
    ],
    loss: {
      loss_occurred: true,
      reported: [{ amount: '391400.00', currency: 'THB' }],
      confirmed: [{ amount: '391400.00', currency: 'THB' }],
      recovery_status: 'pending',
    },
    status: 'under_investigation',
    lawful_basis: ['law_enforcement'],
    consent: { status: 'not_required' },
    indicator_refs: [usdtWallet.id, btcWallet.id, usdtTransfer.id, whatsapp.id, exchange.id],
    narrative: {
      text: {
        en: 'A "wrong number" WhatsApp message led to weeks of friendly chat with a woman claiming to trade crypto-assets for a Hong Kong family office. She showed screenshots of profits and a video call that appears to have been a deepfake. The victim bought USDT and bitcoin at a licensed Thai exchange and sent them to addresses on a fake exchange, which then demanded a withdrawal fee. Her son filed the report.',
      },
    },
    evidence: [
      { type: 'screenshot', sha256: sha256Hex('pig/deposit-page'), description: "Deposit page of the fake exchange showing the victim's bitcoin deposit address.", captured_at: '2026-10-14T04:10:00Z' },
      { type: 'transaction_record', sha256: sha256Hex('pig/exchange-statement'), description: 'Withdrawal history exported from the Thai exchange account.', captured_at: '2026-10-14T04:15:00Z' },
    ],
  };

  const created = '2026-10-21T08:10:00Z';
  return {
    type: 'bundle',
    id: recordId('bundle', 'pig/bundle', created),
    spec_version: SPEC_VERSION,
    created,
    producer: CCIB,
    tlp: 'amber',
    description: { en: 'A relationship investment scam paid in USDT and bitcoin, with the receiving wallets, the first transfer, the contact account and the fake exchange.' },
    records: [caseRecord, usdtWallet, btcWallet, usdtTransfer, whatsapp, exchange, ...orgRecords(['TH-GOV:ccib', 'TH-GOV:rtp', 'TH-GOV:mdes'])],
  };
}
