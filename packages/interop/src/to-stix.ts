import type { Bundle, BundleRecord, ExternalRef, GposRecord, Indicator, Operation, Organization, Relationship, Retraction, Sighting, Text, VictimCase } from '@gpos/types';
import { GPOS_EXTENSION_DEFINITION, GPOS_EXTENSION_ID, GPOS_STANDARD_IDENTITY, identityIdFor, type GposPropertyExtension } from './extension.js';
import { stixIdFor } from './ids.js';
import type { Loss } from './loss.js';
import { observableToStix } from './observables.js';
import { TLP2_MARKING_IDS, tlpMarkingDefinitionsFor } from './tlp.js';
import { relationshipOut } from './relationship-types.js';

/** A STIX 2.1 object as the exporter writes it. */
export type StixObject = { type: string; id: string; spec_version?: string } & Record<string, unknown>;

/** A STIX 2.1 bundle. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface ToStixResult {
  readonly bundle: StixBundle;
  /** What could not be carried, per GPOS record; the round trip keeps everything else. */
  readonly losses: readonly Loss[];
}

/** The label prefix that carries GPOS typology codes (`gpos-typology:investment.relationship`). */
export const TYPOLOGY_LABEL_PREFIX = 'gpos-typology:';

/** Where an operation's kind puts it in STIX: places and kit become infrastructure, networks become intrusion sets. */
export const OPERATION_STIX_TYPE: Readonly<Record<string, 'infrastructure' | 'intrusion-set' | 'campaign'>> = {
  scam_compound: 'infrastructure',
  call_centre: 'infrastructure',
  sim_farm: 'infrastructure',
  laundering_network: 'intrusion-set',
  recruitment_network: 'intrusion-set',
  mule_network: 'intrusion-set',
  phishing_kit_operator: 'intrusion-set',
};

// what a full record of each family has and a minimal retraction lacks
const REQUIRED_BY_FAMILY: Readonly<Record<string, string>> = {
  indicator: 'observable',
  case: 'intake',
  commitment: 'pillars',
  organization: 'identifier',
  operation: 'kind',
  relationship: 'relationship_type',
  sighting: 'verdict',
  statistic: 'measure',
};

/** The record, unless it is a minimal retraction (a revoked record cut down to its envelope). */
export function fullRecord(record: BundleRecord): GposRecord | undefined {
  const key = REQUIRED_BY_FAMILY[record.type];
  return key !== undefined && key in record ? (record as GposRecord) : undefined;
}

/** Placeholder creation time of identities for organisations the export names but has no record of. */
export const STUB_IDENTITY_CREATED = '2025-01-01T00:00:00.000Z';

const COMMON_NATIVE = new Set(['type', 'id', 'spec_version', 'created', 'modified', 'source', 'tlp', 'confidence', 'labels', 'external_refs', 'revoked']);

