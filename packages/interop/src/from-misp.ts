import { operationKindCodes, organizationKindCodes, platformCodes } from '@gpos/schema';
import { buildIndicator, buildOperation, buildRelationship, buildSighting, type BuildResult } from '@gpos/sdk';
import { normalize, type NormalizeOptions } from '@gpos/normalize';
import type { BundleRecord, Observable } from '@gpos/types';
import { depthExceeds } from './depth.js';
import type { Loss } from './loss.js';
import {
  ACCOUNT_TYPE_PREFIX,
  CHAIN_OF_SYMBOL,
  MESSAGING_PLATFORMS,
  TLP_OF_DISTRIBUTION,
  VERDICT_OF_SIGHTING_TYPE,
  gposRelationshipOf,
  isoOfUnix,
  mispUuid,
  papOfTag,
  reliabilityOfTag,
  tlpOfTag,
} from './misp.js';
import { MISP_TYPOLOGY_NAMESPACE } from './misp-taxonomy.js';
import { STANDALONE_COMMENT_PREFIX } from './to-misp.js';
import type { Tlp } from './tlp.js';
import { DEFAULT_IMPORT_LIMITS, type ImportError, type ImportLimits, type ImportResult } from './import.js';

/** Limits on what the importer reads; the defaults suit a large feed and stop hostile input early. */
export type FromMispLimits = ImportLimits;

export interface FromMispOptions {
  /** TLP for content with neither a `tlp:` tag nor a distribution level. Default `amber`: unmarked data is not assumed public. */
  readonly defaultTlp?: Tlp;
  /** The GPOS organisation reference of a MISP organisation whose name is not one. Default `MISP:<org uuid>`. */
  readonly sourceFor?: (org: { name?: string; uuid?: string }) => string | undefined;
  /** Source for events without an `Orgc`. Default `MISP:unknown`. */
  readonly defaultSource?: string;
  readonly limits?: FromMispLimits;
}

/** Why the importer refused the input as a whole. The codes are stable. */
export type MispInputErrorCode = 'invalid_json' | 'too_large' | 'too_deep' | 'too_many_objects' | 'not_misp_event' | 'invalid_object';

export type MispInputError = ImportError<MispInputErrorCode>;

export type FromMispResult = ImportResult<MispInputErrorCode>;

type Obj = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ORG_REF = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\s]+$/;
const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$/;
const TLP_ORDER: readonly Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
const PLATFORMS: ReadonlySet<string> = new Set(platformCodes);

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(code: MispInputErrorCode, pointer: string, message: string): FromMispResult {
  return { ok: false, error: { code, pointer, message } };
}

