import { relationshipTypeCodelist } from '@gpos/schema';
import { buildIndicator, buildOperation, buildRelationship, buildSighting, type BuildResult } from '@gpos/sdk';
import { validateRecord } from '@gpos/validate';
import { normalize } from '@gpos/normalize';
import type { BundleRecord, ExternalRef, Text } from '@gpos/types';
import { depthExceeds } from './depth.js';
import { GPOS_EXTENSION_ID, GPOS_OBSERVABLE_TYPE, type GposPropertyExtension } from './extension.js';
import { gposIdFor, STIX_ID } from './ids.js';
import type { Loss } from './loss.js';
import { observedValue } from './observables.js';
import { parsePattern, type ComparisonNode, type PatternComparison, type PatternNode } from './pattern.js';
import { isTlpMarking, tlpOfMarkings, type Tlp } from './tlp.js';
import { TYPOLOGY_LABEL_PREFIX } from './to-stix.js';
import { relationshipIn, relationshipOut } from './relationship-types.js';
import { DEFAULT_IMPORT_LIMITS, type ImportError, type ImportLimits, type ImportResult } from './import.js';

/** Limits on what the importer reads; the defaults suit a large feed and stop hostile input early. */
export type FromStixLimits = ImportLimits;

export interface FromStixOptions {
  /** TLP for objects without a TLP marking. Default `amber`: unmarked data is not assumed public. */
  readonly defaultTlp?: Tlp;
  /** The GPOS organisation reference of a STIX identity with no GPOS identifier. Default `STIX:<identity id>`. */
  readonly sourceFor?: (identityId: string) => string | undefined;
  /** Source for objects with no `created_by_ref`. Default `STIX:unknown`. */
  readonly defaultSource?: string;
  readonly limits?: FromStixLimits;
}

/** Why the importer refused the input as a whole. The codes are stable. */
export type StixInputErrorCode = 'invalid_json' | 'too_large' | 'too_deep' | 'too_many_objects' | 'not_stix_bundle' | 'unsupported_spec_version' | 'invalid_object';

export type StixInputError = ImportError<StixInputErrorCode>;

export type FromStixResult = ImportResult<StixInputErrorCode>;

type Obj = Record<string, unknown>;

// objects that only support others: read, never reported as lost
const SUPPORTING = new Set(['marking-definition', 'extension-definition', 'language-content']);
const SCO_TYPES = new Set(['url', 'domain-name', 'ipv4-addr', 'ipv6-addr', 'email-addr', 'user-account', 'file', GPOS_OBSERVABLE_TYPE, 'artifact', 'autonomous-system', 'directory', 'email-message', 'mac-addr', 'mutex', 'network-traffic', 'process', 'software', 'windows-registry-key', 'x509-certificate']);

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(code: StixInputErrorCode, pointer: string, message: string): FromStixResult {
  return { ok: false, error: { code, pointer, message } };
}

function gposTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // STIX pads to milliseconds; GPOS keeps what was known, so a zero fraction goes
  return value.replace(/\.0+Z$/, 'Z');
}

function extensionOf(object: Obj): GposPropertyExtension | undefined {
  const ext = isObj(object.extensions) ? object.extensions[GPOS_EXTENSION_ID] : undefined;
  return isObj(ext) && ext.extension_type === 'property-extension' && typeof ext.gpos_id === 'string' ? (ext as unknown as GposPropertyExtension) : undefined;
}

/**
 * A STIX 2.1 bundle as GPOS records. Objects exported by `toStix` come back with every field (the GPOS extension holds
 * what STIX cannot); other STIX content maps as far as it can, observables normalised through `@gpos/normalize`, and
 * every object or property that does not map is listed in `losses`. Input that is not a STIX 2.1 bundle, or exceeds the
 * limits, is refused with a located error and a stable code; nothing is thrown.
 */
