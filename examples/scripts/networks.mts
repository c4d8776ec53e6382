/**
 * Release 1.1 examples: the networks behind the scams. A scam compound across the border from Mae Sot with the
 * wallets, Telegram accounts, domains, phone numbers and app it controls and the victim cases attributed to it;
 * a hotline's published quarterly statistics feeding a commitment's metrics; a bank's feedback that a number on an
 * indicator is its own spoofed line; and the hotline's daily delta bundle. All names, numbers and figures are
 * fictitious.
 */
import { base, evmAddress, observable, recordId } from './lib.mts';
import { thAocBundle } from './th-aoc1441.mts';

/** The 1.1 examples use the 1.1 families, so they declare 1.1; the 1.0 examples keep 1.0.0. */
export const SPEC_VERSION_1_1 = '1.1.0';

const AOC = 'TH-GOV:aoc1441';
const DSI = 'TH-GOV:dsi';
const RTP = 'TH-GOV:rtp';
const MDES = 'TH-GOV:mdes';
const SCB = 'TH-BANK:014';
const USDT = 'eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7';

const base11 = (type: string, seed: string, created: string, modified: string, source: string, tlp: string) => ({
  ...base(type, seed, created, modified, source, tlp),
  spec_version: SPEC_VERSION_1_1,
});

const CREATED = '2026-11-10T03:00:00Z';
const UPDATED = '2026-11-18T09:30:00Z';

interface InfraSeed {
  seed: string;
  kind: string;
  raw: string;
  options?: Record<string, unknown>;
  attributes?: Record<string, unknown>;
  tlp: string;
  roles: string[];
  note: string;
}

const INFRASTRUCTURE: InfraSeed[] = [
  { seed: 'gh/wallet-1', kind: 'crypto_address', raw: `eip155:1:${evmAddress('golden-horizon/collection-1')}`, attributes: { asset: USDT }, tlp: 'clear', roles: ['payment_destination'], note: 'USDT collection wallet named on the fake platform\'s deposit page.' },
  { seed: 'gh/wallet-2', kind: 'crypto_address', raw: `eip155:1:${evmAddress('golden-horizon/sweep-1')}`, attributes: { asset: USDT }, tlp: 'clear', roles: ['cash_out'], note: 'Sweep wallet that empties the collection wallets several times a day.' },
  { seed: 'gh/tg-1', kind: 'messaging_account', raw: 'https://t.me/GoldenHorizonVIP', tlp: 'green', roles: ['contact_channel'], note: 'Telegram "investment mentor" channel that moves victims from dating apps to the platform.' },
  { seed: 'gh/tg-2', kind: 'messaging_account', raw: 'https://t.me/GH_Support_Desk', tlp: 'green', roles: ['contact_channel'], note: 'Telegram "customer service" account that asks victims for withdrawal fees.' },
  { seed: 'gh/domain-1', kind: 'domain', raw: 'goldenhorizon-fx.example', tlp: 'clear', roles: ['landing_page'], note: 'Fake trading platform.' },
  { seed: 'gh/domain-2', kind: 'domain', raw: 'gh-invest-asia.example', tlp: 'clear', roles: ['landing_page'], note: 'Mirror of the fake platform registered a week after the first domain was blocked.' },
  { seed: 'gh/phone-1', kind: 'phone_number', raw: '081-555-0163', tlp: 'green', roles: ['contact_channel'], note: 'Thai prepaid SIM used from across the border for voice calls to victims.' },
  { seed: 'gh/phone-2', kind: 'phone_number', raw: '092-555-0187', tlp: 'green', roles: ['contact_channel'], note: 'Thai prepaid SIM registered to a mule and used for one-time codes.' },
  { seed: 'gh/app', kind: 'mobile_app', raw: 'com.goldenhorizon.trade', options: { appPlatform: 'android' }, tlp: 'clear', roles: ['landing_page'], note: 'Side-loaded Android trading app distributed from the fake platform.' },
];

function infrastructure() {
  return INFRASTRUCTURE.map((s) => ({
    ...base11('indicator', s.seed, CREATED, UPDATED, DSI, s.tlp),
    confidence: 85,
    source_reliability: 'b',
    provenance: { method: 'investigation', collected_at: CREATED },
    observable: observable(s.kind, s.raw, s.options ?? {}, s.attributes ?? {}),
    roles: s.roles,
    typology: ['investment.relationship'],
    status: 'confirmed',
    first_seen: '2026-06-02T00:00:00Z',
    last_seen: '2026-11-15T00:00:00Z',
    countries: ['TH'],
    description: { en: s.note },
  }));
}

