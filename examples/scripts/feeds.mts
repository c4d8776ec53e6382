/**
 * Two NDJSON indicator feeds: one from a platform (accounts, ads, apps, sites and lures it found), one from a
 * telecom operator (SMS sender ids and calling numbers).
 */
import { base, digits, observable } from './lib.mts';
import { TELECOM } from './organizations.mts';

const PLATFORM = 'GASA:member:tiktok';

interface Item {
  seed: string;
  kind: string;
  raw: string;
  options?: Record<string, string>;
  attributes?: Record<string, unknown>;
  tlp: string;
  pap?: string;
  roles: string[];
  typology: string[];
  status: string;
  confidence: number;
  first: string;
  last: string;
  description: string;
  impersonated?: Array<Record<string, string>>;
  action?: Record<string, unknown>;
  method?: string;
  sightings?: number;
  countries?: string[];
  actionable?: boolean;
}

function indicator(source: string, created: string, item: Item) {
  const modified = item.action?.at && (item.action.at as string) > created ? (item.action.at as string) : created;
  return {
    ...base('indicator', `${source}/${item.seed}`, created, modified, source, item.tlp),
    ...(item.pap ? { pap: item.pap } : {}),
    confidence: item.confidence,
    provenance: { method: item.method ?? 'automated_detection', collected_at: created },
    observable: observable(item.kind, item.raw, item.options ?? {}, item.attributes ?? {}),
    roles: item.roles,
    typology: item.typology,
    ...(item.impersonated ? { impersonated: item.impersonated } : {}),
    status: item.status,
    ...(item.actionable !== undefined ? { actionable: item.actionable } : {}),
    first_seen: item.first,
    last_seen: item.last,
    ...(item.sightings ? { sighting_count: item.sightings } : {}),
    countries: item.countries ?? ['TH'],
    description: { en: item.description },
    ...(item.action ? { actions: [item.action] } : {}),
  };
}

const suspended = (at: string) => ({ type: 'account_suspended', outcome: 'done', actor: PLATFORM, at });
const adRemoved = (at: string) => ({ type: 'ad_removed', outcome: 'done', actor: PLATFORM, at });
const linkBlocked = (at: string) => ({ type: 'url_blocked', outcome: 'done', actor: PLATFORM, at, note: 'Link blocked in comments, bios and direct messages.' });