const list = (value: unknown): Obj[] => (Array.isArray(value) ? (value.filter(isObj) as Obj[]) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A GPOS id for a MISP UUID: the UUID itself when it is one (lower case), else a UUIDv5 of it. */
function gposId(family: string, uuid: unknown, fallback: string): string {
  const u = typeof uuid === 'string' ? uuid.toLowerCase() : '';
  return `${family}--${UUID.test(u) ? u : mispUuid(`${fallback}:${String(uuid)}`)}`;
}

/** A MISP first_seen/last_seen (ISO 8601 with any offset and up to microseconds) as a GPOS timestamp. */
function gposTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (TIMESTAMP.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace('.000Z', 'Z') : undefined;
}

/**
 * MISP core format as GPOS records: one event (`{"Event": …}`), a list of them, or a MISP REST search answer
 * (`{"response": [{"Event": …}]}`). Objects of the templates GPOS knows (phone-number, bank-account, coin-address,
 * url, domain-ip, user-account, telegram-account…) and attributes of the types it knows become indicators, their
 * values normalised through `@gpos/normalize`; `organization` objects with a culprit role become operations; object
 * references become relationships and MISP sightings become sightings. TLP comes from `tlp:` tags, else from the
 * distribution level (the rule is in TLP_OF_DISTRIBUTION). Every object, attribute, tag-less value or reference that
 * does not map is listed in `losses`, by its MISP UUID. Input that is not MISP JSON, or exceeds the limits, is refused
 * with a located error and a stable code; nothing is thrown.
 */
export function fromMisp(input: unknown, options: FromMispOptions = {}): FromMispResult {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  let value = input;
  if (typeof input === 'string') {
    if (input.length > limits.maxBytes) return fail('too_large', '', `The input is longer than ${limits.maxBytes} characters.`);
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      return fail('invalid_json', '', `The input is not JSON: ${(error as Error).message}`);
    }
  }
  const deep = depthExceeds(value, limits.maxDepth);
  if (deep !== undefined) return fail('too_deep', deep, `The input nests deeper than ${limits.maxDepth} levels.`);
  const wrappers: Array<[unknown, string]> = [];
  if (Array.isArray(value)) value.forEach((v, i) => wrappers.push([v, `/${i}`]));
  else if (isObj(value) && Array.isArray(value.response)) value.response.forEach((v, i) => wrappers.push([v, `/response/${i}`]));
  else wrappers.push([value, '']);
  const events: Array<[Obj, string]> = [];
  let count = 0;
  for (const [wrapper, at] of wrappers) {
    if (!isObj(wrapper) || !isObj(wrapper.Event)) return fail('not_misp_event', at, 'This is not a MISP event: MISP core format puts the event under "Event" ({"Event": {...}}).');
    const event = wrapper.Event;
    const pointer = `${at}/Event`;
    if (typeof event.info !== 'string' && typeof event.uuid !== 'string') return fail('not_misp_event', pointer, 'A MISP event has a "uuid" and an "info" line; this one has neither.');
    for (const key of ['Attribute', 'Object', 'Tag'] as const) if (event[key] !== undefined && !Array.isArray(event[key])) return fail('invalid_object', `${pointer}/${key}`, `The event's "${key}" is not a list.`);
    const attributes = (event.Attribute as unknown[] | undefined) ?? [];
    const objects = (event.Object as unknown[] | undefined) ?? [];
    count += attributes.length + objects.length;
    if (count > limits.maxObjects) return fail('too_many_objects', pointer, `The input holds more than ${limits.maxObjects} attributes and objects.`);
    for (const [i, a] of attributes.entries()) {
      const bad = badAttribute(a);
      if (bad) return fail('invalid_object', `${pointer}/Attribute/${i}${bad.at}`, bad.message);
    }
    for (const [i, o] of objects.entries()) {
      if (!isObj(o) || typeof o.name !== 'string') return fail('invalid_object', `${pointer}/Object/${i}`, 'A MISP object needs a "name" (its template).');
      if (o.Attribute !== undefined && !Array.isArray(o.Attribute)) return fail('invalid_object', `${pointer}/Object/${i}/Attribute`, 'A MISP object\'s "Attribute" is not a list.');
      count += ((o.Attribute as unknown[] | undefined) ?? []).length;
      if (count > limits.maxObjects) return fail('too_many_objects', pointer, `The input holds more than ${limits.maxObjects} attributes and objects.`);
      for (const [j, a] of ((o.Attribute as unknown[] | undefined) ?? []).entries()) {
        const bad = badAttribute(a);
        if (bad) return fail('invalid_object', `${pointer}/Object/${i}/Attribute/${j}${bad.at}`, bad.message);
      }
    }
    events.push([event, pointer]);
  }
  const importer = new Importer(options);
  for (const [event] of events) importer.event(event);
  return { ok: true, records: importer.records, losses: importer.losses };
}

function badAttribute(a: unknown): { at: string; message: string } | undefined {
  if (!isObj(a)) return { at: '', message: 'A MISP attribute is a JSON object.' };
  if (typeof a.type !== 'string') return { at: '/type', message: 'A MISP attribute needs a "type".' };
  if (typeof a.value !== 'string' && typeof a.value !== 'number') return { at: '/value', message: 'A MISP attribute needs a "value" string.' };
  return undefined;
}

/** One value GPOS can read, from one attribute: the kind and raw value to normalise, with context. */
interface Candidate {
  attribute: Obj;
  kind: Observable['kind'];
  raw: string;
  context?: NormalizeOptions;
}

/** What a template reader makes of an object: the values it reads, and the relations it used. */
interface Reading {
  candidates: Candidate[];
  used: Set<string>;
}

type Reader = (rel: (relation: string) => Obj[], object: Obj) => Reading;

const valueOf = (a: Obj) => String(a.value);