/** STIX timestamps carry at least milliseconds (STIX 2.1 §3.2); GPOS timestamps may not. Dates become midnight UTC. */
export function stixTimestamp(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00.000Z`;
  const m = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(value);
  if (!m) return value;
  const fraction = (m[2] ?? '').padEnd(3, '0');
  return `${m[1]}.${fraction}Z`;
}

/** The one string STIX holds of a GPOS text: the original language's entry, else English, else the first. */
export function displayText(text: Text | string | undefined): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const original = text.original_language;
  if (original && text[original] !== undefined) return text[original];
  if (text.en !== undefined) return text.en;
  const first = Object.entries(text).find(([k, v]) => k !== 'original_language' && v !== undefined);
  return first?.[1];
}

function stixExternalRefs(record: GposRecord): { refs: Record<string, unknown>[]; native: boolean } {
  const own = (record as { external_refs?: ExternalRef[] }).external_refs ?? [];
  // STIX requires a description, url or external_id beside source_name; refs without one stay in the extension
  const native = own.every((r) => r.description !== undefined || r.url !== undefined || r.external_id !== undefined);
  const refs: Record<string, unknown>[] = [{ source_name: 'gpos', external_id: record.id }];
  if (native) for (const r of own) refs.push({ ...r });
  return { refs, native };
}

function extensionFields(record: GposRecord, familyNative: readonly string[], keepExternalRefs: boolean): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    // STIX has no empty lists (minItems 1) and no revoked: false, so those stay in the extension to come back as they were
    const heldByStix = !(Array.isArray(value) && value.length === 0) && !(key === 'revoked' && value !== true);
    if ((COMMON_NATIVE.has(key) || familyNative.includes(key)) && heldByStix && !(key === 'external_refs' && keepExternalRefs)) continue;
    fields[key] = value;
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

function common(record: GposRecord, stixType: string, stixId: string, familyNative: readonly string[], typology: readonly string[] = []): StixObject {
  const r = record as BundleRecord & { source?: string; tlp?: keyof typeof TLP2_MARKING_IDS; confidence?: number; labels?: string[]; created?: string; modified: string };
  const { refs, native } = stixExternalRefs(record);
  const labels = [...(r.labels ?? []), ...typology.map((code) => `${TYPOLOGY_LABEL_PREFIX}${code}`)];
  const extension: GposPropertyExtension = { extension_type: 'property-extension', gpos_type: record.type, gpos_id: record.id, gpos_spec_version: record.spec_version ?? '' };
  const fields = extensionFields(record, familyNative, !native);
  if (fields) extension.fields = fields;
  const object: StixObject = { type: stixType, spec_version: '2.1', id: stixId, created: stixTimestamp(r.created ?? r.modified), modified: stixTimestamp(r.modified) };
  if (r.source) object.created_by_ref = identityIdFor(r.source);
  if (r.revoked) object.revoked = true;
  if (labels.length > 0) object.labels = labels;
  if (r.confidence !== undefined) object.confidence = r.confidence;
  object.external_references = refs;
  if (r.tlp) object.object_marking_refs = [TLP2_MARKING_IDS[r.tlp]];
  object.extensions = { [GPOS_EXTENSION_ID]: extension };
  return object;
}

function lossIfMultilingual(losses: Loss[], record: GposRecord, pointer: string, text: Text | string | undefined): void {
  if (text === undefined || typeof text === 'string') return;
  if (Object.keys(text).filter((k) => k !== 'original_language').length > 1)
    losses.push({ object: record.id, pointer, code: 'text_flattened', message: `STIX holds one language of ${pointer.slice(1)}; the others travel only in the GPOS extension.` });
}

function set(object: StixObject, key: string, value: unknown): void {
  if (value !== undefined) object[key] = value;
}

/**
 * GPOS records (or a GPOS bundle) as one STIX 2.1 bundle. Pure and deterministic: the same records give the same
 * STIX ids, so a re-export updates what a consumer holds instead of duplicating it. Everything STIX has no property
 * for travels in the GPOS extension; families and references STIX cannot hold are listed in `losses`.
 */
export function toStix(input: Bundle | readonly BundleRecord[]): ToStixResult {
  const records: readonly BundleRecord[] = Array.isArray(input) ? input : (input as Bundle).records;
  const losses: Loss[] = [];
  const objects = new Map<string, StixObject>();
  // several versions of one record in the input: the bundle carries the latest, as a consumer keeps it
  const add = (o: StixObject) => {
    const held = objects.get(o.id);
    if (held && typeof held.modified === 'string' && typeof o.modified === 'string' && held.modified > o.modified) return;
    objects.set(o.id, o);
  };
  add({ ...GPOS_STANDARD_IDENTITY });
  add({ ...GPOS_EXTENSION_DEFINITION, extension_types: [...GPOS_EXTENSION_DEFINITION.extension_types] });

  // references whose STIX type or id depends on the referenced record: organisations (by identifier), operations (by kind), observables
  const refIndex = new Map<string, string>();
  const indicatorsByObservable = new Map<string, string>();
  const organizations = new Set<string>();
  for (const input of records) {
    const record = fullRecord(input);
    if (!record) continue;
    if (record.type === 'organization') {
      refIndex.set(record.id, identityIdFor(record.identifier));
      organizations.add(record.identifier);
    } else if (record.type === 'operation') refIndex.set(record.id, stixIdFor(OPERATION_STIX_TYPE[record.kind] ?? 'campaign', record.id));
    else if (record.type === 'indicator') {
      if (record.observable.id) {
        refIndex.set(record.observable.id, observableToStix(record.observable).sco.id);
        indicatorsByObservable.set(record.observable.id, stixIdFor('indicator', record.id));
      }
    }
  }
  const resolve = (ref: string): string | undefined => {
    const family = ref.slice(0, ref.indexOf('--'));
    if (refIndex.has(ref)) return refIndex.get(ref);
    if (family === 'indicator' || family === 'sighting' || family === 'relationship') return stixIdFor(family, ref);
    if (family === 'case') return stixIdFor('incident', ref);
    return undefined;
  };
  const named = new Set<string>();
  const name = (orgRef: string | undefined) => {
    if (orgRef) named.add(orgRef);
  };

  for (const input of records) {
    const record = fullRecord(input);
    if (!record) {
      const revoked = retractionToStix(input as Retraction, losses);
      if (revoked) {
        name((input as Retraction).source);
        add(revoked);
      }
      continue;
    }
    name(record.source);
    switch (record.type) {
      case 'indicator':
        indicatorToStix(record, objects, add, losses);
        break;
      case 'organization':
        add(organizationToStix(record, losses));
        break;
      case 'case':
        add(caseToStix(record, losses));
        break;
      case 'operation':
        add(operationToStix(record, losses));
        break;
      case 'relationship': {
        const object = relationshipToStix(record, resolve, losses);
        if (object) add(object);
        break;
      }
      case 'sighting': {
        name(record.observed_by);
        const object = sightingToStix(record, indicatorsByObservable, losses);
        if (object) add(object);
        break;
      }
      default:
        losses.push({ object: record.id, pointer: '', code: 'no_counterpart', message: `STIX 2.1 has no object for a GPOS ${record.type}; it is not exported.` });
    }
  }
  for (const orgRef of named) {
    if (organizations.has(orgRef)) continue;
    add(stubIdentity(orgRef));
  }
  // the TLP 2.0 marking-definitions the objects reference, so a consumer that does not know their ids can resolve them
  const all = [...objects.values()];
  all.push(...tlpMarkingDefinitionsFor(all));
  const bundleName = Array.isArray(input) ? records.map((r) => `${r.id}@${r.modified}`).join(',') : (input as Bundle).id;
  return { bundle: { type: 'bundle', id: stixIdFor('bundle', bundleName), objects: all }, losses };
}

/** The GPOS version a minimal retraction that states none is exported as: the version that introduced the form. */
export const RETRACTION_SPEC_VERSION = '1.1.0';

/** The pattern of a revoked indicator sent from a minimal retraction: valid STIX patterning that matches no observable. */
export function retractionPattern(gposId: string): string {
  return `[x-gpos-retraction:id = '${gposId}']`;
}

/**
 * A minimal retraction as STIX: the object its record became, under the same id, with `revoked: true` and the
 * retraction's `modified` (STIX 2.1 §3.6.2). The retraction does not repeat the record, so the STIX properties only
 * the content gives are filled with placeholders a revoked object's consumer disregards: an indicator gets a pattern
 * that matches nothing ({@link retractionPattern}) and `valid_from` = `created`; an incident a generic name. `created`
 * is the retraction's, else its `modified`; `spec_version` the retraction's, else {@link RETRACTION_SPEC_VERSION}. The GPOS extension carries what STIX has no property for
 * (`revocation_reason`, and `created` when the retraction states it) so `fromStix` gives the retraction back.
 * Organisations and operations (whose STIX id or type depends on content), relationships and sightings (whose
 * required references do) cannot be revoked this way: reported as losses.
 */
export function retractionToStix(record: Retraction, losses: Loss[]): StixObject | undefined {
  const stixType = record.type === 'indicator' ? 'indicator' : record.type === 'case' ? 'incident' : undefined;
  if (!stixType) {
    const why =
      record.type === 'organization' || record.type === 'operation'
        ? `the STIX id of a ${record.type} depends on its content (identifier or kind), which a minimal retraction does not repeat`
        : record.type === 'relationship' || record.type === 'sighting'
          ? `a STIX ${record.type} requires the references a minimal retraction does not repeat`
          : `STIX 2.1 has no object for a GPOS ${record.type}`;
    losses.push({ object: record.id, pointer: '', code: 'no_counterpart', message: `This minimal retraction has no STIX form: ${why}. Send the record whole with revoked: true to revoke it in STIX.` });
    return undefined;
  }
  const created = stixTimestamp(record.created ?? record.modified);
  const fields: Record<string, unknown> = {};
  if (record.created !== undefined) fields.created = record.created;
  if (record.revocation_reason !== undefined) fields.revocation_reason = record.revocation_reason;
  // minimal retractions are a 1.1 form: one that does not state its version is read back as 1.1.0
  const extension: GposPropertyExtension = { extension_type: 'property-extension', gpos_type: record.type, gpos_id: record.id, gpos_spec_version: record.spec_version ?? RETRACTION_SPEC_VERSION };
  if (Object.keys(fields).length > 0) extension.fields = fields;
  const object: StixObject = { type: stixType, spec_version: '2.1', id: stixIdFor(stixType, record.id), created, modified: stixTimestamp(record.modified), created_by_ref: identityIdFor(record.source), revoked: true };
  if (stixType === 'indicator') Object.assign(object, { name: `Retracted: ${record.id}`, pattern: retractionPattern(record.id), pattern_type: 'stix', pattern_version: '2.1', valid_from: created });
  else object.name = `Retracted scam case: ${record.id}`;
  set(object, 'description', displayText(record.revocation_reason));
  object.external_references = [{ source_name: 'gpos', external_id: record.id }];
  if (record.tlp) object.object_marking_refs = [TLP2_MARKING_IDS[record.tlp]];
  object.extensions = { [GPOS_EXTENSION_ID]: extension };
  return object;
}

/** The identity of an organisation the export names (as a source or observer) but holds no record of. */
export function stubIdentity(orgRef: string): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: identityIdFor(orgRef),
    created: STUB_IDENTITY_CREATED,
    modified: STUB_IDENTITY_CREATED,
    name: orgRef,
    identity_class: 'organization',
    external_references: [{ source_name: 'gpos-org', external_id: orgRef }],
  };
}

export function indicatorToStix(record: Indicator, objects: ReadonlyMap<string, StixObject>, add: (o: StixObject) => void, losses: Loss[]): void {
  const { sco, pattern } = observableToStix(record.observable);
  const stixId = stixIdFor('indicator', record.id);
  const object = common(record, 'indicator', stixId, ['typology'], record.typology ?? []);
  const validFrom = stixTimestamp(record.first_seen ?? record.created);
  Object.assign(object, {
    name: `${record.observable.kind}: ${record.observable.canonical ?? record.observable.id ?? 'pseudonymised value'}`,
    indicator_types: record.status === 'false_positive' || record.status === 'allowlisted' ? ['benign'] : ['malicious-activity'],
    pattern,
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: validFrom,
  });
  if (record.valid_until) {
    const until = stixTimestamp(record.valid_until);
    if (until > validFrom) object.valid_until = until;
    else losses.push({ object: record.id, pointer: '/valid_until', code: 'property_dropped', message: 'STIX needs valid_until after valid_from (first_seen); it is kept only in the GPOS extension.' });
  }
  set(object, 'description', displayText(record.description));
  lossIfMultilingual(losses, record, '/description', record.description);
  add(object);
  // an observable travels at its indicator's TLP; one named by several indicators, at the strictest of theirs
  const existing = objects.get(sco.id);
  const tlp = existing ? strictestTlp(existing.object_marking_refs, record.tlp) : record.tlp;
  add({ ...sco, object_marking_refs: [TLP2_MARKING_IDS[tlp]] });
  add({
    type: 'relationship',
    spec_version: '2.1',
    id: stixIdFor('relationship', `${record.id}/based-on`),
    created: object.created,
    modified: object.modified,
    relationship_type: 'based-on',
    source_ref: stixId,
    target_ref: sco.id,
    ...(object.created_by_ref ? { created_by_ref: object.created_by_ref } : {}),
    ...(object.object_marking_refs ? { object_marking_refs: object.object_marking_refs } : {}),
  });
}

const TLP_ORDER = Object.keys(TLP2_MARKING_IDS) as Array<keyof typeof TLP2_MARKING_IDS>;

function strictestTlp(refs: unknown, tlp: keyof typeof TLP2_MARKING_IDS): keyof typeof TLP2_MARKING_IDS {
  const current = TLP_ORDER.find((t) => Array.isArray(refs) && refs.includes(TLP2_MARKING_IDS[t]));
  return current !== undefined && TLP_ORDER.indexOf(current) > TLP_ORDER.indexOf(tlp) ? current : tlp;
}

export function organizationToStix(record: Organization, losses: Loss[]): StixObject {
  const object = common(record, 'identity', identityIdFor(record.identifier), []);
  object.name = displayText(record.name) ?? record.identifier;
  object.identity_class = 'organization';
  set(object, 'description', displayText(record.description));
  set(object, 'contact_information', record.website);
  (object.external_references as Record<string, unknown>[]).push({ source_name: 'gpos-org', external_id: record.identifier });
  lossIfMultilingual(losses, record, '/name', record.name);
  lossIfMultilingual(losses, record, '/description', record.description);
  return object;
}

export function caseToStix(record: VictimCase, losses: Loss[]): StixObject {
  const typology = [record.scam_type, ...(record.secondary_scam_types ?? [])];
  const object = common(record, 'incident', stixIdFor('incident', record.id), [], typology);
  object.name = `Scam case: ${record.scam_type}`;
  losses.push({ object: record.id, pointer: '', code: 'property_dropped', message: 'STIX 2.1 incident is a stub (name and description): the case body travels only in the GPOS extension.' });
  return object;
}

export function operationToStix(record: Operation, losses: Loss[]): StixObject {
  const stixType = OPERATION_STIX_TYPE[record.kind] ?? 'campaign';
  const object = common(record, stixType, stixIdFor(stixType, record.id), [], record.typology ?? []);
  object.name = displayText(record.name) ?? record.id;
  set(object, 'description', displayText(record.description));
  const aliases = (record.aliases ?? []).map((alias) => displayText(alias)).filter((a): a is string => a !== undefined);
  if (aliases.length > 0) object.aliases = aliases;
  if (record.first_seen) object.first_seen = stixTimestamp(record.first_seen);
  if (record.last_seen && (!record.first_seen || record.last_seen >= record.first_seen)) object.last_seen = stixTimestamp(record.last_seen);
  if (stixType === 'infrastructure') object.infrastructure_types = [record.kind.replace(/_/g, '-')];
  lossIfMultilingual(losses, record, '/name', record.name);
  lossIfMultilingual(losses, record, '/description', record.description);
  return object;
}

export function relationshipToStix(record: Relationship, resolve: (ref: string) => string | undefined, losses: Loss[]): StixObject | undefined {
  const source = resolve(record.source_ref);
  const target = resolve(record.target_ref);
  if (!source || !target) {
    const missing = source ? record.target_ref : record.source_ref;
    losses.push({ object: record.id, pointer: source ? '/target_ref' : '/source_ref', code: 'unresolved_reference', message: `${missing} is not among the exported records, so its STIX id is unknown and the relationship is not exported.` });
    return undefined;
  }
  // the crosswalk's STIX type, which STIX tools know; an inverse code from the other end; a code with neither, hyphenated
  // (STIX allows custom types). The extension keeps the GPOS code and ends, so GPOS tools read back exactly what was sent.
  const mapped = relationshipOut(record.relationship_type, 'xw_stix_relationship') ?? { type: record.relationship_type.replace(/_/g, '-'), reversed: false };
  const object = common(record, 'relationship', stixIdFor('relationship', record.id), []);
  object.relationship_type = mapped.type;
  object.source_ref = mapped.reversed ? target : source;
  object.target_ref = mapped.reversed ? source : target;
  if (mapped.reversed) losses.push({ object: record.id, pointer: '/relationship_type', code: 'reference_reversed', message: `STIX names "${record.relationship_type}" only the other way round: written as "${mapped.type}" from the target to the source.` });
  set(object, 'description', displayText(record.description));
  if (record.start_time) object.start_time = stixTimestamp(record.start_time);
  if (record.stop_time && (!record.start_time || record.stop_time > record.start_time)) object.stop_time = stixTimestamp(record.stop_time);
  lossIfMultilingual(losses, record, '/description', record.description);
  return object;
}

export function sightingToStix(record: Sighting, indicatorsByObservable: ReadonlyMap<string, string>, losses: Loss[]): StixObject | undefined {
  const of = record.indicator_ref ? stixIdFor('indicator', record.indicator_ref) : record.observable_id ? indicatorsByObservable.get(record.observable_id) : undefined;
  if (!of) {
    losses.push({ object: record.id, pointer: '/observable_id', code: 'unresolved_reference', message: 'A STIX sighting must name what was sighted; no exported indicator holds this observable, so the sighting is not exported.' });
    return undefined;
  }
  const object = common(record, 'sighting', stixIdFor('sighting', record.id), ['observed_by', 'count']);
  object.sighting_of_ref = of;
  if (record.observed_by) object.where_sighted_refs = [identityIdFor(record.observed_by)];
  if (record.first_seen) object.first_seen = stixTimestamp(record.first_seen);
  if (record.last_seen) object.last_seen = stixTimestamp(record.last_seen);
  // both standards cap a count at 999,999,999
  if (record.count !== undefined) object.count = record.count;
  set(object, 'description', displayText(record.description));
  lossIfMultilingual(losses, record, '/description', record.description);
  return object;
}
