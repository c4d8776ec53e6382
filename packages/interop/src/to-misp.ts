import type { Bundle, BundleRecord, GposRecord, Indicator, Observable, Operation, Organization, Relationship, Sighting, VictimCase } from '@gpos/types';
import type { Loss } from './loss.js';
import {
  ACCOUNT_TYPE_PREFIX,
  DISTRIBUTION_OF_TLP,
  MESSAGING_PLATFORMS,
  MISP_CATEGORY,
  MISP_TEMPLATES,
  SYMBOL_OF_CHAIN,
  mispRelationshipOf,
  mispSightingTypeOf,
  mispUuid,
  orgUuid,
  papTag,
  reliabilityTag,
  tlpTag,
  unixOf,
  uuidOfGposId,
  type MispAttribute,
  type MispEvent,
  type MispEventDocument,
  type MispObject,
  type MispObjectReference,
  type MispSighting,
  type MispTag,
} from './misp.js';
import { typologyMachineTag } from './misp-taxonomy.js';
import { displayText } from './to-stix.js';
import type { Tlp } from './tlp.js';

export interface ToMispOptions {
  /**
   * Names the event(s) the records go to, so that re-exports update them. The event of each source organisation is
   * UUIDv5 of this key and the source: the same key and source, the same event. Default `gpos`: one event per
   * source organisation that grows as it re-exports.
   */
  readonly eventKey?: string;
  /** The event's `info` line. Default `GPOS records from <source>`. */
  readonly info?: string;
  /** MISP threat level: 1 high, 2 medium, 3 low, 4 undefined (default). */
  readonly threatLevel?: '1' | '2' | '3' | '4';
  /** MISP analysis: 0 initial, 1 ongoing, 2 complete (default). */
  readonly analysis?: '0' | '1' | '2';
}

export interface ToMispResult {
  /** One MISP event per source organisation (MISP events have one creator), in the order the sources first appear. */
  readonly events: MispEventDocument[];
  /** What could not be carried, per GPOS record. */
  readonly losses: readonly Loss[];
}

type Pair = readonly [relation: string, value: string];
interface Shape {
  template: string;
  attributes: Pair[];
  /** Kinds with no template: one attribute of this type, its comment naming the GPOS kind. */
  standalone?: undefined;
}
interface Standalone {
  template?: undefined;
  standalone: { type: string; value: string };
}

/** Fields every family carries into MISP: the UUID, timestamp (modified), creator org, TLP and PAP tags, labels, revocation. */
const COMMON_HELD = ['type', 'id', 'spec_version', 'modified', 'source', 'tlp', 'pap', 'labels', 'revoked', 'source_reliability'];
const HELD: Readonly<Record<string, readonly string[]>> = {
  indicator: [...COMMON_HELD, 'observable', 'typology', 'actionable', 'first_seen', 'last_seen', 'description'],
  operation: [...COMMON_HELD, 'name', 'aliases', 'kind', 'description', 'typology', 'first_seen', 'last_seen'],
  organization: [...COMMON_HELD, 'name', 'kind', 'description', 'website', 'identifier'],
  case: [...COMMON_HELD, 'scam_type', 'secondary_scam_types', 'payments'],
  relationship: ['type', 'id', 'spec_version', 'modified', 'relationship_type', 'source_ref', 'target_ref', 'description', 'revoked'],
  sighting: ['type', 'id', 'spec_version', 'modified', 'source', 'indicator_ref', 'observable_id', 'observed_by', 'last_seen', 'verdict'],
};

const REQUIRED_BY_FAMILY: Readonly<Record<string, string>> = { indicator: 'observable', case: 'intake', commitment: 'pillars', organization: 'identifier', operation: 'kind', relationship: 'relationship_type', sighting: 'verdict', statistic: 'measure' };

/** Records whose UUID another record of the same export already holds → the UUID they get instead (reset per call). */
const UUID_OF = new Map<string, string>();
const recordUuid = (id: string) => UUID_OF.get(id) ?? uuidOfGposId(id);

const TLP_ORDER: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