/** Readers of the object templates GPOS reads indicators from. */
const READERS: Readonly<Record<string, Reader>> = {
  url: (rel) => read(rel, [['url', 'url']]),
  'domain-ip': (rel) => read(rel, [['domain', 'domain'], ['hostname', 'hostname'], ['ip', 'ip_address']], ['first-seen', 'last-seen', 'port', 'text']),
  'ip-port': (rel) => read(rel, [['ip', 'ip_address'], ['ip-dst', 'ip_address'], ['ip-src', 'ip_address'], ['domain', 'domain'], ['hostname', 'hostname']], ['first-seen', 'last-seen', 'dst-port', 'src-port', 'protocol', 'text']),
  email: (rel) => read(rel, [['from', 'email_address'], ['reply-to', 'email_address'], ['return-path', 'email_address']]),
  'phone-number': (rel) => {
    const country = rel('country-code')[0];
    const context: NormalizeOptions = country && /^[A-Z]{2}$/.test(valueOf(country)) ? { defaultRegion: valueOf(country) as NormalizeOptions['defaultRegion'] } : {};
    return read(rel, [['phone-number', 'phone_number', context]], ['country-code', 'country-code-numeric', 'national-destination-code', 'subscriber-number', 'text']);
  },
  'short-message-service': (rel) => {
    const out = read(rel, [['name', 'sms_sender_id'], ['body', 'message_template']], ['sent-date', 'received-date']);
    // from is a phone number, or an alphanumeric sender id in its canonical CC:SENDER form
    for (const a of rel('from')) out.candidates.push({ attribute: a, kind: /^[A-Z]{2}:/.test(valueOf(a)) ? 'sms_sender_id' : 'phone_number', raw: valueOf(a) });
    if (rel('from').length > 0) out.used.add('from');
    return out;
  },
  'bank-account': (rel) => {
    const out = read(rel, [['iban', 'iban']]);
    const account = rel('account')[0];
    if (account) {
      const text = rel('text')[0];
      const institution = rel('swift')[0] ?? rel('institution-code')[0];
      // the exporter writes the canonical CC:BANK:ACCOUNT form in text, which holds the country the template lacks
      const canonical = text && normalize('bank_account', valueOf(text)).ok ? valueOf(text) : undefined;
      out.candidates.push({ attribute: account, kind: 'bank_account', raw: canonical ?? valueOf(account), context: institution ? { institution: valueOf(institution) } : {} });
      for (const r of ['account', 'text', 'swift', 'institution-code', 'institution-name']) out.used.add(r);
    }
    return out;
  },
  'user-account': (rel) => {
    const type = rel('account-type')[0];
    const id = rel('user-id')[0];
    const name = rel('username')[0];
    const used = new Set(['account-type', 'user-id', 'username', 'display-name', 'description']);
    if (!type || (!id && !name)) return { candidates: [], used: new Set() };
    const t = valueOf(type);
    for (const [kind, prefix] of Object.entries(ACCOUNT_TYPE_PREFIX) as Array<[Observable['kind'], string]>) {
      if (t.startsWith(prefix) && id) return { candidates: [{ attribute: id, kind, raw: `${t.slice(prefix.length)}:${valueOf(id)}` }], used };
    }
    const platform = t.toLowerCase();
    if (!PLATFORMS.has(platform)) return { candidates: [], used: new Set() };
    const kind = MESSAGING_PLATFORMS.has(platform) ? 'messaging_account' : 'social_media_account';
    const primary = id ?? name!;
    return { candidates: [{ attribute: primary, kind, raw: id ? `${platform}:${valueOf(id)}` : `${platform}:@${valueOf(name!).replace(/^@/, '')}`, context: { platform } }], used: id && name ? new Set([...used].filter((r) => r !== 'username')) : used };
  },
  'telegram-account': (rel) => account(rel, 'telegram', 'messaging_account', 'id', 'username', 'phone'),
  'facebook-account': (rel) => account(rel, 'facebook', 'social_media_account', 'account-id', 'account-name'),
  'instagram-account': (rel) => account(rel, 'instagram', 'social_media_account', 'account-id', 'account-name'),
  'coin-address': (rel) => {
    const symbol = rel('symbol')[0];
    const chain = symbol ? CHAIN_OF_SYMBOL[valueOf(symbol).toUpperCase()] : undefined;
    const btc = CHAIN_OF_SYMBOL.BTC;
    return read(rel, [['address', 'crypto_address', { chain: chain ?? btc }], ['address-xmr', 'crypto_address', { chain: 'monero:418015bb9ae982a1975da7d79277c270' }], ['address-crypto', 'crypto_address', chain ? { chain } : {}]], ['symbol', 'first-seen', 'last-seen', 'text']);
  },
  'btc-wallet': (rel) => read(rel, [['wallet-address', 'crypto_address', { chain: CHAIN_OF_SYMBOL.BTC }]]),
  'cryptocurrency-transaction': (rel) => {
    const symbol = rel('symbol')[0];
    const chain = symbol ? CHAIN_OF_SYMBOL[valueOf(symbol).toUpperCase()] : undefined;
    return read(rel, [['transaction-number', 'crypto_transaction', chain ? { chain } : {}]], ['symbol', 'time']);
  },
  'credit-card': (rel) => read(rel, [['cc-number', 'payment_card']], ['iin']),
  'android-app': (rel) => {
    const out: Reading = { candidates: rel('appid').map((a) => ({ attribute: a, kind: 'mobile_app', raw: `android:${valueOf(a)}` })), used: new Set(['appid', 'name']) };
    return out;
  },
  file: (rel) => read(rel, [['sha256', 'file']], ['filename']),
};