function compound() {
  return {
    ...base11('operation', 'gh/operation', CREATED, UPDATED, DSI, 'green'),
    confidence: 80,
    source_reliability: 'b',
    local_refs: [{ system: 'police_report', value: 'DSI-TC-2569-0311' }],
    provenance: { method: 'investigation', collected_at: UPDATED },
    name: { en: 'Golden Horizon compound', th: 'คอมเพล็กซ์โกลเด้นฮอไรซัน' },
    aliases: [{ en: 'GH Park' }, { zh: '金地平线园区' }],
    kind: 'scam_compound',
    status: 'disrupted',
    status_date: '2026-11-12',
    description: {
      en: 'A guarded compound on the Moei river bank south of Myawaddy, across the border from Mae Sot, running relationship investment scams against Thai, Chinese and English-speaking victims through a fake trading platform. Power, fuel and internet supplies from the Thai side were cut on 12 November 2026; the operation is believed to continue on satellite links.',
    },
    operates_from: [{ country: 'MM', subdivision: 'MM-13', locality: 'Myawaddy', latitude: 16.68, longitude: 98.51, radius_km: 15, period: { start_date: '2025-09-01' } }],
    target_countries: ['TH', 'CN', 'US'],
    target_languages: ['th', 'zh', 'en'],
    typology: ['investment.relationship', 'investment.fake_platform'],
    contact_channels: ['dating_app', 'messaging_app', 'voice_call'],
    first_seen: '2025-09-01',
    last_seen: '2026-11-15',
    investigated_by: [DSI, RTP],
    disrupted_by: [MDES],
    size_estimates: [
      { measure: 'workers', value: 1500, low: 1000, high: 2500, as_of: '2026-10-01', basis: 'Satellite imagery of dormitory blocks and testimony of workers who escaped in September 2026.' },
      { measure: 'trafficked_persons', low: 200, high: 600, as_of: '2026-10-01', basis: 'Interviews with 31 rescued workers, each of whom named a recruiter and the work they were forced to do.' },
      { measure: 'victims', value: 412, as_of: '2026-11-15', basis: 'Thai hotline cases whose payments reached one of the compound\'s wallets or accounts.' },
    ],
  };
}

function victimCase(seed: string, reported: string, loss: string) {
  return {
    ...base11('case', seed, reported, UPDATED, AOC, 'amber'),
    intake: { channel: 'hotline', received_at: reported, jurisdiction: 'TH' },
    scam_type: 'investment.relationship',
    contact_channels: [
      { channel: 'dating_app', first_at: '2026-08-03' },
      { channel: 'messaging_app', platform: 'telegram', first_at: '2026-08-10' },
    ],
    loss: { loss_occurred: true, reported: [{ amount: loss, currency: 'THB' }] },
    status: 'under_investigation',
  };
}

function relationship(seed: string, type: string, source: string, target: string, extra: Record<string, unknown> = {}) {
  return { ...base11('relationship', seed, UPDATED, UPDATED, DSI, 'green'), relationship_type: type, source_ref: source, target_ref: target, confidence: 85, ...extra };
}

/** The compound, what it controls, and the cases attributed to it: every reference resolves in the bundle. */
export function scamCompoundBundle() {
  const op = compound();
  const infra = infrastructure();
  const cases = [victimCase('gh/case-1', '2026-09-14T02:10:00Z', '840000.00'), victimCase('gh/case-2', '2026-10-21T11:45:00Z', '2350000.00')];
  const controls = infra.map((ind, i) => relationship(`gh/rel/controls-${i}`, 'controls', op.id, ind.id, { start_time: '2026-06-02' }));
  const [domain1, domain2] = infra.filter((i) => i.observable.kind === 'domain');
  const records = [
    op,
    ...infra,
    ...cases,
    ...controls,
    relationship('gh/rel/same-registrant', 'registered_by_same_actor', domain2!.id, domain1!.id, {
      tlp: 'amber',
      description: { en: 'Both domains were registered through the same reseller account, paid with the same card, a week apart.' },
    }),
    ...cases.map((c, i) => relationship(`gh/rel/case-${i}`, 'attributed_to', c.id, op.id, { confidence: 70 })),
  ];
  return {
    type: 'bundle',
    id: recordId('bundle', 'gh/bundle', '2026-11-18T10:00:00Z'),
    spec_version: SPEC_VERSION_1_1,
    created: '2026-11-18T10:00:00Z',
    producer: DSI,
    tlp: 'amber',
    scope: 'complete',
    description: { en: 'The Golden Horizon scam compound: the infrastructure it controls and the hotline cases attributed to it.' },
    records,
  };
}

