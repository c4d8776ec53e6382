/**
 * The MISP core format as `@gpos/interop` writes and reads it (draft-dulaunoy-misp-core-format), the MISP object
 * templates it uses (github.com/MISP/misp-objects) and the tags that carry TLP, PAP and typology.
 */
import { papCodelist, sightingVerdictCodelist, sourceReliabilityCodelist, tlpCodelist } from '@gpos/schema';
import { relationshipIn, relationshipOut, type RelationshipOut } from './relationship-types.js';
import { v5 as uuidv5 } from 'uuid';
import type { Tlp } from './tlp.js';

/**
 * The namespace of every MISP UUID the exporter derives (attributes, events, organisations): UUIDv5 of
 * `https://schemas.gpos.network/interop/misp` under the RFC 9562 URL namespace. Fixed forever, so a re-export
 * updates what a MISP instance holds instead of duplicating it.
 */
export const GPOS_MISP_NAMESPACE = '7d2539ed-0aec-5fce-965a-43b017127dd8';

/** A MISP tag (`Tag` element). */
export interface MispTag {
  name: string;
  colour?: string;
  exportable?: boolean;
  [key: string]: unknown;
}

/** A MISP sighting (`Sighting` element) as written inside the sighted attribute. */
export interface MispSighting {
  uuid: string;
  /** 0 seen, 1 false positive, 2 expiration, 3 true positive. */
  type: string;
  date_sighting: string;
  attribute_uuid?: string;
  source?: string;
  Organisation?: { name: string; uuid: string };
  [key: string]: unknown;
}

/** A MISP attribute. Instance-local numeric ids are written `"0"` where the format requires them. */
export interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  event_id: string;
  distribution: string;
  sharing_group_id: string;
  timestamp: string;
  deleted: boolean;
  disable_correlation?: boolean;
  comment?: string;
  object_relation?: string;
  first_seen?: string;
  last_seen?: string;
  Tag?: MispTag[];
  Sighting?: MispSighting[];
  [key: string]: unknown;
}

/** A reference from a MISP object to another object or attribute. */
export interface MispObjectReference {
  uuid: string;
  object_uuid: string;
  referenced_uuid: string;
  /** `1` an object, `0` an attribute. */
  referenced_type?: string;
  relationship_type: string;
  timestamp: string;
  deleted: boolean;
  comment?: string;
  [key: string]: unknown;
}

/** A MISP object built from a template. */
export interface MispObject {
  uuid: string;
  name: string;
  'meta-category': string;
  description: string;
  template_uuid: string;
  template_version: string;
  timestamp: string;
  distribution: string;
  sharing_group_id: string;
  deleted: boolean;
  comment?: string;
  first_seen?: string;
  last_seen?: string;
  Attribute: MispAttribute[];
  ObjectReference?: MispObjectReference[];
  [key: string]: unknown;
}

/** The organisation that created (`Orgc`) or holds (`Org`) an event. */
export interface MispOrg {
  id: string;
  name: string;
  uuid: string;
}

/** A MISP event (the value of `Event` in the core format). */
export interface MispEvent {
  uuid: string;
  info: string;
  date: string;
  published: boolean;
  timestamp: string;
  publish_timestamp: string;
  first_publication?: string;
  org_id: string;
  orgc_id: string;
  distribution: string;
  sharing_group_id: string;
  threat_level_id: string;
  analysis: string;
  attribute_count: string;
  Orgc: MispOrg;
  Org: MispOrg;
  Tag?: MispTag[];
  Attribute: MispAttribute[];
  Object: MispObject[];
  [key: string]: unknown;
}

/** One event in the MISP core format: what `/events/add` accepts and a MISP feed serves, one file per event. */
export interface MispEventDocument {
  Event: MispEvent;
}