function read(rel: (relation: string) => Obj[], values: ReadonlyArray<readonly [string, Observable['kind'], NormalizeOptions?]>, context: readonly string[] = []): Reading {
  const candidates: Candidate[] = [];
  const used = new Set<string>(context);
  for (const [relation, kind, ctx] of values) {
    for (const a of rel(relation)) {
      candidates.push({ attribute: a, kind, raw: valueOf(a), ...(ctx ? { context: ctx } : {}) });
      used.add(relation);
    }
  }
  return { candidates, used };
}

/** An account object: the stable id is the account; a handle is read only when there is no id. */
function account(rel: (relation: string) => Obj[], platform: string, kind: Observable['kind'], idRelation: string, handleRelation: string, phoneRelation?: string): Reading {
  const id = rel(idRelation)[0];
  const handle = rel(handleRelation)[0];
  const phone = phoneRelation ? rel(phoneRelation)[0] : undefined;
  const used = new Set(['first_name', 'last_name', 'verified', 'description', 'link', 'url']);
  if (id) {
    used.add(idRelation);
    return { candidates: [{ attribute: id, kind, raw: `${platform}:${valueOf(id)}`, context: { platform } }], used };
  }
  if (handle) {
    used.add(handleRelation);
    return { candidates: [{ attribute: handle, kind, raw: `${platform}:@${valueOf(handle).replace(/^@/, '')}`, context: { platform } }], used };
  }
  if (phone && phoneRelation) {
    used.add(phoneRelation);
    return { candidates: [{ attribute: phone, kind, raw: `${platform}:${valueOf(phone)}`, context: { platform } }], used };
  }
  return { candidates: [], used: new Set() };
}

/** Standalone attribute types GPOS reads as indicators. */
const ATTRIBUTE_KINDS: Readonly<Record<string, Observable['kind']>> = {
  url: 'url',
  domain: 'domain',
  hostname: 'hostname',
  'ip-dst': 'ip_address',
  'ip-src': 'ip_address',
  'email-src': 'email_address',
  email: 'email_address',
  'phone-number': 'phone_number',
  iban: 'iban',
  'bank-account-nr': 'bank_account',
  btc: 'crypto_address',
  'cc-number': 'payment_card',
  sha256: 'file',
  'mobile-application-id': 'mobile_app',
};

interface Envelope {
  source: string;
  tlp: Tlp;
  /** The item's own tags (its attributes'). */
  tags: string[];
  /** The event's tags: TLP, PAP and reliability when the item has none, labels; never typology (an event's typology is its items' union). */
  eventTags: string[];
  modified: string;
  revoked: boolean;
}

class Importer {
  readonly records: BundleRecord[] = [];
  readonly losses: Loss[] = [];
  /** MISP UUID (object or attribute) → the GPOS record it became and its TLP. */
  private readonly made = new Map<string, { id: string; tlp: Tlp }>();
  private readonly defaultTlp: Tlp;

  constructor(private readonly options: FromMispOptions) {
    this.defaultTlp = options.defaultTlp ?? 'amber';
  }

  private loss(object: string, pointer: string, code: Loss['code'], message: string): void {
    this.losses.push({ object, pointer, code, message });
  }