/**
 * The MISP object (or, for kinds no template fits, the single attribute) an observable becomes. Values go in
 * the template's typed slots; where a slot cannot hold the context GPOS needs (a chain, a country, a provider), the
 * value is written in its GPOS canonical form, which carries that context as a prefix.
 */
export function observableToMisp(observable: Observable): Shape | Standalone | undefined {
  const value = observable.canonical;
  if (value === undefined) return undefined;
  const a = (observable.attributes ?? {}) as Record<string, string | undefined>;
  const afterColon = value.slice(value.indexOf(':') + 1);
  switch (observable.kind) {
    case 'url':
      return { template: 'url', attributes: [['url', value]] };
    case 'domain':
      return { template: 'domain-ip', attributes: [['domain', value]] };
    case 'hostname':
      return { template: 'domain-ip', attributes: [['hostname', value]] };
    case 'ip_address':
      return { template: 'domain-ip', attributes: [['ip', value]] };
    case 'email_address':
      return { template: 'email', attributes: [['from', value]] };
    case 'phone_number':
      return { template: 'phone-number', attributes: [['phone-number', value], ...(a.country ? ([['country-code', a.country]] as Pair[]) : [])] };
    case 'sms_sender_id':
      // the sender as handsets show it; a sender id is only unique within its country, so the canonical CC:SENDER form
      return { template: 'short-message-service', attributes: [['from', value]] };
    case 'message_template':
      return { template: 'short-message-service', attributes: [['body', value]] };
    case 'iban':
      return { template: 'bank-account', attributes: [['iban', value]] };
    case 'bank_account': {
      const pairs: Pair[] = [['account', a.account_number ?? afterColon]];
      if (a.institution_id) pairs.push(/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(a.institution_id) ? ['swift', a.institution_id] : ['institution-code', a.institution_id]);
      if (a.institution_name) pairs.push(['institution-name', a.institution_name]);
      // bank-account has no country: the canonical CC:BANK:ACCOUNT form in its text keeps it
      pairs.push(['text', value]);
      return { template: 'bank-account', attributes: pairs };
    }
    case 'payment_proxy':
    case 'ewallet_account':
    case 'vasp_account': {
      const colon = value.indexOf(':');
      return { template: 'user-account', attributes: [['account-type', `${ACCOUNT_TYPE_PREFIX[observable.kind]}${value.slice(0, colon)}`], ['user-id', value.slice(colon + 1)]] };
    }
    case 'payment_card':
      return { template: 'credit-card', attributes: [['cc-number', value], ...(a.bin ? ([['iin', a.bin]] as Pair[]) : [])] };
    case 'crypto_address': {
      const chain = a.chain_id ?? '';
      const address = a.address ?? afterColon;
      const symbol = SYMBOL_OF_CHAIN[chain];
      if (symbol === 'BTC') return { template: 'coin-address', attributes: [['address', address], ['symbol', symbol]] };
      if (chain.startsWith('monero:')) return { template: 'coin-address', attributes: [['address-xmr', address], ['symbol', 'XMR']] };
      // a chain no symbol names travels as CAIP-10 (chain_id:address)
      return { template: 'coin-address', attributes: symbol ? [['address-crypto', address], ['symbol', symbol]] : [['address-crypto', value]] };
    }
    case 'crypto_transaction': {
      const symbol = SYMBOL_OF_CHAIN[a.chain_id ?? ''];
      return { template: 'cryptocurrency-transaction', attributes: symbol && a.tx_hash ? [['transaction-number', a.tx_hash], ['symbol', symbol]] : [['transaction-number', value]] };
    }
    case 'social_media_account':
    case 'messaging_account': {
      const colon = value.indexOf(':');
      const platform = value.slice(0, colon);
      const id = value.slice(colon + 1);
      const handle = id.startsWith('@') ? id.slice(1) : undefined;
      if (platform === 'telegram') return { template: 'telegram-account', attributes: [handle ? ['username', handle] : /^\+\d+$/.test(id) ? ['phone', id] : ['id', id]] };
      if (platform === 'facebook' || platform === 'instagram') return { template: `${platform}-account`, attributes: [handle ? ['account-name', handle] : ['account-id', id]] };
      return { template: 'user-account', attributes: [['account-type', platform], handle ? ['username', handle] : ['user-id', id]] };
    }
    case 'mobile_app':
      if (value.startsWith('android:')) return { template: 'android-app', attributes: [['appid', afterColon]] };
      return { standalone: { type: 'mobile-application-id', value } };
    case 'file':
      return { template: 'file', attributes: [['sha256', value]] };
    case 'online_ad':
      return { standalone: { type: 'text', value } };
    default:
      return undefined;
  }
}