/** The facts of a MISP object template the exporter needs: its identity, and the type of each attribute it writes. */
export interface MispTemplate {
  readonly uuid: string;
  readonly version: number;
  readonly metaCategory: string;
  readonly description: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The MISP object templates (github.com/MISP/misp-objects) the exporter writes, with the attributes it uses. */
export const MISP_TEMPLATES: Readonly<Record<string, MispTemplate>> = {
  url: { uuid: '60efb77b-40b5-4c46-871b-ed1ed999fce5', version: 10, metaCategory: 'network', description: 'url object describes an url along with its normalized field (like extracted using faup parsing library) and its metadata.', attributes: { url: 'url' } },
  'domain-ip': { uuid: '43b3b146-77eb-4931-b4cc-b66c60f28734', version: 11, metaCategory: 'network', description: 'A domain/hostname and IP address seen as a tuple in a specific time frame.', attributes: { domain: 'domain', hostname: 'hostname', ip: 'ip-dst' } },
  email: { uuid: 'a0c666e0-fc65-4be8-b48f-3423d788b552', version: 19, metaCategory: 'network', description: 'Email object describing an email with meta-information', attributes: { from: 'email-src' } },
  'phone-number': { uuid: 'c4b5a67c-63d2-11ec-90d6-0242ac120003', version: 1, metaCategory: 'mobile', description: 'Phone number based on the E.164 international public telecommunication numbering plan', attributes: { 'phone-number': 'phone-number', 'country-code': 'text' } },
  'short-message-service': {
    uuid: '4851a3dc-e1a6-43ac-9d97-f0d13a099fd2',
    version: 4,
    metaCategory: 'misc',
    description: "Short Message Service (SMS) object template describing one or more SMS message. Restriction of the initial format 3GPP 23.038 GSM character set doesn't apply.",
    attributes: { name: 'text', from: 'phone-number', body: 'text' },
  },
  'bank-account': {
    uuid: 'b4712203-95a8-4883-80e9-b566f5df11c9',
    version: 3,
    metaCategory: 'financial',
    description: 'An object describing bank account information based on account description from goAML 4.0.',
    attributes: { account: 'bank-account-nr', iban: 'iban', 'institution-code': 'text', 'institution-name': 'text', swift: 'bic', text: 'text' },
  },
  'user-account': { uuid: '49606b06-22f0-4ac8-8eee-2f12ad46f3d3', version: 6, metaCategory: 'misc', description: 'User-account object, defining aspects of user identification, authentication, privileges and other relevant data points.', attributes: { 'account-type': 'text', 'user-id': 'text', username: 'text' } },
  'telegram-account': { uuid: '06f02ecf-5afb-42c5-9cb0-b362e222f52c', version: 2, metaCategory: 'misc', description: 'Information related to a telegram account', attributes: { id: 'text', username: 'text', phone: 'text' } },
  'facebook-account': { uuid: 'b9862b95-7d78-4938-a2b5-13e45c60f25a', version: 1, metaCategory: 'misc', description: 'Facebook account.', attributes: { 'account-id': 'text', 'account-name': 'text' } },
  'instagram-account': { uuid: '656ced16-23f3-4322-925d-c9c961684999', version: 1, metaCategory: 'misc', description: 'Instagram account.', attributes: { 'account-id': 'text', 'account-name': 'text' } },
  'coin-address': { uuid: 'd0e6997e-78da-4815-a6a1-cfc1c1cb8a46', version: 7, metaCategory: 'financial', description: 'An address used in a cryptocurrency', attributes: { address: 'btc', 'address-xmr': 'xmr', 'address-crypto': 'text', symbol: 'text' } },
  'cryptocurrency-transaction': { uuid: 'a4aab70f-e43a-48cb-bf82-505de8228dd6', version: 3, metaCategory: 'financial', description: 'An object to describe a cryptocurrency transaction.', attributes: { 'transaction-number': 'text', symbol: 'text' } },
  'credit-card': { uuid: '2b9c57aa-daba-4330-a738-56f18743b0c7', version: 3, metaCategory: 'financial', description: 'A payment card like credit card, debit card or any similar cards which can be used for financial transactions.', attributes: { 'cc-number': 'cc-number', iin: 'text' } },
  'android-app': { uuid: '92836f23-4730-4eae-82ac-9f00d5299735', version: 2, metaCategory: 'file', description: 'Indicators related to an Android app', attributes: { appid: 'text' } },
  file: { uuid: '688c46fb-5edb-40a3-8273-1af7923e2215', version: 25, metaCategory: 'file', description: 'File object describing a file with meta-information', attributes: { sha256: 'sha256' } },
  organization: {
    uuid: 'f750e12b-127a-432c-b022-b3f9153c4e2a',
    version: 9,
    metaCategory: 'misc',
    description: 'An object which describes an organization.',
    attributes: { name: 'text', alias: 'text', description: 'text', 'type-of-organization': 'text', role: 'text', contact_information: 'text' },
  },
  victim: { uuid: 'a8806e40-39ad-435f-be02-ac2a13d6fc7d', version: 10, metaCategory: 'misc', description: 'Victim object describes the target of an attack or abuse.', attributes: { classification: 'text', regions: 'target-location', description: 'text' } },
  transaction: {
    uuid: 'a47fa26a-01b6-4747-a394-5144e34456dc',
    version: 1,
    metaCategory: 'financial',
    description: 'An object to describe a financial transaction.',
    attributes: { amount: 'text', date: 'datetime', 'transaction-number': 'text', 'transmode-code': 'text', text: 'text' },
  },
};

/** The category the exporter gives each MISP attribute type: one the core format allows for the type. */
export const MISP_CATEGORY: Readonly<Record<string, string>> = {
  url: 'Network activity',
  domain: 'Network activity',
  hostname: 'Network activity',
  'ip-dst': 'Network activity',
  'email-src': 'Payload delivery',
  'phone-number': 'Financial fraud',
  text: 'Other',
  'bank-account-nr': 'Financial fraud',
  iban: 'Financial fraud',
  bic: 'Financial fraud',
  btc: 'Financial fraud',
  xmr: 'Financial fraud',
  'cc-number': 'Financial fraud',
  bin: 'Financial fraud',
  sha256: 'Payload delivery',
  'mobile-application-id': 'Payload delivery',
  'target-location': 'Targeting data',
  anonymised: 'Other',
};

/** MISP distribution levels (core format §2.2.1.14). */
export const MISP_DISTRIBUTION = { organisation: '0', community: '1', connected: '2', all: '3', sharingGroup: '4', inherit: '5' } as const;

/**
 * TLP → MISP distribution, the rule the exporter applies (the TLP tag always travels too):
 * TLP:CLEAR → All communities (3); TLP:GREEN → This community only (1); TLP:AMBER, TLP:AMBER+STRICT and TLP:RED →
 * Your organisation only (0).
 */
export const DISTRIBUTION_OF_TLP: Readonly<Record<Tlp, string>> = { clear: '3', green: '1', amber: '0', 'amber+strict': '0', red: '0' };

/**
 * MISP distribution → TLP, used on import only when nothing carries a `tlp:` tag: Your organisation only (0) →
 * TLP:AMBER+STRICT; This community only (1) and Connected communities (2) → TLP:GREEN; All communities (3) →
 * TLP:GREEN (sharing across MISP communities is not publication, so never CLEAR); a sharing group (4) → TLP:AMBER.
 */
export const TLP_OF_DISTRIBUTION: Readonly<Record<string, Tlp>> = { '0': 'amber+strict', '1': 'green', '2': 'green', '3': 'green', '4': 'amber' };

const firstTag = (value: string | undefined) => value?.split('|')[0]?.trim();

const TLP_COLOUR: Readonly<Record<Tlp, string>> = { clear: '#ffffff', green: '#339900', amber: '#ffc000', 'amber+strict': '#ffc000', red: '#cc0033' };

/** The MISP tag of a TLP (`tlp:amber+strict`), from the `xw_misp_tag` column of the tlp codelist. */
export function tlpTag(tlp: Tlp): MispTag {
  const row = tlpCodelist.rows.find((r) => r.code === tlp);
  return { name: firstTag(row?.xw_misp_tag) ?? `tlp:${tlp}`, colour: TLP_COLOUR[tlp], exportable: true };
}

/** The MISP tag of a PAP (`PAP:GREEN`), from the `xw_misp_tag` column of the pap codelist. */
export function papTag(pap: string): MispTag {
  const row = papCodelist.rows.find((r) => r.code === pap);
  return { name: firstTag(row?.xw_misp_tag) ?? `PAP:${pap.toUpperCase()}`, exportable: true };
}

/** The admiralty-scale tag of a source reliability code, from the `xw_misp_taxonomy` column. */
export function reliabilityTag(code: string): MispTag | undefined {
  const name = sourceReliabilityCodelist.rows.find((r) => r.code === code)?.xw_misp_taxonomy;
  return name ? { name, exportable: true } : undefined;
}

const lower = (s: string) => s.toLowerCase();

/** Lower-cased tag → code, from a crosswalk column listing tags separated by `|`. */
function tagIndex(rows: ReadonlyArray<{ code: string; [column: string]: string }>, column: string): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) for (const tag of (row[column] ?? '').split('|')) if (tag.trim() !== '') index.set(lower(tag.trim()), row.code);
  return index;
}
const TLP_BY_TAG = tagIndex(tlpCodelist.rows, 'xw_misp_tag');
const PAP_BY_TAG = tagIndex(papCodelist.rows, 'xw_misp_tag');
const RELIABILITY_BY_TAG = tagIndex(sourceReliabilityCodelist.rows, 'xw_misp_taxonomy');