  event(event: Obj): void {
    const eventUuid = str(event.uuid) ?? 'event';
    const orgc = isObj(event.Orgc) ? event.Orgc : undefined;
    const orgName = str(orgc?.name);
    const source = orgName && ORG_REF.test(orgName) ? orgName : (this.options.sourceFor?.({ ...(orgName ? { name: orgName } : {}), ...(str(orgc?.uuid) ? { uuid: str(orgc?.uuid)! } : {}) }) ?? (str(orgc?.uuid) ? `MISP:${str(orgc?.uuid)!}` : (this.options.defaultSource ?? 'MISP:unknown')));
    const eventTags = tagNames(event.Tag);
    const eventDistribution = str(event.distribution) ?? (typeof event.distribution === 'number' ? String(event.distribution) : undefined);
    const eventModified = isoOfUnix(event.timestamp) ?? (typeof event.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? `${event.date}T00:00:00Z` : undefined);
    for (const key of ['Galaxy', 'EventReport', 'ShadowAttribute']) {
      const items = list(event[key]);
      if (items.length > 0) this.loss(eventUuid, `/${key}`, 'no_counterpart', `GPOS has no record for MISP ${key} (${items.length}: ${items.map((g) => str(g.name) ?? str(g.type) ?? '?').slice(0, 5).join(', ')}); not imported.`);
    }

    const envelopeOf = (uuid: string, ownTags: string[], distribution: unknown, timestamp: unknown, deleted: unknown): Envelope => {
      const own = tlpOf(ownTags);
      const fromEvent = tlpOf(eventTags);
      let tlp = own ?? fromEvent;
      if (!tlp) {
        const d = typeof distribution === 'string' || typeof distribution === 'number' ? String(distribution) : undefined;
        const level = d === '5' || d === undefined ? eventDistribution : d;
        tlp = level !== undefined ? TLP_OF_DISTRIBUTION[level] : undefined;
        if (tlp) this.loss(uuid, '/distribution', 'tlp_defaulted', `No tlp: tag: TLP:${tlp.toUpperCase()} was read from MISP distribution level ${level}.`);
        else {
          tlp = this.defaultTlp;
          this.loss(uuid, '/Tag', 'tlp_defaulted', `No tlp: tag and no distribution level: imported as TLP:${tlp.toUpperCase()}.`);
        }
      }
      return { source, tlp, tags: ownTags, eventTags, modified: isoOfUnix(timestamp) ?? eventModified ?? '1970-01-01T00:00:00Z', revoked: deleted === true };
    };

    const references: Array<{ from: string; ref: Obj }> = [];
    for (const object of list(event.Object)) {
      const uuid = str(object.uuid) ?? mispUuid(`${eventUuid}:${JSON.stringify(object).slice(0, 200)}`);
      const attributes = list(object.Attribute);
      const ownTags = [...new Set(attributes.flatMap((a) => tagNames(a.Tag)))];
      const env = envelopeOf(uuid, ownTags, object.distribution, object.timestamp, object.deleted);
      this.object(object, uuid, attributes, env);
      for (const ref of list(object.ObjectReference)) references.push({ from: uuid, ref });
    }
    for (const attribute of list(event.Attribute)) {
      const uuid = str(attribute.uuid) ?? mispUuid(`${eventUuid}:${String(attribute.type)}:${String(attribute.value)}`);
      const env = envelopeOf(uuid, tagNames(attribute.Tag), attribute.distribution, attribute.timestamp, attribute.deleted);
      this.standalone(attribute, uuid, env);
    }
    // sightings MISP lists at event level name their attribute
    for (const sighting of list(event.Sighting)) {
      const of = str(sighting.attribute_uuid);
      const target = of ? this.made.get(of) : undefined;
      if (target) this.sighting(sighting, of!, target, source);
      else this.loss(str(sighting.uuid) ?? eventUuid, '/attribute_uuid', 'unresolved_reference', 'The sighting is of an attribute that did not become a GPOS indicator.');
    }
    for (const { from, ref } of references) this.reference(from, ref, source);
  }

  private object(object: Obj, uuid: string, attributes: Obj[], env: Envelope): void {
    const name = object.name as string;
    const rel = (relation: string) => attributes.filter((a) => a.object_relation === relation);
    const describe = () => attributes.map((a) => `${String(a.object_relation ?? '?')} (${String(a.type)})`).join(', ');
    if (name === 'organization') {
      this.organization(object, uuid, rel, env, describe);
      return;
    }
    const reader = READERS[name];
    if (!reader) {
      this.loss(uuid, '', 'no_counterpart', `GPOS has no record for a MISP "${name}" object; not imported. It holds: ${describe() || 'no attributes'}.`);
      return;
    }
    const reading = reader(rel, object);
    if (reading.candidates.length === 0) {
      this.loss(uuid, '', 'no_counterpart', `This "${name}" object holds no value GPOS reads as an observable; not imported. It holds: ${describe() || 'no attributes'}.`);
      return;
    }
    const unused = attributes.filter((a) => !reading.used.has(String(a.object_relation)));
    if (unused.length > 0) this.loss(uuid, '/Attribute', 'property_dropped', `GPOS indicators have no field for: ${unused.map((a) => `${String(a.object_relation ?? '?')} (${String(a.type)})`).join(', ')}.`);
    if (reading.candidates.length > 1) this.loss(uuid, '', 'object_split', `The "${name}" object holds ${reading.candidates.length} observables; each became its own GPOS indicator.`);
    const seen = { first: gposTime(object.first_seen) ?? gposTime(rel('first-seen')[0]?.value), last: gposTime(object.last_seen) ?? gposTime(rel('last-seen')[0]?.value) };
    for (const [i, candidate] of reading.candidates.entries()) {
      const id = i === 0 ? gposId('indicator', uuid, 'object') : gposId('indicator', candidate.attribute.uuid, `${uuid}#${i}`);
      this.indicator(uuid, id, candidate, env, str(object.comment), seen);
    }
  }