const Q3 = { start_date: '2026-07-01', end_date: '2026-09-30' };
const PUBLISHED = '2026-10-15';

function statistic(seed: string, fields: Record<string, unknown>) {
  return {
    ...base11('statistic', seed, '2026-10-15T02:00:00Z', '2026-10-15T02:00:00Z', AOC, 'clear'),
    period: Q3,
    status: 'final',
    published: PUBLISHED,
    url: 'https://aoc1441.example/statistics/2026-q3',
    ...fields,
  };
}

/** A hotline's quarterly figures, and the commitment whose metrics take their actuals from them. */
export function publishedStatisticsBundle() {
  const reports = statistic('stats/q3/reports', { measure: 'reports_received', title: { en: 'Reports received by the 1441 hotline', th: 'จำนวนการแจ้งความผ่านสายด่วน 1441' }, unit: 'report', value: '118402', dimensions: { country: 'TH' }, method: 'Calls, LINE messages and web forms to the 1441 hotline, one per report; repeat calls about the same case are not counted again.' });
  const reportsByChannel = statistic('stats/q3/reports-messaging', { measure: 'reports_received', unit: 'report', value: '46177', dimensions: { country: 'TH', contact_channel: 'messaging_app' }, method: 'Reports in which the victim was first contacted through a messaging app.' });
  const suspended = statistic('stats/q3/suspended', { measure: 'accounts_suspended', title: { en: 'Mule bank accounts suspended', th: 'บัญชีม้าที่ถูกระงับ' }, unit: 'account', value: '31064', dimensions: { country: 'TH' }, method: 'Accounts suspended by Thai banks on a hotline request, counted once per account.' });
  const prevented = statistic('stats/q3/prevented', { measure: 'amount_prevented', title: { en: 'Losses prevented' }, amount: { amount: '412750000.00', currency: 'THB' }, dimensions: { country: 'TH' }, method: 'Payments stopped by a freeze before they left the first-level mule account, at the amount held.' });
  const repatriated = statistic('stats/q3/repatriated-np', { measure: 'persons_repatriated', unit: 'person', suppressed: true, small_cell_threshold: 10, dimensions: { country: 'NP' }, method: 'Persons freed from scam compounds and returned to Nepal through Thailand; counts under 10 are withheld.' });
  const statistics = [reports, reportsByChannel, suspended, prevented, repatriated];
  const commitment = {
    ...base11('commitment', 'commitment/aoc-transparency', '2026-01-15T03:00:00Z', '2026-10-16T03:00:00Z', AOC, 'clear'),
    instrument: 'bangkok_joint_statement_2025',
    jurisdiction: 'TH',
    title: { en: 'Publish the hotline\'s figures every quarter', th: 'เผยแพร่สถิติสายด่วนทุกไตรมาส' },
    pillars: ['good_governance', 'law_enforcement'],
    parties: [{ org: AOC, roles: ['lead_implementer'] }],
    period: { start_date: '2026-01-01', end_date: '2027-12-31' },
    status: 'implementing',
    metrics: [
      {
        metric_id: 'accounts-suspended',
        title: { en: 'Mule bank accounts suspended per quarter' },
        measure: 'unit',
        unit: 'account',
        ascending: true,
        periods: [{ period: Q3, target: { value: 25000 }, actual: { value: 31064, date: Q3.end_date, status: 'final' }, statistic_refs: [suspended.id] }],
      },
      {
        metric_id: 'losses-prevented',
        title: { en: 'Losses prevented per quarter' },
        measure: 'currency',
        currency: 'THB',
        ascending: true,
        periods: [{ period: Q3, target: { value: 300000000 }, actual: { value: 412750000, date: Q3.end_date, status: 'final' }, statistic_refs: [prevented.id] }],
      },
    ],
  };
  return {
    type: 'bundle',
    id: recordId('bundle', 'stats/bundle', '2026-10-16T03:00:00Z'),
    spec_version: SPEC_VERSION_1_1,
    created: '2026-10-16T03:00:00Z',
    producer: AOC,
    tlp: 'clear',
    description: { en: 'The 1441 hotline\'s figures for the third quarter of 2026, and the commitment they report on.' },
    records: [...statistics, commitment],
  };
}

/** The spoofed fixed line of the telecom feed (feeds/telecom-sms-senders.ndjson), by indicator id and observable id. */
const SPOOFED_LINE = { indicator: 'indicator--01a20289-9220-7e8b-aeb5-5bc08c4e9606', observable: observable('phone_number', '02-555-0142').id };