export function platformFeed() {
  const items: Array<[string, Item]> = [
    ['2026-11-20T02:14:00Z', { seed: 'url-goldtrade', kind: 'url', raw: 'hxxps://siam-goldtrade[.]example/register?ref=tt88', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['investment.fake_platform'], status: 'mitigated', confidence: 95, first: '2026-11-18T09:00:00Z', last: '2026-11-20T01:55:00Z', sightings: 37, description: 'Sign-up page of a fake gold-trading platform linked from video comments.', action: linkBlocked('2026-11-20T02:20:00Z') }],
    ['2026-11-20T02:14:00Z', { seed: 'domain-goldtrade', kind: 'domain', raw: 'siam-goldtrade.example', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['investment.fake_platform'], status: 'active', confidence: 90, first: '2026-11-18T09:00:00Z', last: '2026-11-20T01:55:00Z', description: 'Registrable domain of the fake gold-trading platform; new sub-domains appear every few days.' }],
    ['2026-11-20T02:15:00Z', { seed: 'host-goldtrade-app', kind: 'hostname', raw: 'APP.Siam-GoldTrade.example', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['investment.fake_platform'], status: 'active', confidence: 90, first: '2026-11-19T00:00:00Z', last: '2026-11-20T01:55:00Z', description: 'Host serving the member dashboard of the fake gold-trading platform.' }],
    ['2026-11-21T06:02:00Z', { seed: 'url-parcel', kind: 'url', raw: 'https://th.parcel-redeliver.example/track/TH2611?utm_source=tt', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['impersonation.business', 'account_compromise.credential_phishing'], impersonated: [{ entity_type: 'delivery', name: 'a parcel delivery company' }], status: 'mitigated', confidence: 90, first: '2026-11-21T03:10:00Z', last: '2026-11-21T05:48:00Z', description: 'Parcel re-delivery phishing page asking for card details to pay a small customs fee.', action: linkBlocked('2026-11-21T06:05:00Z') }],
    ['2026-11-21T06:02:00Z', { seed: 'host-parcel', kind: 'hostname', raw: 'th.parcel-redeliver.example', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['impersonation.business'], status: 'active', confidence: 85, first: '2026-11-21T03:10:00Z', last: '2026-11-21T05:48:00Z', description: 'Host of the parcel re-delivery phishing kit.' }],
    ['2026-11-22T10:30:00Z', { seed: 'domain-set-ai', kind: 'domain', raw: 'set-thai-ai.example', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['investment.fake_platform', 'impersonation.celebrity_endorsement'], status: 'active', confidence: 90, first: '2026-11-15T00:00:00Z', last: '2026-11-22T10:00:00Z', description: 'Domain of an "AI stock-trading" landing page promoted with a deepfaked interview of a well-known Thai business figure.' }],
    ['2026-11-22T10:31:00Z', { seed: 'url-set-ai', kind: 'url', raw: 'https://set-thai-ai.example/lp/interview-th', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['investment.fake_platform', 'impersonation.celebrity_endorsement'], impersonated: [{ entity_type: 'celebrity', name: 'a Thai business figure' }], status: 'mitigated', confidence: 95, first: '2026-11-15T00:00:00Z', last: '2026-11-22T10:00:00Z', sightings: 12, description: 'Fake news-article landing page embedding the deepfake interview.', action: linkBlocked('2026-11-22T10:40:00Z') }],
    ['2026-11-23T01:12:00Z', { seed: 'domain-pea', kind: 'domain', raw: 'pea-refund-th.example', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['advance_fee.refund_rebate', 'impersonation.business'], impersonated: [{ entity_type: 'utility', name: 'Provincial Electricity Authority' }], status: 'active', confidence: 80, first: '2026-11-22T00:00:00Z', last: '2026-11-23T00:40:00Z', description: 'Fake electricity-bill refund site impersonating a state utility.' }],
    ['2026-11-24T04:45:00Z', { seed: 'url-jobs', kind: 'url', raw: 'https://line-jobs-th.example/apply', tlp: 'clear', pap: 'clear', roles: ['landing_page', 'recruitment'], typology: ['employment.task'], status: 'mitigated', confidence: 90, first: '2026-11-23T12:00:00Z', last: '2026-11-24T04:30:00Z', description: 'Application form for "like videos, earn daily" task-scam jobs.', action: linkBlocked('2026-11-24T04:50:00Z') }],
    ['2026-11-20T02:16:00Z', { seed: 'tt-acct-goldtrade', kind: 'social_media_account', raw: digits('tt-acct-goldtrade', 19, '7'), options: { platform: 'tiktok' }, tlp: 'green', pap: 'green', roles: ['contact_channel', 'advertising'], typology: ['investment.relationship'], status: 'mitigated', confidence: 95, first: '2026-10-30T00:00:00Z', last: '2026-11-20T01:55:00Z', sightings: 41, description: 'Account posing as a successful gold trader that moves followers to a LINE group.', action: suspended('2026-11-20T02:30:00Z') }],
    ['2026-11-22T10:32:00Z', { seed: 'tt-handle-celeb', kind: 'social_media_account', raw: '@Kru.Noi.Invest.Official', options: { platform: 'tiktok' }, tlp: 'green', pap: 'green', roles: ['advertising', 'impersonated_asset'], typology: ['impersonation.celebrity_endorsement', 'investment.fake_platform'], impersonated: [{ entity_type: 'celebrity', name: 'a Thai finance educator' }], status: 'mitigated', confidence: 90, first: '2026-11-14T00:00:00Z', last: '2026-11-22T10:00:00Z', description: 'Impostor account copying a finance educator\'s name and photos; only the handle is shared because the account was renamed twice.', action: suspended('2026-11-22T11:00:00Z') }],
    ['2026-11-24T04:46:00Z', { seed: 'tt-acct-jobs', kind: 'social_media_account', raw: digits('tt-acct-jobs', 19, '7'), options: { platform: 'tiktok' }, tlp: 'green', pap: 'green', roles: ['recruitment'], typology: ['employment.task'], status: 'mitigated', confidence: 90, first: '2026-11-20T00:00:00Z', last: '2026-11-24T04:30:00Z', sightings: 9, description: 'Account posting "work from home" task-scam offers in Thai and Lao.', countries: ['TH', 'LA'], action: suspended('2026-11-24T05:00:00Z') }],
    ['2026-11-25T08:00:00Z', { seed: 'fb-page-shop', kind: 'social_media_account', raw: digits('fb-page-shop', 15, '6'), options: { platform: 'facebook' }, tlp: 'green', roles: ['advertising'], typology: ['purchase.online_shop'], status: 'reported', confidence: 70, method: 'manual_review', first: '2026-11-24T00:00:00Z', last: '2026-11-25T07:00:00Z', description: 'Page on another platform that the fake durian pre-order shop sends buyers to; reported to that platform.' }],
    ['2026-11-20T02:17:00Z', { seed: 'line-goldtrade', kind: 'messaging_account', raw: '@siamgold.vip', options: { platform: 'line' }, tlp: 'green', roles: ['contact_channel'], typology: ['investment.relationship'], status: 'reported', confidence: 80, first: '2026-10-30T00:00:00Z', last: '2026-11-20T01:55:00Z', description: 'LINE official-account id given in the bio of the gold-trader account.' }],
    ['2026-11-24T04:47:00Z', { seed: 'tg-jobs', kind: 'messaging_account', raw: 'https://t.me/TH_Task_HR', tlp: 'green', roles: ['contact_channel', 'recruitment'], typology: ['employment.task'], status: 'reported', confidence: 80, first: '2026-11-20T00:00:00Z', last: '2026-11-24T04:30:00Z', description: 'Telegram "HR" account that onboards task-scam recruits.' }],
    ['2026-11-25T08:01:00Z', { seed: 'wa-shop', kind: 'messaging_account', raw: '+855 12 555 019', options: { platform: 'whatsapp' }, tlp: 'green', roles: ['contact_channel'], typology: ['purchase.online_shop'], status: 'reported', confidence: 70, method: 'manual_review', first: '2026-11-24T00:00:00Z', last: '2026-11-25T07:00:00Z', description: 'WhatsApp number of the fake durian pre-order shop.' }],
    ['2026-11-22T10:33:00Z', { seed: 'ad-deepfake', kind: 'online_ad', raw: digits('ad-deepfake', 19, '1'), options: { platform: 'tiktok' }, attributes: { ad_id: digits('ad-deepfake', 19, '1') }, tlp: 'clear', pap: 'clear', roles: ['advertising'], typology: ['impersonation.celebrity_endorsement', 'investment.fake_platform'], status: 'mitigated', confidence: 95, first: '2026-11-15T00:00:00Z', last: '2026-11-22T10:00:00Z', description: 'Ad running the deepfaked interview and linking to the AI stock-trading landing page.', action: adRemoved('2026-11-22T10:45:00Z') }],
    ['2026-11-25T08:02:00Z', { seed: 'ad-durian', kind: 'online_ad', raw: digits('ad-durian', 19, '1'), options: { platform: 'tiktok' }, attributes: { ad_id: digits('ad-durian', 19, '1') }, tlp: 'clear', pap: 'clear', roles: ['advertising'], typology: ['purchase.online_shop'], status: 'mitigated', confidence: 85, first: '2026-11-24T00:00:00Z', last: '2026-11-25T07:00:00Z', description: 'Ad for discounted durian pre-orders paid by bank transfer, never delivered.', action: adRemoved('2026-11-25T08:10:00Z') }],
    ['2026-11-24T04:48:00Z', { seed: 'ad-jobs', kind: 'online_ad', raw: digits('ad-jobs', 19, '1'), options: { platform: 'tiktok' }, attributes: { ad_id: digits('ad-jobs', 19, '1') }, tlp: 'clear', pap: 'clear', roles: ['advertising', 'recruitment'], typology: ['employment.task'], status: 'mitigated', confidence: 90, first: '2026-11-21T00:00:00Z', last: '2026-11-24T04:30:00Z', description: 'Recruitment ad for part-time "order boosting" work.', action: adRemoved('2026-11-24T04:55:00Z') }],
    ['2026-11-20T02:18:00Z', { seed: 'app-goldtrade', kind: 'mobile_app', raw: 'com.siamgold.trade.pro', options: { appPlatform: 'android' }, tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['investment.fake_platform'], status: 'active', confidence: 85, first: '2026-11-10T00:00:00Z', last: '2026-11-20T01:55:00Z', description: 'Side-loaded Android trading app distributed as an APK from the fake platform; not in any official store.' }],
    ['2026-11-26T03:20:00Z', { seed: 'app-dopa', kind: 'mobile_app', raw: 'th.go.dopa.ekyc.update', options: { appPlatform: 'android' }, tlp: 'clear', pap: 'clear', roles: ['malware_delivery'], typology: ['account_compromise.malware_app', 'impersonation.government_law_enforcement'], impersonated: [{ entity_type: 'government_agency', name: 'Department of Provincial Administration' }], status: 'active', confidence: 90, first: '2026-11-25T00:00:00Z', last: '2026-11-26T03:00:00Z', description: 'Fake identity-verification app that requests accessibility permissions and reads one-time codes.' }],
    ['2026-11-24T04:49:00Z', { seed: 'tpl-task', kind: 'message_template', raw: 'Congratulations! You have been selected for part-time work: like videos and earn 300-3000 baht per day. Contact HR on Telegram: t.me/TH_Task_HR', tlp: 'green', roles: ['lure', 'recruitment'], typology: ['employment.task'], status: 'active', confidence: 85, first: '2026-11-20T00:00:00Z', last: '2026-11-24T04:30:00Z', sightings: 1260, description: 'Direct-message lure for task-scam recruitment, sent from many throwaway accounts.' }],
    ['2026-11-21T06:03:00Z', { seed: 'tpl-parcel', kind: 'message_template', raw: 'พัสดุของคุณไม่สามารถจัดส่งได้เนื่องจากที่อยู่ไม่ครบถ้วน กรุณาอัปเดตที่อยู่ภายใน 24 ชม. https://th.parcel-redeliver.example/track/TH2611', tlp: 'green', roles: ['lure'], typology: ['impersonation.business', 'account_compromise.credential_phishing'], status: 'active', confidence: 85, first: '2026-11-21T03:10:00Z', last: '2026-11-21T05:48:00Z', sightings: 420, description: 'Thai-language parcel re-delivery lure pointing to the phishing page.' }],
    ['2026-11-26T05:00:00Z', { seed: 'tpl-wrong-number', kind: 'message_template', raw: 'Hi <name>, is this still your number? My assistant gave me this contact for the golf booking. Sorry if I have the wrong person!', tlp: 'green', roles: ['lure'], typology: ['investment.relationship'], status: 'active', confidence: 75, first: '2026-11-01T00:00:00Z', last: '2026-11-26T04:30:00Z', sightings: 310, description: '"Wrong number" opener that starts relationship investment scams.' }],
    ['2026-11-27T02:40:00Z', { seed: 'url-shop-refund', kind: 'url', raw: 'https://tiktokshop-refund-center.example/claim?order=TH', tlp: 'clear', pap: 'clear', roles: ['landing_page', 'impersonated_asset'], typology: ['advance_fee.refund_rebate', 'impersonation.business'], impersonated: [{ entity_type: 'marketplace', name: 'TikTok Shop', identifier: PLATFORM }], status: 'mitigated', confidence: 95, first: '2026-11-26T00:00:00Z', last: '2026-11-27T02:00:00Z', description: 'Fake refund centre impersonating the platform\'s own shop, asking sellers and buyers to log in with their bank app.', action: linkBlocked('2026-11-27T02:45:00Z') }],
  ];
  return items.map(([created, item]) => indicator(PLATFORM, created, item));
}