  private standalone(attribute: Obj, uuid: string, env: Envelope): void {
    const type = attribute.type as string;
    const comment = str(attribute.comment);
    const marked = comment?.startsWith(STANDALONE_COMMENT_PREFIX) ? /^GPOS ([a-z_]+)(?: \(pseudonymised\))?(?:: (.*))?$/s.exec(comment) : null;
    let kind = ATTRIBUTE_KINDS[type];
    let description = comment;
    if (marked) {
      description = marked[2];
      if (type === 'anonymised') {
        this.loss(uuid, '/value', 'no_counterpart', `A pseudonymised ${marked[1]} travels in MISP without its key id and algorithm; it cannot become a GPOS observable again.`);
        return;
      }
      kind = marked[1] as Observable['kind'];
    }
    if (!kind) {
      this.loss(uuid, '', 'no_counterpart', `GPOS has no observable for a MISP "${type}" attribute (category ${String(attribute.category ?? '?')}); not imported.`);
      return;
    }
    const context: NormalizeOptions | undefined = type === 'btc' ? { chain: CHAIN_OF_SYMBOL.BTC } : undefined;
    this.indicator(uuid, gposId('indicator', uuid, 'attribute'), { attribute, kind, raw: String(attribute.value), ...(context ? { context } : {}) }, env, description, { first: gposTime(attribute.first_seen), last: gposTime(attribute.last_seen) });
  }

  private indicator(mispId: string, id: string, candidate: Candidate, env: Envelope, description: string | undefined, seen: { first: string | undefined; last: string | undefined }): void {
    const { kind: given, raw, context, attribute } = candidate;
    const kind = given === 'domain' ? domainKind(raw) : given;
    const tags = classifyItem(env);
    const input: Record<string, unknown> = {
      id,
      created: env.modified,
      modified: env.modified,
      source: env.source,
      tlp: env.tlp,
      kind,
      raw,
      status: 'reported',
      actionable: attribute.to_ids === true,
      ...(context ? { normalize: context } : {}),
      ...(tags.pap ? { pap: tags.pap } : {}),
      ...(tags.reliability ? { source_reliability: tags.reliability } : {}),
      ...(tags.typology.length > 0 ? { typology: tags.typology } : {}),
      ...(tags.labels.length > 0 ? { labels: tags.labels } : {}),
      ...(env.revoked || attribute.deleted === true ? { revoked: true } : {}),
      ...(description ? { description: { en: description } } : {}),
    };
    const first = gposTime(attribute.first_seen) ?? seen.first;
    const last = gposTime(attribute.last_seen) ?? seen.last;
    if (first) input.first_seen = first;
    if (last && (!first || last >= first)) input.last_seen = last;
    const built = buildIndicator(input as unknown as Parameters<typeof buildIndicator>[0], { now: () => new Date(env.modified) });
    const attrUuid = str(attribute.uuid);
    if (!built.ok && built.problems.some((p) => p.code === 'observable_not_normalized')) {
      this.loss(attrUuid ?? mispId, '/value', 'observable_not_normalized', built.problems[0]!.message);
      return;
    }
    if (!this.accept(mispId, built, `${kind} indicator`)) return;
    const record = { id, tlp: env.tlp };
    if (!this.made.has(mispId)) this.made.set(mispId, record);
    if (attrUuid) {
      this.made.set(attrUuid, record);
      for (const s of list(attribute.Sighting)) this.sighting(s, attrUuid, record, env.source);
    }
  }