/** The TLP a tag names (`tlp:white` reads as clear), if it is a TLP tag. */
export function tlpOfTag(name: string): Tlp | undefined {
  return TLP_BY_TAG.get(lower(name.trim())) as Tlp | undefined;
}

/** The PAP a tag names (`PAP:WHITE` reads as clear), if it is a PAP tag. */
export function papOfTag(name: string): string | undefined {
  return PAP_BY_TAG.get(lower(name.trim()));
}

/** The source reliability code an admiralty-scale tag names. */
export function reliabilityOfTag(name: string): string | undefined {
  return RELIABILITY_BY_TAG.get(lower(name.trim()));
}

/**
 * How a GPOS relationship type is written as a MISP object reference. MISP's relationship registry mostly names one
 * direction (`owns`, `resolves-to`, `impersonates`), so an inverse type with an empty `xw_misp_relationship` cell
 * (`controlled_by`, `resolved_from`, `impersonated_by`) is written as its inverse's type from the other end:
 * `reversed` says to start the reference at the GPOS target. Undefined when neither the type nor its inverse has one.
 */
export const mispRelationshipOf = (type: string): RelationshipOut | undefined => relationshipOut(type, 'xw_misp_relationship');

/** The GPOS relationship type of a MISP relationship type: the first code whose crosswalk names it and fits the ends' families. */
export const gposRelationshipOf = (type: string, ends?: { source?: string; target?: string }): string | undefined => relationshipIn(type, 'xw_misp_relationship', ends);