const senderBlocked = (at: string) => ({ type: 'sender_id_blocked', outcome: 'done', actor: TELECOM, at, note: 'Blocked on the SMS firewall for all subscribers.' });
const numberBlocked = (at: string) => ({ type: 'number_blocked', outcome: 'done', actor: TELECOM, at });
const simOff = (at: string) => ({ type: 'sim_deactivated', outcome: 'done', actor: TELECOM, at, note: 'Prepaid SIM found in a SIM box; registration did not match the user.' });

export function telecomFeed() {
  const phone = { kind: 'phone_number', tlp: 'green', actionable: false };
  const sender = { kind: 'sms_sender_id', tlp: 'clear', pap: 'green' };
  const items: Array<[string, Item]> = [
    ['2026-11-21T03:30:00Z', { ...sender, seed: 'sid-thaipost', raw: 'THAI-P0ST', roles: ['contact_channel', 'impersonated_asset'], typology: ['impersonation.business', 'account_compromise.credential_phishing'], impersonated: [{ entity_type: 'delivery', name: 'Thailand Post' }], status: 'mitigated', confidence: 95, first: '2026-11-21T02:55:00Z', last: '2026-11-21T03:25:00Z', sightings: 18400, description: 'Look-alike sender name (zero for the letter O) sending parcel re-delivery phishing links.', action: senderBlocked('2026-11-21T03:34:00Z') }],
    ['2026-11-22T01:00:00Z', { ...sender, seed: 'sid-kbank', raw: 'K-BANK-TH', roles: ['contact_channel', 'impersonated_asset'], typology: ['impersonation.bank', 'account_compromise.credential_phishing'], impersonated: [{ entity_type: 'bank', name: 'Kasikornbank', identifier: 'TH-BANK:004' }], status: 'mitigated', confidence: 95, first: '2026-11-22T00:20:00Z', last: '2026-11-22T00:55:00Z', sightings: 9100, description: 'Unregistered sender name imitating a bank, warning of a "suspended account" with a login link.', action: senderBlocked('2026-11-22T01:04:00Z') }],
    ['2026-11-23T00:50:00Z', { ...sender, seed: 'sid-pea', raw: 'PEA-Refund', roles: ['contact_channel', 'impersonated_asset'], typology: ['advance_fee.refund_rebate'], impersonated: [{ entity_type: 'utility', name: 'Provincial Electricity Authority' }], status: 'mitigated', confidence: 90, first: '2026-11-22T23:40:00Z', last: '2026-11-23T00:45:00Z', sightings: 5200, description: 'Sender name offering an electricity-bill refund through a fake site.', action: senderBlocked('2026-11-23T00:55:00Z') }],
    ['2026-11-23T08:10:00Z', { ...sender, seed: 'sid-rd', raw: 'RD-TaxBack', roles: ['contact_channel', 'impersonated_asset'], typology: ['advance_fee.refund_rebate', 'impersonation.government_law_enforcement'], impersonated: [{ entity_type: 'government_agency', name: 'Revenue Department' }], status: 'mitigated', confidence: 90, first: '2026-11-23T07:00:00Z', last: '2026-11-23T08:00:00Z', sightings: 3900, description: 'Sender name promising a tax refund that leads to a malicious app download.', action: senderBlocked('2026-11-23T08:12:00Z') }],
    ['2026-11-24T05:20:00Z', { ...sender, seed: 'sid-jobs', raw: 'JOB-DAILY', roles: ['contact_channel', 'recruitment'], typology: ['employment.task'], status: 'mitigated', confidence: 85, first: '2026-11-24T03:00:00Z', last: '2026-11-24T05:10:00Z', sightings: 12700, description: 'Bulk sender recruiting for "like and earn" task-scam jobs.', action: senderBlocked('2026-11-24T05:22:00Z') }],
    ['2026-11-25T02:00:00Z', { ...sender, seed: 'sid-loan', raw: 'QuickLoan', roles: ['contact_channel'], typology: ['advance_fee.loan'], status: 'active', confidence: 80, first: '2026-11-24T22:00:00Z', last: '2026-11-25T01:50:00Z', sightings: 2100, description: 'Instant-loan offers that ask for an "insurance fee" before payout.' }],
    ['2026-11-26T04:00:00Z', { ...sender, seed: 'sid-shortcode', raw: '4219055', roles: ['contact_channel'], typology: ['advance_fee.prize_lottery_inheritance'], status: 'suspected', confidence: 60, first: '2026-11-26T01:00:00Z', last: '2026-11-26T03:50:00Z', sightings: 650, description: 'Numeric sender announcing a prize draw win; the short code is not allocated to any content provider.' }],
    ['2026-11-21T03:31:00Z', { ...phone, seed: 'ph-simbox-1', raw: '061-555-0123', roles: ['contact_channel'], typology: ['impersonation.business'], status: 'mitigated', confidence: 90, first: '2026-11-21T02:55:00Z', last: '2026-11-21T03:20:00Z', sightings: 3100, description: 'Prepaid number sending parcel phishing SMS from a SIM box.', action: simOff('2026-11-21T05:00:00Z') }],
    ['2026-11-21T03:32:00Z', { ...phone, seed: 'ph-simbox-2', raw: '061-555-0124', roles: ['contact_channel'], typology: ['impersonation.business'], status: 'mitigated', confidence: 90, first: '2026-11-21T02:56:00Z', last: '2026-11-21T03:21:00Z', sightings: 2980, description: 'Second SIM in the same SIM box, consecutive number.', action: simOff('2026-11-21T05:00:00Z') }],
    ['2026-11-22T09:15:00Z', { ...phone, seed: 'ph-police', raw: '02-555-0142', roles: ['contact_channel', 'impersonated_asset'], typology: ['impersonation.government_law_enforcement'], impersonated: [{ entity_type: 'police', name: 'a police station in Bangkok' }], status: 'disputed', confidence: 40, first: '2026-11-22T06:00:00Z', last: '2026-11-22T09:00:00Z', sightings: 75, description: 'Fixed-line number shown as caller id in fake-police calls; probably spoofed, so it is not blocked.' }],
    ['2026-11-23T11:00:00Z', { ...phone, seed: 'ph-kh-1', raw: '+855 12 555 012', roles: ['contact_channel'], typology: ['impersonation.government_law_enforcement'], status: 'mitigated', confidence: 85, first: '2026-11-20T00:00:00Z', last: '2026-11-23T10:40:00Z', sightings: 480, countries: ['TH'], description: 'Foreign mobile number used for call-centre "customs parcel" calls to Thai subscribers.', action: numberBlocked('2026-11-23T11:10:00Z') }],
    ['2026-11-23T11:01:00Z', { ...phone, seed: 'ph-kh-2', raw: '+855 12 555 013', roles: ['contact_channel'], typology: ['impersonation.government_law_enforcement'], status: 'mitigated', confidence: 85, first: '2026-11-20T00:00:00Z', last: '2026-11-23T10:40:00Z', sightings: 455, description: 'Same call-centre campaign, next number in the block.', action: numberBlocked('2026-11-23T11:10:00Z') }],
    ['2026-11-24T05:21:00Z', { ...phone, seed: 'ph-jobs', raw: '+66 62 555 0188', roles: ['contact_channel', 'recruitment'], typology: ['employment.task'], status: 'active', confidence: 75, first: '2026-11-24T03:00:00Z', last: '2026-11-24T05:10:00Z', description: 'Number given as the "HR" contact in task-scam SMS; registered to a person who may be a mule.' }],
    ['2026-11-25T06:30:00Z', { ...phone, seed: 'ph-ae', raw: '+971 50 555 0123', roles: ['contact_channel'], typology: ['investment.relationship'], status: 'reported', confidence: 60, method: 'public_report', first: '2026-11-10T00:00:00Z', last: '2026-11-25T06:00:00Z', sightings: 14, countries: ['TH', 'AE'], description: 'Foreign mobile number that sends "wrong number" openers to Thai subscribers.' }],
    ['2026-11-26T02:10:00Z', { ...phone, seed: 'ph-ph', raw: '+63 917 555 0123', roles: ['contact_channel'], typology: ['advance_fee.loan'], status: 'reported', confidence: 55, method: 'public_report', first: '2026-11-25T00:00:00Z', last: '2026-11-26T02:00:00Z', sightings: 6, description: 'Number in fake-loan messages; reported by subscribers through the spam short code.' }],
  ];
  return items.map(([created, item]) => indicator(TELECOM, created, { method: 'automated_detection', ...item }));
}