/** The comment that names the GPOS kind of a standalone attribute, so an importer can tell what it holds. */
export const STANDALONE_COMMENT_PREFIX = 'GPOS ';

interface Built {
  source: string;
  tlp: Tlp;
  tags: MispTag[];
  objects: MispObject[];
  attributes: MispAttribute[];
}

/**
 * GPOS records (or a GPOS bundle) as MISP core format events: one event per source organisation, its `Orgc` that
 * organisation. Indicators become objects of the MISP template for their kind (phone-number, bank-account,
 * coin-address, url, domain-ip, telegram-account…), operations and organisations `organization` objects, cases
 * `victim` objects; relationships become object references, sightings MISP sightings of the indicator's value.
 * TLP, PAP and source reliability travel as tags (`tlp:amber+strict`, `PAP:GREEN`, `admiralty-scale:…`), typology as
 * tags of the GPOS MISP taxonomy (`gpos-typology:investment="relationship"`), and TLP also as the distribution level.
 * Pure and deterministic: a record keeps its UUID in MISP and everything else gets a UUIDv5, so re-exporting
 * updates a MISP instance instead of duplicating. What MISP cannot hold is listed in `losses`, field by field.
 */
export function toMisp(input: Bundle | readonly BundleRecord[], options: ToMispOptions = {}): ToMispResult {
  UUID_OF.clear();
  const records: readonly BundleRecord[] = Array.isArray(input) ? input : (input as Bundle).records;
  const losses: Loss[] = [];
  const lose = (object: string, pointer: string, code: Loss['code'], message: string) => losses.push({ object, pointer, code, message });
  // the latest version of each record, as a consumer keeps it
  const latest = new Map<string, GposRecord>();
  for (const r of records) {
    const key = REQUIRED_BY_FAMILY[r.type];
    if (key === undefined || !(key in r)) {
      lose(r.id, '', 'no_counterpart', 'A minimal retraction has no MISP form: MISP revokes an object by re-sending it whole with deleted: true.');
      continue;
    }
    const held = latest.get(r.id);
    if (!held || held.modified < (r as GposRecord).modified) latest.set(r.id, r as GposRecord);
  }
  // a record keeps its UUID in MISP, so the importer gets its id back; GPOS ids are unique with their family prefix only,
  // so when two records of one export share a UUID, the later family's record gets a UUIDv5 of its id instead
  const FAMILY_ORDER = ['indicator', 'operation', 'organization', 'case', 'relationship', 'sighting'];
  const claimed = new Set<string>();
  for (const record of [...latest.values()].sort((a, b) => FAMILY_ORDER.indexOf(a.type) - FAMILY_ORDER.indexOf(b.type))) {
    const uuid = uuidOfGposId(record.id);
    if (!claimed.has(uuid)) {
      claimed.add(uuid);
      continue;
    }
    UUID_OF.set(record.id, mispUuid(record.id));
    lose(record.id, '/id', 'property_dropped', `Another record of this export has the UUID ${uuid}; in MISP this ${record.type} is ${mispUuid(record.id)}, so it comes back under another id.`);
  }
  const events = new Map<string, Built>();
  const eventOf = (source: string): Built => {
    let e = events.get(source);
    if (!e) events.set(source, (e = { source, tlp: 'clear', tags: [], objects: [], attributes: [] }));
    return e;
  };
  /** GPOS id (record or observable) → where it went: its object, its value attribute, its event. */
  const placed = new Map<string, { event: Built; object?: MispObject; value: MispAttribute }>();

  for (const record of latest.values()) {
    const held = HELD[record.type];
    if (!held) {
      lose(record.id, '', 'no_counterpart', `MISP has no object for a GPOS ${record.type}; it is not exported.`);
      continue;
    }
    if (record.type === 'relationship' || record.type === 'sighting') continue;
    const event = eventOf(record.source);
    const made = record.type === 'indicator' ? indicatorToMisp(record, lose) : record.type === 'case' ? caseToMisp(record, lose) : record.type === 'operation' ? operationToMisp(record) : organizationToMisp(record as Organization);
    if (!made) continue;
    if (TLP_ORDER.indexOf(record.tlp) > TLP_ORDER.indexOf(event.tlp)) event.tlp = record.tlp;
    droppedFields(record, held, lose);
    if ('object' in made) {
      event.objects.push(made.object, ...(made.also ?? []));
      placed.set(record.id, { event, object: made.object, value: made.object.Attribute[0]! });
    } else {
      event.attributes.push(made.attribute);
      placed.set(record.id, { event, value: made.attribute });
    }
    if (record.type === 'indicator' && record.observable.id && !placed.has(record.observable.id)) placed.set(record.observable.id, placed.get(record.id)!);
    for (const code of record.type === 'indicator' || record.type === 'operation' ? (record.typology ?? []) : record.type === 'case' ? [record.scam_type, ...(record.secondary_scam_types ?? [])] : []) {
      const name = typologyMachineTag(code);
      if (!event.tags.some((t) => t.name === name)) event.tags.push({ name, colour: '#0088cc', exportable: true });
    }
  }

  for (const record of latest.values()) {
    if (record.type === 'relationship') relationshipToMisp(record, placed, lose);
    else if (record.type === 'sighting') sightingToMisp(record, placed, lose);
  }
  for (const record of latest.values()) if (record.type === 'relationship' || record.type === 'sighting') droppedFields(record, HELD[record.type]!, lose);

  const documents = [...events.values()].map((e) => eventDocument(e, latest, options));
  return { events: documents, losses };
}

