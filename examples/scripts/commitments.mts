/**
 * Commitments under the 2025 Bangkok Joint Statement: five signatory governments and one platform. Each has
 * pillars, parties, milestones (met ones with their date), metrics with baseline, targets and actuals, evidence
 * and progress reports. Figures and documents are fictitious; evidence URLs use the reserved `.example` domain.
 */
import { base } from './lib.mts';

const INSTRUMENT = 'bangkok_joint_statement_2025';
const PERIOD = { start_date: '2025-11-01', end_date: '2027-10-31' };
const H1 = { start_date: '2026-01-01', end_date: '2026-06-30' };
const H2 = { start_date: '2026-07-01', end_date: '2026-12-31' };
const Y2027 = { start_date: '2027-01-01', end_date: '2027-10-31' };

type Text = Record<string, string>;
const en = (s: string): Text => ({ en: s });

interface MetricSeed {
  id: string;
  title: string;
  measure: string;
  unit?: string;
  currency?: string;
  ascending: boolean;
  references?: Array<{ vocabulary: string; code: string }>;
  baseline: number;
  baselineDate: string;
  targets: [number, number, number];
  actuals: [number, number?];
}

function metric(m: MetricSeed) {
  const [h1Target, h2Target, finalTarget] = m.targets;
  return {
    metric_id: m.id,
    title: en(m.title),
    measure: m.measure,
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.currency ? { currency: m.currency } : {}),
    ascending: m.ascending,
    ...(m.references ? { references: m.references } : {}),
    baseline: { value: m.baseline, date: m.baselineDate, status: 'final' },
    periods: [
      { period: H1, target: { value: h1Target }, actual: { value: m.actuals[0], date: H1.end_date, status: 'final' } },
      { period: H2, target: { value: h2Target }, ...(m.actuals[1] !== undefined ? { actual: { value: m.actuals[1], date: '2026-10-31', status: 'provisional' } } : {}) },
      { period: Y2027, target: { value: finalTarget } },
    ],
  };
}

interface Seed {
  file: string;
  source: string;
  seed: string;
  created: string;
  modified: string;
  jurisdiction?: string;
  title: Text;
  description: Text;
  problem: Text;
  pillars: string[];
  type: string;
  parties: Array<{ org: string; name: string; roles: string[] }>;
  completion: string;
  budget?: { amount: string; currency: string };
  milestones: Array<{ id: string; title: string; due: string; status: string; met?: string; evidence?: string[] }>;
  metrics: MetricSeed[];
  evidence: Array<{ id: string; type: string; title: string; url: string; date: string; languages: string[]; sources: string[]; by?: string; applies?: string }>;
  reports: Array<{ at: string; period?: { start_date: string; end_date: string }; status: string; completion: string; summary: string; evidence?: string[] }>;
  assessments?: Array<Record<string, unknown>>;
}

function commitment(s: Seed) {
  return {
    ...base('commitment', s.seed, s.created, s.modified, s.source, 'clear'),
    instrument: INSTRUMENT,
    title: s.title,
    description: s.description,
    problem_statement: s.problem,
    pillars: s.pillars,
    commitment_type: s.type,
    ...(s.jurisdiction ? { jurisdiction: s.jurisdiction } : {}),
    parties: s.parties.map((p) => ({ org: p.org, name: en(p.name), roles: p.roles })),
    period: PERIOD,
    status: 'implementing',
    completion: s.completion,
    ...(s.budget ? { budget: s.budget } : {}),
    milestones: s.milestones.map((m) => ({
      milestone_id: m.id,
      title: en(m.title),
      due_date: m.due,
      status: m.status,
      ...(m.met ? { date_met: m.met } : {}),
      ...(m.evidence ? { evidence_refs: m.evidence } : {}),
    })),
    metrics: s.metrics.map(metric),
    evidence: s.evidence.map((e) => ({
      evidence_id: e.id,
      document_type: e.type,
      title: en(e.title),
      url: e.url,
      date_published: e.date,
      languages: e.languages,
      source_types: e.sources,
      ...(e.by ? { asserted_by: e.by } : {}),
      ...(e.applies ? { applies_to: e.applies } : {}),
    })),
    progress_reports: s.reports.map((r) => ({
      reported_at: r.at,
      ...(r.period ? { period: r.period } : {}),
      status: r.status,
      completion: r.completion,
      summary: en(r.summary),
      ...(r.evidence ? { evidence_refs: r.evidence } : {}),
    })),
    ...(s.assessments ? { assessments: s.assessments } : {}),
  };
}