/** The MISP sighting type of a GPOS verdict (`xw_misp_sighting`). */
export function mispSightingTypeOf(verdict: string): string | undefined {
  return sightingVerdictCodelist.rows.find((r) => r.code === verdict)?.xw_misp_sighting || undefined;
}

/** The GPOS verdict of a MISP sighting type: 0 seen, 1 false positive, 2 expired, 3 confirmed. */
export const VERDICT_OF_SIGHTING_TYPE: Readonly<Record<string, string>> = { '0': 'seen', '1': 'false_positive', '2': 'expired', '3': 'confirmed' };

/** A deterministic MISP UUID for a name under the GPOS MISP namespace. */
export function mispUuid(name: string): string {
  return uuidv5(name, GPOS_MISP_NAMESPACE);
}

/** The UUID of a GPOS id (`indicator--<uuid>` → `<uuid>`): a GPOS record keeps its UUID in MISP. */
export function uuidOfGposId(id: string): string {
  return id.slice(id.indexOf('--') + 2);
}

/** The UUID MISP gives an organisation reference (`TH-GOV:aoc1441`): the same everywhere. */
export function orgUuid(orgRef: string): string {
  return mispUuid(`org:${orgRef}`);
}

/** GPOS timestamp (or date) → MISP Unix seconds as a decimal string. */
export function unixOf(value: string): string {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isFinite(ms) ? String(Math.floor(ms / 1000)) : '0';
}

/** MISP Unix seconds → GPOS timestamp, or undefined when it is not a number. */
export function isoOfUnix(value: unknown): string | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  // up to the end of year 9999: beyond that no RFC 3339 timestamp exists (and Date cannot print one)
  if (!Number.isFinite(n) || n <= 0 || n > 253_402_300_799) return undefined;
  return new Date(n * 1000).toISOString().replace('.000Z', 'Z');
}

/** Crypto-asset symbols of the chains whose symbol says the chain, both ways. */
export const SYMBOL_OF_CHAIN: Readonly<Record<string, string>> = {
  'bip122:000000000019d6689c085ae165831e93': 'BTC',
  'bip122:12a765e31ffd4059bada1e25190f6e98': 'LTC',
  'eip155:1': 'ETH',
  'eip155:56': 'BSC',
  'tron:0x2b6653dc': 'TRX',
  'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp': 'SOL',
};
export const CHAIN_OF_SYMBOL: Readonly<Record<string, string>> = { ...Object.fromEntries(Object.entries(SYMBOL_OF_CHAIN).map(([chain, symbol]) => [symbol, chain])), TRON: 'tron:0x2b6653dc' };

/** Platforms whose accounts are messaging accounts; other platforms' accounts are social media accounts. */
export const MESSAGING_PLATFORMS: ReadonlySet<string> = new Set(['messenger', 'whatsapp', 'line', 'telegram', 'wechat', 'viber', 'zalo', 'signal', 'discord', 'imessage']);

/** The account-type prefixes of `user-account` objects for payment accounts, which MISP has no template for. */
export const ACCOUNT_TYPE_PREFIX = { payment_proxy: 'payment-proxy:', ewallet_account: 'e-wallet:', vasp_account: 'vasp:' } as const;