  private organization(object: Obj, uuid: string, rel: (relation: string) => Obj[], env: Envelope, describe: () => string): void {
    const roles = rel('role').map(valueOf);
    const kind = rel('type-of-organization')[0];
    const name = rel('name')[0] ?? rel('alias')[0];
    const tags = classifyItem(env);
    if (roles.some((r) => ['Culprit', 'Suspect', 'Accused', 'Accomplice', 'Defendent'].includes(r)) && name) {
      const description = rel('description')[0];
      const aliases = rel('alias').map((a) => ({ en: valueOf(a) }));
      const input = {
        id: gposId('operation', uuid, 'object'),
        created: env.modified,
        modified: env.modified,
        source: env.source,
        tlp: env.tlp,
        name: { en: valueOf(name) },
        kind: kind && (operationKindCodes as readonly string[]).includes(valueOf(kind)) ? valueOf(kind) : 'other',
        status: 'unknown',
        ...(rel('name')[0] && aliases.length > 0 ? { aliases } : {}),
        ...(description ? { description: { en: valueOf(description) } } : {}),
        ...(tags.pap ? { pap: tags.pap } : {}),
        ...(tags.reliability ? { source_reliability: tags.reliability } : {}),
        ...(tags.typology.length > 0 ? { typology: tags.typology } : {}),
        ...(tags.labels.length > 0 ? { labels: tags.labels } : {}),
        ...(gposTime(object.first_seen) ? { first_seen: gposTime(object.first_seen) } : {}),
        ...(gposTime(object.last_seen) ? { last_seen: gposTime(object.last_seen) } : {}),
        ...(env.revoked ? { revoked: true } : {}),
      };
      if (this.accept(uuid, buildOperation(input as unknown as Parameters<typeof buildOperation>[0], { now: () => new Date(env.modified) }), 'operation')) this.made.set(uuid, { id: input.id, tlp: env.tlp });
      return;
    }
    // a GPOS organisation needs its identifier, kind and country; the organization template has no country
    const identifier = rel('alias').map(valueOf).find((a) => ORG_REF.test(a));
    if (identifier && kind && (organizationKindCodes as readonly string[]).includes(valueOf(kind)))
      this.loss(uuid, '', 'record_incomplete', `The organisation ${identifier} cannot become a GPOS organisation: the MISP organization template has no country, which GPOS requires.`);
    else this.loss(uuid, '', 'no_counterpart', `This organization object names no culprit role (it is not a scam operation) and lacks what a GPOS organisation requires; not imported. It holds: ${describe()}.`);
  }

  private sighting(s: Obj, attributeUuid: string, of: { id: string; tlp: Tlp }, eventSource: string): void {
    const uuid = str(s.uuid)?.toLowerCase();
    const id = uuid && UUID.test(uuid) && uuid !== attributeUuid.toLowerCase() ? `sighting--${uuid}` : `sighting--${mispUuid(`${attributeUuid}#sighting#${String(s.date_sighting)}#${String(s.id ?? '')}`)}`;
    const at = isoOfUnix(s.date_sighting);
    if (!at) {
      this.loss(uuid ?? attributeUuid, '/date_sighting', 'record_incomplete', 'A MISP sighting without a date_sighting cannot become a GPOS sighting.');
      return;
    }
    const type = typeof s.type === 'number' ? String(s.type) : (str(s.type) ?? '0');
    const verdict = VERDICT_OF_SIGHTING_TYPE[type];
    if (!verdict) {
      this.loss(uuid ?? attributeUuid, '/type', 'no_counterpart', `MISP sighting type ${type} has no GPOS verdict; not imported.`);
      return;
    }
    const org = isObj(s.Organisation) ? s.Organisation : undefined;
    const orgName = str(org?.name);
    const observedBy = orgName && ORG_REF.test(orgName) ? orgName : str(org?.uuid) ? `MISP:${str(org?.uuid)!}` : undefined;
    const sourceName = str(s.source);
    const input = {
      id,
      created: at,
      modified: at,
      source: sourceName && ORG_REF.test(sourceName) ? sourceName : eventSource,
      tlp: of.tlp,
      indicator_ref: of.id,
      verdict,
      last_seen: at,
      ...(observedBy ? { observed_by: observedBy } : {}),
    };
    this.accept(uuid ?? attributeUuid, buildSighting(input as unknown as Parameters<typeof buildSighting>[0], { now: () => new Date(at) }), 'sighting');
  }