export function fromStix(input: unknown, options: FromStixOptions = {}): FromStixResult {
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
  if (!isObj(value) || value.type !== 'bundle') return fail('not_stix_bundle', '/type', 'The input is not a STIX bundle: its type is not "bundle".');
  // a GPOS bundle is also of type "bundle": its records and its GPOS spec_version say what it is
  if (Array.isArray(value.records) && value.objects === undefined) return fail('not_stix_bundle', '/records', 'The input is a GPOS bundle (it holds "records"), not a STIX bundle (which holds "objects").');
  if (value.spec_version !== undefined) return fail('unsupported_spec_version', '/spec_version', `A bundle with spec_version "${String(value.spec_version)}" is STIX 2.0; only STIX 2.1 is read.`);
  if (value.objects === undefined) return { ok: true, records: [], losses: [] };
  if (!Array.isArray(value.objects)) return fail('not_stix_bundle', '/objects', 'The bundle\'s "objects" is not a list.');
  if (value.objects.length > limits.maxObjects) return fail('too_many_objects', '/objects', `The bundle holds ${value.objects.length} objects; the limit is ${limits.maxObjects}.`);
  const objects = value.objects as unknown[];
  for (const [i, object] of objects.entries()) {
    if (!isObj(object) || typeof object.type !== 'string' || typeof object.id !== 'string') return fail('invalid_object', `/objects/${i}`, 'A STIX object needs a "type" and an "id".');
    const m = STIX_ID.exec(object.id);
    if (!m || m[1] !== object.type) return fail('invalid_object', `/objects/${i}/id`, `"${object.id}" is not a STIX id of type ${object.type}.`);
    if (object.spec_version !== undefined && object.spec_version !== '2.1') return fail('unsupported_spec_version', `/objects/${i}/spec_version`, `spec_version "${String(object.spec_version)}" is not STIX 2.1.`);
    if (object.spec_version === undefined && !SCO_TYPES.has(object.type)) return fail('unsupported_spec_version', `/objects/${i}`, 'An object without spec_version is STIX 2.0 (STIX 2.1 requires it on every domain and relationship object).');
  }
  return new Importer(objects as Obj[], options).run();
}

class Importer {
  private readonly losses: Loss[] = [];
  private readonly records: BundleRecord[] = [];
  private readonly byId = new Map<string, Obj>();
  /** Indicator id → its based-on relationships to SCOs. */
  private readonly basedOn = new Map<string, Obj[]>();
  /** STIX id → the GPOS id it became, for relationships and sightings. */
  private readonly gposIds = new Map<string, string>();
  private readonly defaultTlp: Tlp;
  /** Objects whose non-TLP markings were already reported (an object split into several records is reported once). */
  private readonly markingsReported = new Set<string>();

  constructor(
    private readonly objects: Obj[],
    private readonly options: FromStixOptions,
  ) {
    this.defaultTlp = options.defaultTlp ?? 'amber';
    for (const o of objects) {
      this.byId.set(o.id as string, o);
      if (o.type === 'relationship' && o.relationship_type === 'based-on' && typeof o.source_ref === 'string' && typeof o.target_ref === 'string' && SCO_TYPES.has(o.target_ref.split('--')[0]!)) {
        const list = this.basedOn.get(o.source_ref) ?? [];
        list.push(o);
        this.basedOn.set(o.source_ref, list);
      }
    }
  }

  run(): FromStixResult {
    const covered = new Set<string>();
    // records first, so relationships and sightings can resolve what they point at
    for (const o of this.objects) {
      const type = o.type as string;
      if (o.revoked === true && type !== 'relationship' && type !== 'sighting' && this.retraction(o, covered)) continue;
      if (type === 'identity') this.identity(o);
      else if (type === 'indicator') this.indicator(o, covered);
      else if (type === 'incident') this.incident(o);
      else if (type === 'campaign' || type === 'intrusion-set' || type === 'infrastructure') this.operation(o);
    }
    for (const o of this.objects) {
      const type = o.type as string;
      if (o.revoked === true && (type === 'relationship' || type === 'sighting') && this.retraction(o, covered)) continue;
      if (type === 'relationship') this.relationship(o, covered);
      else if (type === 'sighting') this.sighting(o);
    }
    for (const o of this.objects) {
      const type = o.type as string;
      const id = o.id as string;
      if (SUPPORTING.has(type) || covered.has(id) || ['identity', 'indicator', 'incident', 'campaign', 'intrusion-set', 'infrastructure', 'relationship', 'sighting'].includes(type)) continue;
      this.loss(id, '', 'no_counterpart', SCO_TYPES.has(type) ? `A ${type} observable that no indicator's pattern names is not a statement of scam use; it is not imported.` : `GPOS has no record family for a STIX ${type}.`);
    }
    return { ok: true, records: this.records, losses: this.losses };
  }