function droppedFields(record: GposRecord, held: readonly string[], lose: (o: string, p: string, c: Loss['code'], m: string) => void): void {
  for (const [key, value] of Object.entries(record)) {
    if (held.includes(key) || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    lose(record.id, `/${key}`, 'property_dropped', `MISP has no field for a ${record.type}'s ${key}; it is not exported.`);
  }
  if (held.includes('description') && 'description' in record) lossIfMultilingual(record, lose);
}

function lossIfMultilingual(record: GposRecord, lose: (o: string, p: string, c: Loss['code'], m: string) => void): void {
  const text = (record as { description?: unknown }).description;
  if (typeof text === 'object' && text !== null && Object.keys(text).filter((k) => k !== 'original_language').length > 1)
    lose(record.id, '/description', 'text_flattened', 'MISP holds one language of the description (as a comment); the others are not exported.');
}

function eventDocument(e: Built, records: ReadonlyMap<string, GposRecord>, options: ToMispOptions): MispEventDocument {
  const mine = [...records.values()].filter((r) => r.source === e.source && r.type !== 'relationship' && r.type !== 'sighting');
  const created = mine.map((r) => r.created ?? r.modified).sort()[0] ?? '1970-01-01';
  const timestamps = [...e.objects.map((o) => Number(o.timestamp)), ...e.attributes.map((a) => Number(a.timestamp))];
  const distributions = [...e.objects.map((o) => o.distribution), ...e.attributes.map((a) => a.distribution)];
  const org = { id: '0', name: e.source, uuid: orgUuid(e.source) };
  const attributeCount = e.attributes.length + e.objects.reduce((n, o) => n + o.Attribute.length, 0);
  const event: MispEvent = {
    uuid: mispUuid(`event:${options.eventKey ?? 'gpos'}:${e.source}`),
    info: options.info ?? `GPOS records from ${e.source}`,
    date: created.slice(0, 10),
    published: false,
    timestamp: String(Math.max(0, ...timestamps)),
    publish_timestamp: '0',
    first_publication: '0',
    org_id: '0',
    orgc_id: '0',
    // distribution is access control, and MISP applies the narrower of event and object: the event is as open as its most open record
    distribution: distributions.sort().at(-1) ?? '0',
    sharing_group_id: '0',
    threat_level_id: options.threatLevel ?? '4',
    analysis: options.analysis ?? '2',
    attribute_count: String(attributeCount),
    Orgc: org,
    Org: { ...org },
    // and the event's TLP tag is its strictest record's, for consumers that read only event tags
    Tag: [tlpTag(e.tlp), ...e.tags],
    Attribute: e.attributes,
    Object: e.objects,
  };
  return { Event: event };
}

/** Tags every attribute of a record carries: its TLP, PAP, source reliability, typology and labels. */
function recordTags(record: GposRecord, typology: readonly string[]): MispTag[] {
  const r = record as GposRecord & { pap?: string; source_reliability?: string; labels?: string[] };
  const tags: MispTag[] = [tlpTag(r.tlp)];
  if (r.pap) tags.push(papTag(r.pap));
  const reliability = r.source_reliability ? reliabilityTag(r.source_reliability) : undefined;
  if (reliability) tags.push(reliability);
  for (const code of typology) tags.push({ name: typologyMachineTag(code), colour: '#0088cc', exportable: true });
  for (const label of r.labels ?? []) tags.push({ name: label, exportable: true });
  return tags;
}

function attribute(record: GposRecord, relation: string | undefined, type: string, value: string, extra: Partial<MispAttribute> = {}): MispAttribute {
  const a: MispAttribute = {
    uuid: relation === undefined ? recordUuid(record.id) : mispUuid(`${record.id}#${relation}`),
    type,
    category: MISP_CATEGORY[type] ?? 'Other',
    value,
    to_ids: false,
    event_id: '0',
    distribution: '5',
    sharing_group_id: '0',
    timestamp: unixOf(record.modified),
    deleted: record.revoked === true,
    ...extra,
  };
  if (relation !== undefined) a.object_relation ??= relation;
  return a;
}

function object(record: GposRecord, template: string, pairs: readonly Pair[], tags: MispTag[], extra: Partial<MispObject> = {}, valueExtra: Partial<MispAttribute> = {}, comment?: string): MispObject {
  const t = MISP_TEMPLATES[template]!;
  const o: MispObject = {
    uuid: recordUuid(record.id),
    name: template,
    'meta-category': t.metaCategory,
    description: t.description,
    template_uuid: t.uuid,
    template_version: String(t.version),
    timestamp: unixOf(record.modified),
    distribution: DISTRIBUTION_OF_TLP[record.tlp],
    sharing_group_id: '0',
    deleted: record.revoked === true,
    Attribute: pairs.map(([relation, value], i) => {
      // a relation written several times (aliases) gets one UUID per occurrence, the first the plain one
      const n = pairs.slice(0, i).filter(([r]) => r === relation).length;
      return attribute(record, n === 0 ? relation : `${relation}#${n}`, t.attributes[relation]!, value, { object_relation: relation, ...(i === 0 ? valueExtra : { disable_correlation: true }), Tag: tags.map((tag) => ({ ...tag })) });
    }),
    ...extra,
  };
  if (comment) o.comment = comment;
  return o;
}

type Made = { object: MispObject; also?: MispObject[] } | { attribute: MispAttribute };

function indicatorToMisp(record: Indicator, lose: (o: string, p: string, c: Loss['code'], m: string) => void): Made | undefined {
  const tags = recordTags(record, record.typology ?? []);
  const seen: Partial<MispAttribute> = {};
  if (record.first_seen) seen.first_seen = record.first_seen;
  if (record.last_seen) seen.last_seen = record.last_seen;
  const valueExtra: Partial<MispAttribute> = { to_ids: record.actionable ?? false, ...seen };
  const comment = displayText(record.description);
  const shape = observableToMisp(record.observable);
  if (!shape) {
    if (record.observable.pseudonym) {
      // MISP's anonymised type holds a value that is not the original; the pseudonym cannot be matched without the community key
      lose(record.id, '/observable/pseudonym', 'property_dropped', 'MISP has no pseudonym: the keyed pseudonym travels as an "anonymised" attribute, without its key id or algorithm.');
      return { attribute: attribute(record, undefined, 'anonymised', record.observable.pseudonym.value, { ...valueExtra, distribution: DISTRIBUTION_OF_TLP[record.tlp], comment: `${STANDALONE_COMMENT_PREFIX}${record.observable.kind} (pseudonymised)`, Tag: tags }) };
    }
    lose(record.id, '/observable', 'no_counterpart', `A ${record.observable.kind} observable has no MISP form; the indicator is not exported.`);
    return undefined;
  }
  if (shape.standalone) {
    return { attribute: attribute(record, undefined, shape.standalone.type, shape.standalone.value, { ...valueExtra, distribution: DISTRIBUTION_OF_TLP[record.tlp], comment: `${STANDALONE_COMMENT_PREFIX}${record.observable.kind}${comment ? `: ${comment}` : ''}`, Tag: tags }) };
  }
  if (record.observable.kind === 'payment_card') lose(record.id, '/observable/attributes', 'property_dropped', 'MISP keeps the masked card number and BIN; the card network and issuer country are not exported.');
  return { object: object(record, shape.template, shape.attributes, tags, { ...seen }, valueExtra, comment) };
}

function operationToMisp(record: Operation): Made {
  const pairs: Pair[] = [['name', displayText(record.name) ?? record.id]];
  for (const alias of record.aliases ?? []) {
    const text = displayText(alias);
    if (text) pairs.push(['alias', text]);
  }
  pairs.push(['type-of-organization', record.kind], ['role', 'Culprit']);
  const description = displayText(record.description);
  if (description) pairs.push(['description', description]);
  const seen: Partial<MispObject> = {};
  if (record.first_seen) seen.first_seen = record.first_seen;
  if (record.last_seen) seen.last_seen = record.last_seen;
  return { object: object(record, 'organization', pairs, recordTags(record, record.typology ?? []), seen) };
}

function organizationToMisp(record: Organization): Made {
  const pairs: Pair[] = [['name', displayText(record.name) ?? record.identifier], ['alias', record.identifier], ['type-of-organization', record.kind]];
  const description = displayText(record.description);
  if (description) pairs.push(['description', description]);
  if (record.website) pairs.push(['contact_information', record.website]);
  return { object: object(record, 'organization', pairs, recordTags(record, [])) };
}

const VICTIM_CLASSIFICATION: Readonly<Record<string, string>> = { individual: 'individual', micro_enterprise: 'organization', sme: 'organization', charity: 'organization', public_body: 'organization', other_org: 'organization' };

function caseToMisp(record: VictimCase, lose: (o: string, p: string, c: Loss['code'], m: string) => void): Made {
  const victim = record.victim as { victim_type?: string; country_of_residence?: string } | undefined;
  const pairs: Pair[] = [['classification', VICTIM_CLASSIFICATION[victim?.victim_type ?? ''] ?? 'unknown']];
  // the victim template needs a region (or a name or sector, which a case never shares): where the victim lives, else where the case was reported
  pairs.push(['regions', victim?.country_of_residence ?? record.intake.jurisdiction]);
  pairs.push(['description', `Victim case (${record.scam_type}), status ${record.status}`]);
  const tags = recordTags(record, [record.scam_type, ...(record.secondary_scam_types ?? [])]);
  const victimObject = object(record, 'victim', pairs, tags);
  const also = (record.payments ?? []).map((payment, i) => paymentToMisp(record, payment, i, tags, lose));
  if (also.length > 0) victimObject.ObjectReference = also.map((t, i) => ({ uuid: mispUuid(`${record.id}#payments/${i}#reference`), object_uuid: victimObject.uuid, referenced_uuid: t.uuid, referenced_type: '1', relationship_type: 'related-to', timestamp: victimObject.timestamp, deleted: victimObject.deleted }));
  return { object: victimObject, also };
}

type Payment = NonNullable<VictimCase['payments']>[number];
/** What a payment has that the MISP transaction template holds (the rest is reported, per payment). */
const PAYMENT_HELD = new Set(['amount', 'executed_at', 'transaction_ref', 'method', 'rail', 'payment_ref']);

/**
 * One payment of a case as a MISP `transaction` object (misp-objects `objects/transaction`): `amount` (the decimal and
 * its currency or CAIP-19 asset, in one text as the template holds it), `date` (executed_at), `transaction-number`
 * (transaction_ref, only at TLP:AMBER and stricter), `transmode-code` (the payment_method code) and `text` (the rail and the source's payment
 * reference). Its UUID is derived from the case id and the payment's position, so a re-export updates it.
 */
function paymentToMisp(record: VictimCase, payment: Payment, i: number, tags: MispTag[], lose: (o: string, p: string, c: Loss['code'], m: string) => void): MispObject {
  const amount = payment.amount as { amount: string; currency?: string; asset?: string };
  const pairs: Pair[] = [['amount', `${amount.amount} ${amount.currency ?? amount.asset ?? ''}`.trim()]];
  if (payment.executed_at) pairs.push(['date', payment.executed_at]);
  // the payment reference is personal data the standard allows at TLP:AMBER and stricter only (x-gpos-personal-data)
  if (payment.transaction_ref && TLP_ORDER.indexOf(record.tlp) >= TLP_ORDER.indexOf('amber')) pairs.push(['transaction-number', payment.transaction_ref]);
  else if (payment.transaction_ref) lose(record.id, `/payments/${i}/transaction_ref`, 'property_dropped', 'A payment reference is personal data shared at TLP:AMBER or stricter only; this case is below, so it is not exported.');
  if (payment.method) pairs.push(['transmode-code', payment.method]);
  const text = [payment.rail ? `rail ${payment.rail}` : undefined, payment.payment_ref ? `payment ${payment.payment_ref}` : undefined].filter((t) => t !== undefined).join(', ');
  if (text) pairs.push(['text', text]);
  for (const key of Object.keys(payment)) if (!PAYMENT_HELD.has(key)) lose(record.id, `/payments/${i}/${key}`, 'property_dropped', `The MISP transaction template has no field for a payment's ${key}; it is not exported.`);
  const o = object({ ...record, id: `${record.id}#payments/${i}` } as VictimCase, 'transaction', pairs, tags);
  // not the case's UUID (object() takes the UUID of the record id), but one of its own
  o.uuid = mispUuid(`${record.id}#payments/${i}`);
  return o;
}

function relationshipToMisp(record: Relationship, placed: ReadonlyMap<string, { event: Built; object?: MispObject; value: MispAttribute }>, lose: (o: string, p: string, c: Loss['code'], m: string) => void): void {
  const mapped = mispRelationshipOf(record.relationship_type) ?? { type: 'related-to', reversed: false };
  // an inverse type MISP has no name for is written as its inverse, from the GPOS target to the GPOS source
  const [fromRef, toRef, fromPointer, toPointer] = mapped.reversed
    ? [record.target_ref, record.source_ref, '/target_ref', '/source_ref']
    : [record.source_ref, record.target_ref, '/source_ref', '/target_ref'];
  const source = placed.get(fromRef);
  const target = placed.get(toRef);
  if (!source || !target) {
    lose(record.id, source ? toPointer : fromPointer, 'unresolved_reference', `${source ? toRef : fromRef} is not among the exported records, so the reference cannot be written.`);
    return;
  }
  if (!source.object) {
    lose(record.id, fromPointer, 'no_counterpart', `MISP references start from an object; ${mapped.reversed ? `written as "${mapped.type}" from the other end, the reference would start at the target, which` : 'the source'} was exported as a single attribute, so the relationship is not exported.`);
    return;
  }
  if (source.event !== target.event) {
    lose(record.id, toPointer, 'unresolved_reference', 'The two ends are in events of different source organisations; MISP references stay within one event.');
    return;
  }
  if (mapped.reversed)
    lose(record.id, '/relationship_type', 'reference_reversed', `MISP names only the other direction of ${record.relationship_type}: the reference is written as "${mapped.type}" from ${record.target_ref} to ${record.source_ref}, and reads back as the inverse type with the ends swapped.`);
  const reference: MispObjectReference = {
    uuid: recordUuid(record.id),
    object_uuid: source.object.uuid,
    referenced_uuid: target.object?.uuid ?? target.value.uuid,
    referenced_type: target.object ? '1' : '0',
    relationship_type: mapped.type,
    timestamp: unixOf(record.modified),
    deleted: record.revoked === true,
  };
  const comment = displayText(record.description);
  if (comment) reference.comment = comment;
  (source.object.ObjectReference ??= []).push(reference);
  if (record.source_ref.startsWith('observable--') || record.target_ref.startsWith('observable--'))
    lose(record.id, record.source_ref.startsWith('observable--') ? '/source_ref' : '/target_ref', 'property_dropped', 'MISP has no observable apart from the objects holding it: the reference points at the object of an indicator of that observable.');
}

function sightingToMisp(record: Sighting, placed: ReadonlyMap<string, { event: Built; object?: MispObject; value: MispAttribute }>, lose: (o: string, p: string, c: Loss['code'], m: string) => void): void {
  const of = record.indicator_ref ? placed.get(record.indicator_ref) : record.observable_id ? placed.get(record.observable_id) : undefined;
  if (!of) {
    lose(record.id, record.indicator_ref ? '/indicator_ref' : '/observable_id', 'unresolved_reference', 'A MISP sighting is of an attribute; no exported indicator holds what this sighting saw, so it is not exported.');
    return;
  }
  const type = mispSightingTypeOf(record.verdict);
  if (type === undefined) {
    lose(record.id, '/verdict', 'no_counterpart', `MISP has no sighting type for the verdict ${record.verdict}; the sighting is not exported.`);
    return;
  }
  if (record.verdict === 'confirmed' || record.verdict === 'spoofed') lose(record.id, '/verdict', 'property_dropped', `MISP sighting type ${type} cannot say "${record.verdict}"; it reads back as ${type === '0' ? 'seen' : 'false_positive'}.`);
  if (record.first_seen && record.last_seen && record.first_seen !== record.last_seen) lose(record.id, '/first_seen', 'property_dropped', 'A MISP sighting has one date: the last time seen is kept.');
  const who = record.observed_by ?? record.source;
  const sighting: MispSighting = {
    uuid: recordUuid(record.id),
    attribute_uuid: of.value.uuid,
    type,
    date_sighting: unixOf(record.last_seen ?? record.first_seen ?? record.modified),
    source: record.source,
    Organisation: { name: who, uuid: orgUuid(who) },
  };
  (of.value.Sighting ??= []).push(sighting);
}

/** One entry of a MISP feed's manifest.json: what MISP lists before it fetches the event file. */
export interface MispFeedManifestEntry {
  info: string;
  Orgc: { name: string; uuid: string };
  Tag: Array<{ name: string; colour?: string }>;
  date: string;
  analysis: string;
  threat_level_id: string;
  timestamp: string;
}

/**
 * The files of a MISP feed ("MISP Feed" source format) holding these events: `manifest.json`, keyed by event UUID,
 * and one `<uuid>.json` per event. Serve the files from one directory over HTTPS (or a local path) and add it in
 * MISP under Sync Actions → Feeds; MISP pulls each event whose timestamp is newer than its copy, so re-exports update.
 */
export function mispFeed(events: readonly MispEventDocument[]): Record<string, string> {
  const manifest: Record<string, MispFeedManifestEntry> = {};
  const files: Record<string, string> = {};
  for (const { Event: e } of events) {
    manifest[e.uuid] = { info: e.info, Orgc: { name: e.Orgc.name, uuid: e.Orgc.uuid }, Tag: (e.Tag ?? []).map((t) => ({ name: t.name, ...(t.colour ? { colour: t.colour } : {}) })), date: e.date, analysis: e.analysis, threat_level_id: e.threat_level_id, timestamp: e.timestamp };
    files[`${e.uuid}.json`] = `${JSON.stringify({ Event: e })}\n`;
  }
  return { 'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`, ...files };
}