const SEEDS: Seed[] = [
  {
    file: 'thailand-rapid-freeze',
    source: 'TH-GOV:mdes',
    seed: 'commitment/th',
    created: '2025-11-20T03:00:00Z',
    modified: '2026-11-10T03:00:00Z',
    jurisdiction: 'TH',
    title: { en: 'Freeze mule accounts within 15 minutes of a hotline report', th: 'อายัดบัญชีม้าภายใน 15 นาทีหลังรับแจ้งผ่านสายด่วน' },
    description: en('Connect every Thai bank to the AOC 1441 war room and the Central Fraud Registry so that receiving accounts named in a hotline report are held within 15 minutes, around the clock, and share confirmed mule accounts with partner countries.'),
    problem: en('Scam proceeds leave first-level mule accounts within an hour; freezes that take half a day recover little.'),
    pillars: ['law_enforcement', 'private_sector_action', 'victim_protection'],
    type: 'operational',
    parties: [
      { org: 'TH-GOV:mdes', name: 'Ministry of Digital Economy and Society', roles: ['lead_implementer', 'point_of_contact'] },
      { org: 'TH-GOV:aoc1441', name: 'AOC 1441', roles: ['lead_implementer'] },
      { org: 'TH-GOV:ccib', name: 'Cyber Crime Investigation Bureau', roles: ['supporting_implementer'] },
      { org: 'TH-BANK:004', name: 'Kasikornbank', roles: ['private_sector_partner'] },
      { org: 'TH-BANK:014', name: 'Siam Commercial Bank', roles: ['private_sector_partner'] },
    ],
    completion: 'substantial',
    budget: { amount: '185000000.00', currency: 'THB' },
    milestones: [
      { id: 'm1', title: 'All commercial banks connected to the Central Fraud Registry with automated hold requests', due: '2026-03-31', status: 'met', met: '2026-02-27', evidence: ['e1'] },
      { id: 'm2', title: 'Bank liaison officers on 24-hour duty in the AOC war room', due: '2026-06-30', status: 'met', met: '2026-05-15', evidence: ['e2'] },
      { id: 'm3', title: 'Confirmed mule accounts shared with GPOS partners in the standard format', due: '2026-09-30', status: 'partially_met', evidence: ['e3'] },
      { id: 'm4', title: 'Median report-to-freeze time of 15 minutes or less sustained for six months', due: '2027-06-30', status: 'scheduled' },
    ],
    metrics: [
      { id: 'minutes-to-freeze', title: 'Median minutes from hotline report to first freeze', measure: 'unit', unit: 'minute', ascending: false, references: [{ vocabulary: 'gpos', code: 'time_to_freeze' }], baseline: 45, baselineDate: '2025-09-30', targets: [30, 20, 15], actuals: [24, 14] },
      { id: 'share-frozen', title: 'Share of reported losses frozen', measure: 'percentage', ascending: true, baseline: 22, baselineDate: '2025-09-30', targets: [30, 35, 40], actuals: [31.5, 36.2] },
      { id: 'mule-accounts', title: 'Mule accounts suspended', measure: 'unit', unit: 'account', ascending: true, baseline: 0, baselineDate: '2025-11-01', targets: [150000, 300000, 500000], actuals: [171240, 322905] },
    ],
    evidence: [
      { id: 'e1', type: 'press_release', title: 'All banks live on automated hold requests', url: 'https://mdes.example/news/2026/cfr-all-banks', date: '2026-02-27', languages: ['th', 'en'], sources: ['self_declaration'], applies: '/milestones/0' },
      { id: 'e2', type: 'meeting_minutes', title: 'War-room operating procedure, revision 3', url: 'https://aoc1441.example/docs/war-room-sop-r3.pdf', date: '2026-05-15', languages: ['th'], sources: ['self_declaration'], applies: '/milestones/1' },
      { id: 'e3', type: 'dataset', title: 'Confirmed mule accounts shared with partners, monthly counts', url: 'https://aoc1441.example/data/mule-sharing-2026.csv', date: '2026-10-05', languages: ['en'], sources: ['official_register'], by: 'TH-GOV:aoc1441', applies: '/metrics/2' },
      { id: 'e4', type: 'statistical_release', title: 'AOC 1441 half-year statistics, January to June 2026', url: 'https://aoc1441.example/stats/2026-h1.pdf', date: '2026-07-20', languages: ['th', 'en'], sources: ['official_register'], applies: '/metrics/0' },
    ],
    reports: [
      { at: '2026-07-20', period: H1, status: 'implementing', completion: 'limited', summary: 'All banks connected; median time to freeze down from 45 to 24 minutes.', evidence: ['e1', 'e2', 'e4'] },
      { at: '2026-11-10', period: { start_date: '2026-07-01', end_date: '2026-10-31' }, status: 'implementing', completion: 'substantial', summary: 'Median time to freeze reached 14 minutes in October; sharing with partners covers three countries so far.', evidence: ['e3'] },
    ],
    assessments: [
      {
        assessment_type: 'independent_review',
        assessor: 'UN:unodc',
        date: '2026-09-15',
        stage: 'mid_term',
        verifiability: 'verifiable',
        potential_for_results: 'substantial',
        completion: 'substantial',
        early_results: 'major',
        rationale: en('Time to freeze has fallen by two thirds and the data are published; cross-border sharing is still limited to a few partners.'),
        evidence_refs: ['e3', 'e4'],
      },
    ],
  },
  {
    file: 'bangladesh-mfs-mule-sharing',
    source: 'BD-GOV:bfiu',
    seed: 'commitment/bd',
    created: '2025-11-25T05:00:00Z',
    modified: '2026-10-28T05:00:00Z',
    jurisdiction: 'BD',
    title: { en: 'Detect and share mobile-money mule wallets', bn: 'মোবাইল আর্থিক সেবার মিউল ওয়ালেট শনাক্ত ও তথ্য বিনিময়' },
    description: en('Issue scam-typology guidance to mobile financial service providers, require suspicious-transaction reports on mule wallets within 24 hours, and exchange confirmed mule wallets with GPOS partners.'),
    problem: en('Scam proceeds from Bangladeshi victims and from victims abroad are cashed out through mobile-money wallets opened with borrowed identities.'),
    pillars: ['law_enforcement', 'cross_border_partnership', 'private_sector_action'],
    type: 'data_sharing',
    parties: [
      { org: 'BD-GOV:bfiu', name: 'Bangladesh Financial Intelligence Unit', roles: ['lead_implementer', 'point_of_contact'] },
      { org: 'BD-GOV:btrc', name: 'Bangladesh Telecommunication Regulatory Commission', roles: ['supporting_implementer'] },
    ],
    completion: 'limited',
    milestones: [
      { id: 'm1', title: 'Scam-typology guidance issued to all mobile financial service providers', due: '2026-03-31', status: 'met', met: '2026-03-12', evidence: ['e1'] },
      { id: 'm2', title: 'Twenty-four-hour reporting rule for suspected mule wallets in force', due: '2026-09-30', status: 'partially_met' },
      { id: 'm3', title: 'First exchange of mule wallets with a GPOS partner', due: '2027-03-31', status: 'scheduled' },
    ],
    metrics: [
      { id: 'str-mfs', title: 'Suspicious-transaction reports on scam-related mobile-money wallets', measure: 'unit', unit: 'report', ascending: true, references: [{ vocabulary: 'sdg', code: '16.4.1' }], baseline: 1250, baselineDate: '2025-06-30', targets: [1800, 2500, 4000], actuals: [2140] },
      { id: 'hours-to-report', title: 'Median hours from detection to suspicious-transaction report', measure: 'unit', unit: 'hour', ascending: false, baseline: 96, baselineDate: '2025-06-30', targets: [72, 48, 24], actuals: [60] },
    ],
    evidence: [
      { id: 'e1', type: 'regulation', title: 'BFIU circular on scam typologies for mobile financial services', url: 'https://bfiu.example/circulars/2026-04.pdf', date: '2026-03-12', languages: ['bn', 'en'], sources: ['official_register'], applies: '/milestones/0' },
    ],
    reports: [
      { at: '2026-10-28', period: { start_date: '2026-01-01', end_date: '2026-09-30' }, status: 'implementing', completion: 'limited', summary: 'Guidance issued and reporting up by seventy per cent; the reporting rule awaits sign-off.', evidence: ['e1'] },
    ],
  },
  {
    file: 'nepal-trafficking-protection',
    source: 'NP-GOV:moha',
    seed: 'commitment/np',
    created: '2025-12-02T06:00:00Z',
    modified: '2026-11-05T06:00:00Z',
    jurisdiction: 'NP',
    title: { en: 'Protect Nepali workers from trafficking into scam compounds', ne: 'ठगी केन्द्रमा हुने मानव बेचबिखनबाट नेपाली कामदारको संरक्षण' },
    description: en('Warn departing workers about fake job offers, screen returnees rescued from scam compounds as possible trafficking victims, and investigate recruiters with partner countries.'),
    problem: en('Nepali jobseekers are lured by fake overseas job offers into scam compounds in the Mekong region and forced to defraud others.'),
    pillars: ['victim_protection', 'public_awareness', 'cross_border_partnership'],
    type: 'policy',
    parties: [
      { org: 'NP-GOV:moha', name: 'Ministry of Home Affairs', roles: ['lead_implementer', 'point_of_contact'] },
      { org: 'NP-GOV:cib', name: 'Central Investigation Bureau, Nepal Police', roles: ['supporting_implementer'] },
      { org: 'UN:unodc', name: 'UNODC', roles: ['international_organisation'] },
    ],
    completion: 'limited',
    budget: { amount: '45000000.00', currency: 'NPR' },
    milestones: [
      { id: 'm1', title: 'Fake-job warning added to pre-departure orientation', due: '2026-04-30', status: 'met', met: '2026-04-14', evidence: ['e1'] },
      { id: 'm2', title: 'Returnee screening procedure agreed with Thailand', due: '2026-10-31', status: 'partially_met', evidence: ['e2'] },
      { id: 'm3', title: 'Joint investigation protocol with two partner countries', due: '2027-06-30', status: 'scheduled' },
    ],
    metrics: [
      { id: 'returnees-screened', title: 'Returnees from scam compounds screened as possible trafficking victims', measure: 'percentage', ascending: true, baseline: 35, baselineDate: '2025-10-31', targets: [60, 80, 95], actuals: [58, 74] },
      { id: 'orientation-reach', title: 'Departing workers reached by the fake-job warning', measure: 'unit', unit: 'person', ascending: true, baseline: 0, baselineDate: '2026-01-01', targets: [100000, 250000, 450000], actuals: [118600, 231400] },
    ],
    evidence: [
      { id: 'e1', type: 'policy', title: 'Pre-departure orientation curriculum, 2026 revision', url: 'https://moha.example/orientation-2026.pdf', date: '2026-04-14', languages: ['ne'], sources: ['official_register'], applies: '/milestones/0' },
      { id: 'e2', type: 'mou', title: 'Draft returnee screening procedure with Thailand', url: 'https://moha.example/tip/screening-th-draft.pdf', date: '2026-09-30', languages: ['en'], sources: ['self_declaration'], applies: '/milestones/1' },
    ],
    reports: [
      { at: '2026-11-05', period: { start_date: '2026-01-01', end_date: '2026-10-31' }, status: 'implementing', completion: 'limited', summary: 'Warning reaches most departing workers; screening procedure agreed in draft and used for returnees through Mae Sot.', evidence: ['e1', 'e2'] },
    ],
  },
  {
    file: 'peru-reporting-line',
    source: 'PE-GOV:mininter',
    seed: 'commitment/pe',
    created: '2025-12-10T15:00:00Z',
    modified: '2026-11-12T15:00:00Z',
    jurisdiction: 'PE',
    title: { es: 'Línea nacional de denuncia de estafas en línea', en: 'National online-scam reporting line' },
    description: { es: 'Crear una línea única de denuncia de estafas en línea, con congelamiento de cuentas coordinado con los bancos y publicación de indicadores.', en: 'Create a single national line for reporting online scams, with account freezes coordinated with banks and public indicator data.' },
    problem: en('Victims report to many different offices and banks learn of fraudulent transfers too late to hold the funds.'),
    pillars: ['good_governance', 'law_enforcement', 'public_awareness'],
    type: 'institutional',
    parties: [
      { org: 'PE-GOV:mininter', name: 'Ministerio del Interior', roles: ['lead_implementer', 'point_of_contact'] },
      { org: 'PE-GOV:divindat', name: 'DIVINDAT, Policía Nacional del Perú', roles: ['supporting_implementer'] },
    ],
    completion: 'limited',
    budget: { amount: '12500000.00', currency: 'PEN' },
    milestones: [
      { id: 'm1', title: 'Reporting line and web form launched', due: '2026-06-30', status: 'met', met: '2026-06-02', evidence: ['e1'] },
      { id: 'm2', title: 'Agreement with the banking association on freeze requests', due: '2026-12-31', status: 'scheduled' },
      { id: 'm3', title: 'Monthly open data on reported scam indicators', due: '2027-06-30', status: 'scheduled' },
    ],
    metrics: [
      { id: 'reports', title: 'Scam reports received through the national line', measure: 'unit', unit: 'report', ascending: true, baseline: 0, baselineDate: '2026-01-01', targets: [5000, 20000, 60000], actuals: [3100, 16800] },
      { id: 'days-to-referral', title: 'Median days from report to police referral', measure: 'unit', unit: 'day', ascending: false, baseline: 12, baselineDate: '2025-12-31', targets: [7, 4, 2], actuals: [6, 4] },
    ],
    evidence: [
      { id: 'e1', type: 'press_release', title: 'Lanzamiento de la línea nacional de denuncia de estafas', url: 'https://mininter.example/noticias/linea-estafas', date: '2026-06-02', languages: ['es'], sources: ['self_declaration'], applies: '/milestones/0' },
    ],
    reports: [
      { at: '2026-11-12', period: { start_date: '2026-06-01', end_date: '2026-10-31' }, status: 'implementing', completion: 'limited', summary: 'The line is live and referrals are faster; the bank agreement is under negotiation.', evidence: ['e1'] },
    ],
  },
  {
    file: 'uae-cross-border-recovery',
    source: 'AE-GOV:moi',
    seed: 'commitment/ae',
    created: '2025-11-18T08:00:00Z',
    modified: '2026-11-15T08:00:00Z',
    jurisdiction: 'AE',
    title: { en: 'Cross-border freeze and return of scam proceeds', ar: 'تجميد وإعادة عائدات الاحتيال عبر الحدود' },
    description: en('Answer partner freeze requests for accounts in the UAE within 24 hours and return recovered funds to victims abroad through a single channel.'),
    problem: en('Proceeds of scams against victims in Asia pass through accounts and exchanges in the UAE; requests by letter take weeks.'),
    pillars: ['cross_border_partnership', 'law_enforcement', 'victim_protection'],
    type: 'operational',
    parties: [
      { org: 'AE-GOV:moi', name: 'Ministry of Interior', roles: ['lead_implementer', 'point_of_contact'] },
      { org: 'TH-GOV:ccib', name: 'Cyber Crime Investigation Bureau (Thailand)', roles: ['supporting_implementer'] },
    ],
    completion: 'substantial',
    milestones: [
      { id: 'm1', title: 'Single contact point for partner freeze requests', due: '2026-02-28', status: 'met', met: '2026-01-20', evidence: ['e1'] },
      { id: 'm2', title: 'Freeze requests accepted as GPOS bundles', due: '2026-09-30', status: 'met', met: '2026-09-01', evidence: ['e2'] },
      { id: 'm3', title: 'Return procedure for recovered funds agreed with five partners', due: '2027-03-31', status: 'scheduled' },
    ],
    metrics: [
      { id: 'hours-to-answer', title: 'Median hours to answer a partner freeze request', measure: 'unit', unit: 'hour', ascending: false, baseline: 240, baselineDate: '2025-10-31', targets: [72, 48, 24], actuals: [50, 30] },
      { id: 'returned', title: 'Funds returned to victims abroad', measure: 'currency', currency: 'AED', ascending: true, baseline: 0, baselineDate: '2025-11-01', targets: [2000000, 6000000, 15000000], actuals: [2400000, 5100000] },
    ],
    evidence: [
      { id: 'e1', type: 'policy', title: 'Procedure for international freeze requests', url: 'https://moi.example/procedures/freeze-requests.pdf', date: '2026-01-20', languages: ['ar', 'en'], sources: ['official_register'], applies: '/milestones/0' },
      { id: 'e2', type: 'website', title: 'Partner portal accepting signed GPOS bundles', url: 'https://moi.example/gpos/portal', date: '2026-09-01', languages: ['en'], sources: ['verified'], by: 'TH-GOV:ccib', applies: '/milestones/1' },
    ],
    reports: [
      { at: '2026-11-15', period: { start_date: '2026-01-01', end_date: '2026-10-31' }, status: 'implementing', completion: 'substantial', summary: 'Requests now answered in a median of thirty hours; first returns made to victims in Thailand and the Philippines.', evidence: ['e1', 'e2'] },
    ],
  },
  {
    file: 'tiktok-scam-ads',
    source: 'GASA:member:tiktok',
    seed: 'commitment/tiktok',
    created: '2025-11-21T09:00:00Z',
    modified: '2026-11-18T09:00:00Z',
    title: en('Remove scam ads and accounts faster and share signals with GPOS partners'),
    description: en('Verify advertisers of financial products in Thailand, remove reported scam ads and accounts within hours, and publish scam indicators to GPOS partners as a daily feed.'),
    problem: en('Scam ads with deepfaked endorsements and task-scam recruiters reach users faster than reports are handled.'),
    pillars: ['private_sector_action', 'public_awareness'],
    type: 'technology',
    parties: [
      { org: 'GASA:member:tiktok', name: 'TikTok', roles: ['lead_implementer', 'point_of_contact'] },
      { org: 'TH-GOV:aoc1441', name: 'AOC 1441', roles: ['supporting_implementer'] },
    ],
    completion: 'substantial',
    milestones: [
      { id: 'm1', title: 'Advertiser verification for financial-services ads in Thailand', due: '2026-03-31', status: 'met', met: '2026-03-03', evidence: ['e1'] },
      { id: 'm2', title: 'Daily indicator feed to GPOS partners in the standard format', due: '2026-09-30', status: 'met', met: '2026-08-18', evidence: ['e2'] },
      { id: 'm3', title: 'Priority reporting channel for AOC 1441', due: '2027-03-31', status: 'scheduled' },
    ],
    metrics: [
      { id: 'hours-to-remove', title: 'Median hours from report to removal of a scam ad', measure: 'unit', unit: 'hour', ascending: false, baseline: 30, baselineDate: '2025-10-31', targets: [12, 6, 2], actuals: [9, 4] },
      { id: 'signals-shared', title: 'Indicators shared with GPOS partners per month', measure: 'unit', unit: 'indicator', ascending: true, references: [{ vocabulary: 'gasa', code: 'signals_shared' }], baseline: 0, baselineDate: '2025-11-01', targets: [0, 5000, 20000], actuals: [0, 7800] },
    ],
    evidence: [
      { id: 'e1', type: 'policy', title: 'Financial-services advertising policy, Thailand', url: 'https://transparency.tiktok.example/policies/financial-ads-th', date: '2026-03-03', languages: ['en', 'th'], sources: ['self_declaration'], applies: '/milestones/0' },
      { id: 'e2', type: 'dataset', title: 'GPOS indicator feed, monthly volume', url: 'https://transparency.tiktok.example/gpos/feed-volume.csv', date: '2026-11-01', languages: ['en'], sources: ['third_party'], by: 'TH-GOV:aoc1441', applies: '/metrics/1' },
    ],
    reports: [
      { at: '2026-11-18', period: { start_date: '2026-01-01', end_date: '2026-10-31' }, status: 'implementing', completion: 'substantial', summary: 'Verification in force and the daily feed is live; median removal time is four hours.', evidence: ['e1', 'e2'] },
    ],
  },
];