  private loss(object: string, pointer: string, code: Loss['code'], message: string): void {
    this.losses.push({ object, pointer, code, message });
  }

  private sourceOf(o: Obj): string {
    const ref = o.created_by_ref;
    if (typeof ref !== 'string') return this.options.defaultSource ?? 'STIX:unknown';
    return this.orgRefOfIdentity(ref);
  }

  private orgRefOfIdentity(identityId: string): string {
    const identity = this.byId.get(identityId);
    if (identity) {
      const ext = extensionOf(identity);
      const identifier = ext?.fields?.identifier;
      if (typeof identifier === 'string') return identifier;
      const refs = Array.isArray(identity.external_references) ? (identity.external_references as Obj[]) : [];
      const org = refs.find((r) => r.source_name === 'gpos-org' && typeof r.external_id === 'string');
      if (org) return org.external_id as string;
    }
    return this.options.sourceFor?.(identityId) ?? `STIX:${identityId}`;
  }

  private tlpOf(o: Obj): Tlp {
    const refs: unknown[] = Array.isArray(o.object_marking_refs) ? o.object_marking_refs : [];
    const granular = (Array.isArray(o.granular_markings) ? o.granular_markings : []).map((g: unknown) => (isObj(g) ? g.marking_ref : undefined));
    const own = tlpOfMarkings(refs);
    // a part marked more strictly than the whole (a RED description in an AMBER object) makes the record that strict:
    // GPOS marks whole records, and a part must never travel further than its own marking allows
    const tlp = tlpOfMarkings([...refs, ...granular]);
    // an object split into several records (a pattern with alternatives) is reported once
    const id = o.id as string;
    if (!this.markingsReported.has(id)) {
      this.markingsReported.add(id);
      this.reportOtherMarkings(id, refs, granular);
      if (tlp && own !== tlp) this.loss(id, '/granular_markings', 'property_dropped', `Part of the object is marked TLP:${tlp.toUpperCase()}${own ? `, more strictly than the object's TLP:${own.toUpperCase()}` : ''}; GPOS marks whole records, so the record is TLP:${tlp.toUpperCase()}.`);
    }
    if (tlp) return tlp;
    this.loss(id, '/object_marking_refs', 'tlp_defaulted', `No TLP marking: imported as TLP:${this.defaultTlp.toUpperCase()}.`);
    return this.defaultTlp;
  }

  /** Markings GPOS cannot carry: copyright and other statements, other marking schemes, on the object or on its parts. */
  private reportOtherMarkings(id: string, refs: readonly unknown[], granular: readonly unknown[]): void {
    for (const [i, ref] of refs.entries()) {
      if (typeof ref === 'string' && isTlpMarking(ref)) continue;
      this.loss(id, `/object_marking_refs/${i}`, 'property_dropped', `${this.describeMarking(ref)} is not a TLP marking; GPOS records carry TLP and PAP only, so it is not imported. If it binds you (a copyright or handling statement), apply it to the imported records yourself.`);
    }
    for (const [i, ref] of granular.entries()) {
      if (typeof ref === 'string' && isTlpMarking(ref)) continue;
      this.loss(id, `/granular_markings/${i}`, 'property_dropped', `${this.describeMarking(ref)}, on part of the object, is not a TLP marking; GPOS records carry TLP and PAP only, so it is not imported.`);
    }
  }

  private describeMarking(ref: unknown): string {
    const definition = typeof ref === 'string' ? this.byId.get(ref) : undefined;
    if (!definition) return typeof ref === 'string' ? `The marking ${ref}, not in the bundle,` : 'A marking reference that is not a string';
    const statement = isObj(definition.definition) && typeof definition.definition.statement === 'string' ? definition.definition.statement : undefined;
    const name = typeof definition.name === 'string' ? definition.name : statement;
    return `The marking ${ref as string}${name ? ` ("${name.length > 80 ? `${name.slice(0, 79)}…` : name}")` : ''}`;
  }

  /** The envelope every family shares: from the GPOS extension when present, from STIX properties otherwise. */
  private base(o: Obj, gposType: string, part?: string): Obj {
    const ext = extensionOf(o);
    const stixId = o.id as string;
    const labels = Array.isArray(o.labels) ? (o.labels as string[]).filter((l) => typeof l === 'string' && !l.startsWith(TYPOLOGY_LABEL_PREFIX)) : [];
    const refs = Array.isArray(o.external_references) ? (o.external_references as Obj[]) : [];
    const ownRefs = refs.filter((r) => r.source_name !== 'gpos' && r.source_name !== 'gpos-org');
    const base: Obj = {
      id: part !== undefined ? gposIdFor(gposType, stixId, part) : ext ? ext.gpos_id : (gposRefOf(refs, gposType) ?? gposIdFor(gposType, stixId)),
      created: gposTimestamp(o.created),
      modified: gposTimestamp(o.modified),
      source: this.sourceOf(o),
      tlp: this.tlpOf(o),
    };
    if (typeof o.confidence === 'number') base.confidence = o.confidence;
    if (labels.length > 0) base.labels = labels;
    if (o.revoked === true) base.revoked = true;
    const externalRefs: ExternalRef[] = ownRefs.map((r) => Object.fromEntries(['source_name', 'external_id', 'url', 'description'].filter((k) => typeof r[k] === 'string').map((k) => [k, r[k]])) as unknown as ExternalRef);
    if (!ext) externalRefs.unshift({ source_name: 'stix', external_id: stixId });
    if (externalRefs.length > 0) base.external_refs = externalRefs;
    if (ext?.fields) Object.assign(base, ext.fields);
    return base;
  }

  private typologyOf(o: Obj): string[] {
    return Array.isArray(o.labels) ? (o.labels as unknown[]).filter((l): l is string => typeof l === 'string' && l.startsWith(TYPOLOGY_LABEL_PREFIX)).map((l) => l.slice(TYPOLOGY_LABEL_PREFIX.length)) : [];
  }

  private text(o: Obj, key: string): Text | undefined {
    const value = o[key];
    if (typeof value !== 'string' || value === '') return undefined;
    return { [typeof o.lang === 'string' ? o.lang : 'en']: value };
  }

  /** A record a builder made from STIX properties; the builder validated it, so a failure is a loss, not an error. */
  private accept(stixId: string, result: BuildResult<BundleRecord>, what: string): void {
    if (result.ok) {
      this.records.push(result.record);
      this.gposIds.set(stixId, result.record.id);
      return;
    }
    const first = result.problems.find((p) => p.severity === 'error') ?? result.problems[0];
    this.loss(stixId, first?.pointer ?? '', 'record_incomplete', `The ${what} is not a valid GPOS record: ${first?.message ?? 'unknown problem'}`);
  }


  /** A record rebuilt whole from the GPOS extension: kept only when the validator accepts it. */
  private acceptWhole(stixId: string, record: Obj, what: string): void {
    const result = validateRecord(record);
    if (result.valid) {
      this.records.push(record as unknown as BundleRecord);
      this.gposIds.set(stixId, record.id as string);
      return;
    }
    const first = result.problems.find((p) => p.severity === 'error') ?? result.problems[0];
    this.loss(stixId, first?.pointer ?? '', 'record_incomplete', `The ${what} is not a valid GPOS record: ${first?.message ?? 'unknown problem'}`);
  }

  /**
   * A revoked STIX object that `toStix` wrote for a GPOS minimal retraction, as that retraction: one whose GPOS
   * extension holds no whole record, or (the extension dropped) an indicator with the placeholder pattern. Any other
   * revoked object is read as usual, `revoked: true` included, which is a GPOS retraction too. True when it handled the object.
   */
  private retraction(o: Obj, covered: Set<string>): boolean {
    const stixType = o.type as string;
    const ext = extensionOf(o);
    const placeholder = stixType === 'indicator' && typeof o.pattern === 'string' ? RETRACTION_PATTERN.exec(o.pattern) : null;
    if (!ext && !placeholder) return false;
    const family = ext ? ext.gpos_type : 'indicator';
    // the exporter sends minimal retractions of indicators and cases only; any other object with the extension is whole
    if (ext && (FULL_RECORD_KEY[family] === undefined || (ext.fields !== undefined && FULL_RECORD_KEY[family]! in ext.fields))) return false;
    const stixId = o.id as string;
    const record: Obj = { type: family, id: ext ? ext.gpos_id : placeholder![1] };
    if (ext?.gpos_spec_version) record.spec_version = ext.gpos_spec_version;
    const created = ext ? ext.fields?.created : gposTimestamp(o.created);
    if (created !== undefined) record.created = created;
    record.modified = gposTimestamp(o.modified);
    record.source = this.sourceOf(o);
    const tlp = tlpOfMarkings(Array.isArray(o.object_marking_refs) ? o.object_marking_refs : []);
    if (tlp) record.tlp = tlp;
    record.revoked = true;
    if (ext?.fields?.revocation_reason !== undefined) record.revocation_reason = ext.fields.revocation_reason;
    for (const rel of this.basedOn.get(stixId) ?? []) {
      covered.add(rel.id as string);
      covered.add(rel.target_ref as string);
    }
    this.acceptWhole(stixId, record, `revoked ${stixType}`);
    return true;
  }

  private identity(o: Obj): void {
    const ext = extensionOf(o);
    if (!ext) {
      // a plain STIX identity names a source; it becomes a GPOS organisation only with the kind and country GPOS requires
      return;
    }
    this.acceptWhole(o.id as string, { type: 'organization', spec_version: ext.gpos_spec_version, ...this.base(o, 'organization') }, 'identity');
  }

  private indicator(o: Obj, covered: Set<string>): void {
    const stixId = o.id as string;
    const ext = extensionOf(o);
    if (ext?.fields?.observable) {
      // exported by GPOS: the observable travels whole; the pattern only repeats it
      const base = this.base(o, 'indicator');
      const typology = this.typologyOf(o);
      if (typology.length > 0) base.typology = typology;
      this.coverScos(o, covered);
      this.acceptWhole(stixId, { type: 'indicator', spec_version: ext.gpos_spec_version, ...base }, 'indicator');
      return;
    }
    if (o.pattern_type !== 'stix' || typeof o.pattern !== 'string') {
      this.loss(stixId, '/pattern_type', 'pattern_not_mapped', `Only STIX patterns are read; this indicator's pattern type is ${String(o.pattern_type)}.`);
      return;
    }
    const parsed = parsePattern(o.pattern);
    if (!parsed.ok) {
      this.loss(stixId, '/pattern', 'pattern_not_mapped', `The pattern does not parse at character ${parsed.offset}: ${parsed.message}.`);
      return;
    }
    const alternatives = alternativesOf(parsed.pattern);
    const values = alternatives?.map(observedValue);
    if (!values || values.length === 0 || values.some((v) => v === undefined)) {
      this.loss(stixId, '/pattern', 'pattern_not_mapped', 'The pattern is more than equality on one observable GPOS knows (a url, domain, IP, email address, account, file hash or gpos-observable), so it cannot become an indicator.');
      return;
    }
    if (values.length > 1) this.loss(stixId, '/pattern', 'pattern_split', `The pattern names ${values.length} observables in alternatives; each became its own GPOS indicator.`);
    const typology = this.typologyOf(o);
    const status = Array.isArray(o.indicator_types) && o.indicator_types.includes('benign') ? 'false_positive' : 'reported';
    for (const [n, found] of values.entries()) {
      const v = found && found.kind === 'domain' ? { ...found, kind: domainKind(found.raw) } : found;
      const base = this.base(o, 'indicator', values.length > 1 ? String(n) : undefined);
      const { id, created, modified, ...rest } = base;
      const input = {
        ...rest,
        id,
        created,
        modified,
        kind: v!.kind,
        raw: v!.raw,
        status,
        ...(v!.platform ? { normalize: { platform: v!.platform } } : {}),
        ...(typology.length > 0 ? { typology } : {}),
        ...(typeof o.valid_from === 'string' ? { first_seen: gposTimestamp(o.valid_from) } : {}),
        ...(typeof o.valid_until === 'string' ? { valid_until: gposTimestamp(o.valid_until) } : {}),
        ...(this.text(o, 'description') ? { description: this.text(o, 'description') } : {}),
      };
      // assembled from untyped STIX; the builder validates it, so the cast only defers the check to it
      const built = buildIndicator(input as unknown as Parameters<typeof buildIndicator>[0], { now: () => new Date(modified as string) });
      if (!built.ok && built.problems.some((p) => p.code === 'observable_not_normalized')) {
        this.loss(stixId, '/pattern', 'observable_not_normalized', built.problems[0]!.message);
        continue;
      }
      this.accept(stixId, built, 'indicator');
    }
    if (typeof o.name === 'string') this.loss(stixId, '/name', 'property_dropped', 'A GPOS indicator has no name: the observable names it.');
    if (Array.isArray(o.kill_chain_phases)) this.loss(stixId, '/kill_chain_phases', 'property_dropped', 'GPOS indicators have no kill chain phases.');
    this.coverScos(o, covered);
  }

  /** SCOs an indicator's based-on relationships point at are represented by the indicator. */
  private coverScos(indicator: Obj, covered: Set<string>): void {
    for (const relationship of this.basedOn.get(indicator.id as string) ?? []) {
      covered.add(relationship.id as string);
      covered.add(relationship.target_ref as string);
    }
  }


  private incident(o: Obj): void {
    const ext = extensionOf(o);
    if (!ext?.fields) {
      this.loss(o.id as string, '', 'record_incomplete', 'A STIX incident without the GPOS extension lacks what a GPOS case requires (intake, scam type, status); it is not imported.');
      return;
    }
    this.acceptWhole(o.id as string, { type: 'case', spec_version: ext.gpos_spec_version, ...this.base(o, 'case') }, 'incident');
  }

  private operation(o: Obj): void {
    const ext = extensionOf(o);
    const base = this.base(o, 'operation');
    const typology = this.typologyOf(o);
    if (typology.length > 0) base.typology = typology;
    if (!ext) {
      if (Array.isArray(o.aliases)) base.aliases = (o.aliases as unknown[]).filter((a): a is string => typeof a === 'string').map((a) => ({ en: a }));
      base.name = this.text(o, 'name') ?? { en: String(o.id) };
      const description = this.text(o, 'description');
      if (description) base.description = description;
      base.kind = o.type === 'infrastructure' && Array.isArray(o.infrastructure_types) && typeof o.infrastructure_types[0] === 'string' && ['scam-compound', 'call-centre', 'sim-farm'].includes(o.infrastructure_types[0]) ? o.infrastructure_types[0].replace(/-/g, '_') : 'other';
      base.status = 'unknown';
      if (typeof o.first_seen === 'string') base.first_seen = gposTimestamp(o.first_seen);
      if (typeof o.last_seen === 'string') base.last_seen = gposTimestamp(o.last_seen);
    }
    if (ext) {
      this.acceptWhole(o.id as string, { type: 'operation', spec_version: ext.gpos_spec_version, ...base }, o.type as string);
      return;
    }
    const { id, created, modified, ...rest } = base;
    this.accept(o.id as string, buildOperation({ ...(rest as object), id, created, modified } as unknown as Parameters<typeof buildOperation>[0], { now: () => new Date(modified as string) }), o.type as string);
  }

  private relationship(o: Obj, covered: Set<string>): void {
    const stixId = o.id as string;
    if (covered.has(stixId)) return;
    // GPOS ids cannot be read back from STIX ids (they are hashes); the extension keeps them for records not in this
    // bundle, and the GPOS code: a type STIX names only the other way round was written from the GPOS target
    const fields = extensionOf(o)?.fields;
    const code = stringField(fields, 'relationship_type');
    const reversed = code !== undefined && relationshipOut(code, 'xw_stix_relationship')?.reversed === true && relationshipOut(code, 'xw_stix_relationship')?.type === o.relationship_type;
    const [from, to] = reversed ? [o.target_ref, o.source_ref] : [o.source_ref, o.target_ref];
    const source = this.gposIds.get(from as string) ?? this.observableRef(from) ?? stringField(fields, 'source_ref');
    const target = this.gposIds.get(to as string) ?? this.observableRef(to) ?? stringField(fields, 'target_ref');
    if (!source || !target) {
      this.loss(stixId, source === undefined ? (reversed ? '/target_ref' : '/source_ref') : reversed ? '/source_ref' : '/target_ref', 'unresolved_reference', `${String(source ? to : from)} did not become a GPOS record, so the relationship cannot be imported.`);
      return;
    }
    const base = this.base(o, 'relationship');
    const ext = extensionOf(o);
    if (ext) {
      // exported by GPOS: the code from the extension (older exports wrote it hyphenated as the STIX type)
      this.acceptWhole(stixId, { type: 'relationship', spec_version: ext.gpos_spec_version, ...base, relationship_type: code ?? String(o.relationship_type).replace(/-/g, '_'), source_ref: source, target_ref: target }, 'relationship');
      return;
    }
    const description = this.text(o, 'description');
    if (description) base.description = description;
    if (typeof o.start_time === 'string') base.start_time = gposTimestamp(o.start_time);
    if (typeof o.stop_time === 'string') base.stop_time = gposTimestamp(o.stop_time);
    // a STIX type through the crosswalk, read in the same direction and fitting the ends' families; a custom type that
    // is a GPOS code hyphenated as it is; anything else as linked_to, saying so
    const stixType = String(o.relationship_type);
    const hyphenated = stixType.replace(/-/g, '_');
    let type = relationshipIn(stixType, 'xw_stix_relationship', { source, target }) ?? (RELATIONSHIP_CODES.has(hyphenated) ? hyphenated : undefined);
    if (type === undefined) {
      type = 'linked_to';
      this.loss(stixId, '/relationship_type', 'property_dropped', `GPOS has no relationship type for STIX "${stixType}" from ${familyOf(source)} to ${familyOf(target)} records: imported as linked_to.`);
    }
    const { id, created, modified, ...rest } = base;
    const input = { ...rest, id, created, modified, relationship_type: type, source_ref: source, target_ref: target };
    this.accept(stixId, buildRelationship(input as unknown as Parameters<typeof buildRelationship>[0], { now: () => new Date(modified as string) }), `relationship (${stixType})`);
  }

  private observableRef(ref: unknown): string | undefined {
    return typeof ref === 'string' && ref.startsWith(`${GPOS_OBSERVABLE_TYPE}--`) ? `observable--${ref.slice(GPOS_OBSERVABLE_TYPE.length + 2)}` : undefined;
  }

  private sighting(o: Obj): void {
    const stixId = o.id as string;
    const indicator = this.gposIds.get(o.sighting_of_ref as string) ?? stringField(extensionOf(o)?.fields, 'indicator_ref');
    if (!indicator?.startsWith('indicator--')) {
      this.loss(stixId, '/sighting_of_ref', 'unresolved_reference', `GPOS sightings are of indicators; ${String(o.sighting_of_ref)} did not become a GPOS indicator.`);
      return;
    }
    const base = this.base(o, 'sighting');
    const ext = extensionOf(o);
    if (!ext) base.indicator_ref = indicator;
    if (Array.isArray(o.where_sighted_refs) && typeof o.where_sighted_refs[0] === 'string') base.observed_by = this.orgRefOfIdentity(o.where_sighted_refs[0]);
    if (typeof o.count === 'number') base.count = o.count;
    if (!ext) {
      if (typeof o.first_seen === 'string') base.first_seen = gposTimestamp(o.first_seen);
      if (typeof o.last_seen === 'string') base.last_seen = gposTimestamp(o.last_seen);
      const description = this.text(o, 'description');
      if (description) base.description = description;
      base.verdict = 'seen';
    }
    if (ext) {
      this.acceptWhole(stixId, { type: 'sighting', spec_version: ext.gpos_spec_version, ...base }, 'sighting');
      return;
    }
    const { id, created, modified, ...rest } = base;
    this.accept(stixId, buildSighting({ ...(rest as object), id, created, modified } as unknown as Parameters<typeof buildSighting>[0], { now: () => new Date(modified as string) }), 'sighting');
  }
}

/** STIX domain-name holds any host; GPOS keeps a registrable domain (`domain`) apart from a host under it (`hostname`). */
/** The pattern `toStix` gives the indicator of a minimal retraction (see `retractionPattern`), holding the GPOS id. */
const RETRACTION_PATTERN = /^\[x-gpos-retraction:id = '(indicator--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'\]$/;

/** What the GPOS extension of a whole indicator or case holds and that of a minimal retraction lacks. */
const FULL_RECORD_KEY: Readonly<Record<string, string>> = { indicator: 'observable', case: 'intake' };

function domainKind(raw: string): 'domain' | 'hostname' {
  const domain = normalize('domain', raw);
  const host = normalize('hostname', raw);
  return domain.ok && host.ok && domain.canonical !== host.canonical ? 'hostname' : 'domain';
}

/**
 * The GPOS id an exported object names in its `gpos` external reference, when it is an id of the family it becomes:
 * a consumer that drops the GPOS extension usually keeps external references, and with them the record's identity.
 */
function gposRefOf(refs: readonly Obj[], gposType: string): string | undefined {
  const ref = refs.find((r) => r.source_name === 'gpos' && typeof r.external_id === 'string')?.external_id as string | undefined;
  return ref !== undefined && new RegExp(`^${gposType}--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`).test(ref) ? ref : undefined;
}

/** The GPOS relationship codes, which a custom STIX type may name hyphenated (exports before the crosswalk did). */
const RELATIONSHIP_CODES: ReadonlySet<string> = new Set(relationshipTypeCodelist.rows.map((r) => r.code));

const familyOf = (id: string) => id.split('--')[0]!;

function stringField(fields: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = fields?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** The observations of a pattern when it is one observation or a plain OR of observations, each an AND of comparisons. */
function alternativesOf(node: PatternNode): PatternComparison[][] | undefined {
  if (node.kind === 'observation') return comparisonAlternatives(node.expression);
  if (node.kind === 'observations' && node.operator === 'OR') {
    const out: PatternComparison[][] = [];
    for (const operand of node.operands) {
      const alt = alternativesOf(operand);
      if (!alt) return undefined;
      out.push(...alt);
    }
    return out;
  }
  return undefined;
}

function comparisonAlternatives(node: ComparisonNode): PatternComparison[][] | undefined {
  if (node.kind === 'comparison') return [[node.comparison]];
  if (node.operator === 'AND') {
    const all: PatternComparison[] = [];
    for (const operand of node.operands) {
      if (operand.kind !== 'comparison') return undefined;
      all.push(operand.comparison);
    }
    return [all];
  }
  const out: PatternComparison[][] = [];
  for (const operand of node.operands) {
    const alt = comparisonAlternatives(operand);
    if (!alt) return undefined;
    out.push(...alt);
  }
  return out;
}