  private reference(from: string, ref: Obj, source: string): void {
    const uuid = str(ref.uuid) ?? mispUuid(`${from}->${String(ref.referenced_uuid)}:${String(ref.relationship_type)}`);
    const a = this.made.get(str(ref.object_uuid) ?? from);
    const b = this.made.get(String(ref.referenced_uuid));
    if (!a || !b) {
      this.loss(uuid, a ? '/referenced_uuid' : '/object_uuid', 'unresolved_reference', `${String(a ? ref.referenced_uuid : (ref.object_uuid ?? from))} did not become a GPOS record, so the reference cannot be imported.`);
      return;
    }
    const mispType = String(ref.relationship_type ?? '');
    let type = gposRelationshipOf(mispType, { source: a.id, target: b.id });
    if (!type) {
      type = 'linked_to';
      this.loss(uuid, '/relationship_type', 'property_dropped', `GPOS has no relationship type for MISP "${mispType}": imported as linked_to.`);
    }
    const modified = isoOfUnix(ref.timestamp) ?? '1970-01-01T00:00:00Z';
    const comment = str(ref.comment);
    const input = {
      id: gposId('relationship', uuid, 'reference'),
      created: modified,
      modified,
      source,
      // MISP references carry no TLP: the stricter end's, and at least TLP:AMBER with a description (free text may name people)
      tlp: stricter(stricter(a.tlp, b.tlp), comment ? 'amber' : 'clear'),
      relationship_type: type,
      source_ref: a.id,
      target_ref: b.id,
      ...(comment ? { description: { en: comment } } : {}),
      ...(ref.deleted === true ? { revoked: true } : {}),
    };
    this.accept(uuid, buildRelationship(input as unknown as Parameters<typeof buildRelationship>[0], { now: () => new Date(modified) }), `relationship (${mispType})`);
  }

  private accept(mispId: string, result: BuildResult<BundleRecord>, what: string): boolean {
    if (result.ok) {
      this.records.push(result.record);
      return true;
    }
    const first = result.problems.find((p) => p.severity === 'error') ?? result.problems[0];
    this.loss(mispId, first?.pointer ?? '', 'record_incomplete', `The ${what} is not a valid GPOS record: ${first?.message ?? 'unknown problem'}`);
    return false;
  }
}

function stricter(a: Tlp, b: Tlp): Tlp {
  return TLP_ORDER.indexOf(a) >= TLP_ORDER.indexOf(b) ? a : b;
}

function tagNames(tags: unknown): string[] {
  return list(tags)
    .map((t) => t.name)
    .filter((n): n is string => typeof n === 'string' && n !== '');
}

/** The strictest TLP the tags name. */
function tlpOf(tags: readonly string[]): Tlp | undefined {
  let found: Tlp | undefined;
  for (const tag of tags) {
    const tlp = tlpOfTag(tag);
    if (tlp && (found === undefined || TLP_ORDER.indexOf(tlp) > TLP_ORDER.indexOf(found))) found = tlp;
  }
  return found;
}

const TYPOLOGY_TAG = new RegExp(`^${MISP_TYPOLOGY_NAMESPACE}:([a-z0-9_]+)(?:="([a-z0-9_]+)")?$`);

/** An item's tags in GPOS terms, the event's filling in PAP, reliability and labels (not typology). */
function classifyItem(env: Envelope): ReturnType<typeof classify> {
  const own = classify(env.tags);
  const event = classify(env.eventTags);
  const labels = [...own.labels, ...event.labels.filter((l) => !own.labels.includes(l))].slice(0, 100);
  const pap = own.pap ?? event.pap;
  const reliability = own.reliability ?? event.reliability;
  return { typology: own.typology, labels, ...(pap ? { pap } : {}), ...(reliability ? { reliability } : {}) };
}

/** What the tags say in GPOS terms: PAP, source reliability, typology codes, and the rest as labels. */
function classify(tags: readonly string[]): { pap?: string; reliability?: string; typology: string[]; labels: string[] } {
  const out: { pap?: string; reliability?: string; typology: string[]; labels: string[] } = { typology: [], labels: [] };
  for (const tag of tags) {
    if (tlpOfTag(tag)) continue;
    const pap = papOfTag(tag);
    if (pap) {
      out.pap ??= pap;
      continue;
    }
    const reliability = reliabilityOfTag(tag);
    if (reliability) {
      out.reliability ??= reliability;
      continue;
    }
    const typology = TYPOLOGY_TAG.exec(tag);
    if (typology) {
      const code = typology[2] ? `${typology[1]}.${typology[2]}` : typology[1]!;
      if (!out.typology.includes(code)) out.typology.push(code);
      continue;
    }
    if (tag.length <= 100 && !out.labels.includes(tag) && out.labels.length < 100) out.labels.push(tag);
  }
  return out;
}

/** MISP domain attributes hold any host; GPOS keeps a registrable domain (`domain`) apart from a host under it (`hostname`). */
function domainKind(raw: string): 'domain' | 'hostname' {
  const domain = normalize('domain', raw);
  const host = normalize('hostname', raw);
  return domain.ok && host.ok && domain.canonical !== host.canonical ? 'hostname' : 'domain';
}