/**
 * Standard 1.1: indicators a platform exchanges with the Global Signal Exchange, carrying the GSE's own signal
 * fields under the registered `gse` extension, and the enablers seen with each (a deepfake video, a cloned voice).
 */
export function gseFeed() {
  const items: Array<[string, Item, Record<string, unknown>, string[]]> = [
    [
      '2026-12-01T03:10:00Z',
      { seed: 'gse-domain-deepfake', kind: 'domain', raw: 'set-invest-ai-th.example', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['investment.fake_platform', 'impersonation.celebrity_endorsement'], status: 'active', confidence: 90, first: '2026-11-29T00:00:00Z', last: '2026-12-01T03:00:00Z', description: 'Landing page of an "AI trading" scheme promoted with a deepfaked video of a Thai central-bank official.' },
      { signal_id: '0f5b8e2a-61c4-4b8e-9d3f-7a2c1e9b4d60', signal_type: 'domain_name', abuse_type: 'scam', source: 'TikTok', report_date: '2026-12-01T03:05:00Z', import_date: '2026-12-01T03:06:41Z', confidence_score: 90, predictive: false, status: 'new', sharing: 'all_members' },
      ['deepfake_video'],
    ],
    [
      '2026-12-01T04:20:00Z',
      { seed: 'gse-url-voice', kind: 'url', raw: 'https://kbank-secure-verify.example/otp', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['impersonation.bank', 'account_compromise.credential_phishing'], status: 'mitigated', confidence: 95, first: '2026-11-30T00:00:00Z', last: '2026-12-01T04:00:00Z', description: 'One-time-code phishing page that callers with a cloned bank-officer voice send victims to.', action: linkBlocked('2026-12-01T04:30:00Z') },
      { signal_id: '8c1d4f7e-2b9a-4e6c-b3d5-19f0a7c2e845', signal_type: 'url', abuse_type: 'phishing', source: 'TikTok', report_date: '2026-12-01T04:18:00Z', import_date: '2026-12-01T04:19:02Z', confidence_score: 95, predictive: false, status: 'feedback_mitigation', sharing: 'all_members' },
      ['voice_clone'],
    ],
    [
      '2026-12-02T01:00:00Z',
      { seed: 'gse-host-predicted', kind: 'hostname', raw: 'kbank-secure-verify2.example', tlp: 'clear', pap: 'clear', roles: ['landing_page'], typology: ['impersonation.bank'], status: 'reported', confidence: 60, method: 'automated_detection', first: '2026-12-02T00:40:00Z', last: '2026-12-02T00:40:00Z', description: 'Look-alike host registered a day after the phishing page above; flagged by a model, not yet seen in use.' },
      { signal_id: 'c47e9a13-5d2f-4a8b-8e61-3b0f9d2c7a19', signal_type: 'hostname', abuse_type: 'phishing', source: 'TikTok', report_date: '2026-12-02T00:55:00Z', confidence_score: 60, predictive: true, status: 'new', sharing: 'restricted' },
      [],
    ],
  ];
  return items.map(([created, item, gse, enablers]) => ({
    ...indicator(PLATFORM, created, item),
    spec_version: '1.1.0',
    ...(enablers.length ? { enablers } : {}),
    extensions: { gse },
  }));
}