/** A bank's feedback on an indicator: the number is its own branch line, shown by scammers who spoofed it. */
export function bankSpoofedSighting() {
  return {
    ...base11('sighting', 'sighting/scb-spoofed', '2026-11-23T04:00:00Z', '2026-11-23T04:00:00Z', SCB, 'green'),
    source_reliability: 'a',
    confidence: 95,
    indicator_ref: SPOOFED_LINE.indicator,
    observable_id: SPOOFED_LINE.observable,
    first_seen: '2026-11-20T00:00:00Z',
    last_seen: '2026-11-23T03:00:00Z',
    count: 57,
    distinct_victims: 49,
    countries: ['TH'],
    verdict: 'spoofed',
    description: {
      en: 'This is the genuine number of one of our Bangkok branches. Our customers received calls that displayed it, but the calls did not come from our network: caller ID was spoofed. Please do not block the number; block the originating trunks instead.',
      th: 'หมายเลขนี้เป็นหมายเลขจริงของสาขาธนาคาร ผู้โทรปลอมแปลงหมายเลขผู้โทร กรุณาอย่าบล็อกหมายเลขนี้',
    },
  };
}

/** The hotline's bundle of what changed on 24 November 2026: new versions, a sighting, a link, a retraction. */
export function dailyDeltaBundle() {
  const network = scamCompoundBundle();
  const op = network.records.find((r) => r.type === 'operation')!;
  const phone = network.records.find((r) => r.type === 'indicator' && (r as { observable: { kind: string } }).observable.kind === 'phone_number') as { id: string; modified: string };
  const domain2 = network.records.filter((r) => r.type === 'indicator' && (r as { observable: { kind: string } }).observable.kind === 'domain')[1] as Record<string, unknown>;
  const retracted = thAocBundle().records.find((r) => r.type === 'indicator' && (r as { observable: { kind: string } }).observable.kind === 'messaging_account') as { id: string };
  const SINCE = '2026-11-24T00:00:00Z';
  const newWallet = {
    ...base11('indicator', 'gh/wallet-3', '2026-11-24T06:20:00Z', '2026-11-24T06:20:00Z', AOC, 'clear'),
    confidence: 75,
    source_reliability: 'b',
    provenance: { method: 'victim_report', collected_at: '2026-11-24T06:00:00Z' },
    observable: observable('crypto_address', `eip155:1:${evmAddress('golden-horizon/collection-2')}`, {}, { asset: USDT }),
    roles: ['payment_destination'],
    typology: ['investment.relationship'],
    status: 'reported',
    first_seen: '2026-11-23T14:02:00Z',
    last_seen: '2026-11-24T05:40:00Z',
    countries: ['TH'],
  };
  return {
    type: 'bundle',
    id: recordId('bundle', 'delta/2026-11-24', '2026-11-25T00:05:00Z'),
    spec_version: SPEC_VERSION_1_1,
    created: '2026-11-25T00:05:00Z',
    producer: AOC,
    tlp: 'green',
    description: { en: 'What changed on 24 November 2026 (UTC).' },
    scope: 'delta',
    since: SINCE,
    references: [
      { type: 'operation', id: op.id, modified: op.modified },
      { type: 'indicator', id: phone.id, modified: phone.modified },
    ],
    records: [
      // a new version of the mirror domain: taken down
      { ...domain2, modified: '2026-11-24T09:15:00Z', status: 'mitigated', actions: [{ type: 'site_taken_down', outcome: 'done', actor: MDES, at: '2026-11-24T09:00:00Z' }] },
      newWallet,
      { ...base11('relationship', 'delta/wallet-3-controlled-by', '2026-11-24T06:25:00Z', '2026-11-24T06:25:00Z', AOC, 'green'), relationship_type: 'controlled_by', source_ref: newWallet.id, target_ref: op.id, confidence: 70 },
      {
        ...base11('sighting', 'delta/phone-1-hotline', '2026-11-24T23:59:00Z', '2026-11-24T23:59:00Z', AOC, 'green'),
        indicator_ref: phone.id,
        first_seen: '2026-11-10T00:00:00Z',
        last_seen: '2026-11-24T21:12:00Z',
        count: 214,
        distinct_victims: 180,
        reported_losses: { amount: '3100000.00', currency: 'THB' },
        countries: ['TH'],
        verdict: 'confirmed',
      },
      {
        type: 'indicator',
        id: retracted.id,
        modified: '2026-11-24T08:00:00Z',
        source: AOC,
        revoked: true,
        revocation_reason: 'Reported in error: the account belongs to a genuine gold dealer whose name the scammers copied.',
      },
    ],
  };
}