export function commitments(): Array<[string, unknown]> {
  return SEEDS.map((s) => [s.file, commitment(s)]);
}

/**
 * Standard 1.1: a commitment shared by three countries, each party acting for its own jurisdiction and giving the
 * contact points of its communication centre — the 24/7 desks that take urgent freeze and repatriation requests.
 */
export function sharedCommitment(): [string, unknown] {
  const record = commitment({
    file: 'shared-communication-centres',
    source: 'TH-GOV:mdes',
    seed: 'commitment/shared-centres',
    created: '2026-02-02T03:00:00Z',
    modified: '2026-11-20T03:00:00Z',
    jurisdiction: 'TH',
    title: { en: 'Communication centres that answer each other within the hour', th: 'ศูนย์ประสานงานที่ตอบกันภายในหนึ่งชั่วโมง', original_language: 'en' },
    description: en('Thailand, the United Arab Emirates and Bangladesh each run a 24/7 communication centre that accepts urgent freeze, takedown and repatriation requests from the others as GPOS bundles, and answers within one hour.'),
    problem: en('Urgent requests between the three countries went through embassies and letters; money and victims moved faster than the requests.'),
    pillars: ['cross_border_partnership', 'law_enforcement', 'victim_protection'],
    type: 'operational',
    parties: [
      { org: 'TH-GOV:mdes', name: 'Ministry of Digital Economy and Society', roles: ['lead_implementer'] },
      { org: 'AE-GOV:moi', name: 'Ministry of Interior', roles: ['supporting_implementer'] },
      { org: 'BD-GOV:bfiu', name: 'Bangladesh Financial Intelligence Unit', roles: ['supporting_implementer'] },
    ],
    completion: 'limited',
    milestones: [
      { id: 'm1', title: 'Contact points of the three centres exchanged and tested', due: '2026-04-30', status: 'met', met: '2026-04-10' },
      { id: 'm2', title: 'Requests accepted as signed GPOS bundles by all three centres', due: '2026-12-31', status: 'scheduled' },
    ],
    metrics: [
      { id: 'minutes-to-answer', title: 'Median minutes to answer an urgent request from a partner centre', measure: 'unit', unit: 'minute', ascending: false, baseline: 2880, baselineDate: '2026-01-31', targets: [240, 60, 60], actuals: [180] },
    ],
    evidence: [],
    reports: [],
  });
  const contact = (jurisdiction: string, points: unknown[]) => ({ jurisdiction, contacts: points });
  const [th, ae, bd] = [
    contact('TH', [
      { contact_type: 'communication_centre', name: { th: 'ศูนย์ปฏิบัติการ AOC 1441 ฝ่ายประสานงานต่างประเทศ', en: 'AOC 1441 international coordination desk', original_language: 'th' }, email: 'intl-desk@aoc1441.example', telephone: '+6621550141', languages: ['th', 'en'], hours: '24/7' },
      { contact_type: 'freeze_requests', name: en('AOC 1441 bank liaison room'), email: 'freeze@aoc1441.example', languages: ['th', 'en'], hours: '24/7' },
    ]),
    contact('AE', [
      { contact_type: 'communication_centre', name: { ar: 'مركز الاتصال الدولي', en: 'International communication centre', original_language: 'ar' }, email: 'gpos-centre@moi.example', telephone: '+97125550155', languages: ['ar', 'en'], hours: '24/7' },
    ]),
    contact('BD', [
      { contact_type: 'fiu_liaison', name: en('BFIU international cooperation desk'), email: 'intl@bfiu.example', languages: ['bn', 'en'], hours: 'Sun–Thu 09:00–17:00 BST' },
      { contact_type: 'victim_support', name: en('Repatriation help desk, Ministry of Foreign Affairs'), url: 'https://mofa.example/repatriation', languages: ['bn', 'en'] },
    ]),
  ];
  const parties = (record.parties as Record<string, unknown>[]).map((p, i) => ({ ...p, ...[th, ae, bd][i] }));
  const { evidence: _e, progress_reports: _r, ...rest } = record;
  return ['shared-communication-centres', { ...rest, spec_version: '1.1.0', jurisdictions: ['TH', 'AE', 'BD'], parties }];
}
