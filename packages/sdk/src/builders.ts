import { normalize, observableId, type NormalizeOptions } from '@gpos/normalize';
import { findCode, SPEC_VERSION } from '@gpos/schema';
import type { Bundle, Commitment, GposRecord, Indicator, Observable, ObservableAttributes, Operation, Organization, Relationship, Retraction, Sighting, Statistic, Tlp, VictimCase } from '@gpos/types';
import { validate, type Problem } from '@gpos/validate';
import { recordId } from './ids.js';
import { locate, minTlpOf, personalFieldsOf } from './personal-fields.js';
import { isTlp, stricterTlp } from './tlp.js';

/** What every builder accepts besides the record's own fields. */
export interface BuildOptions {
  /** The clock for `created` and `modified` (and a bundle's `created`); tests pin it. Defaults to the system clock. */
  readonly now?: () => Date;
}

/** A problem the builder found: the validator's, or `observable_not_normalized` with the normaliser's own code. */
export type BuildProblem = Problem & {
  /** For `observable_not_normalized`: the normaliser's reason code (`bad_checksum`, `full_card_number`, `missing_context`…). */
  readonly normalizeCode?: string;
};

/**
 * A built record, valid against the standard (warnings, if any, are in `problems`), or every problem that kept it
 * from being valid. Builders never throw on bad data.
 */
export type BuildResult<T> =
  | { readonly ok: true; readonly record: T; readonly problems: readonly BuildProblem[] }
  | { readonly ok: false; readonly problems: readonly BuildProblem[] };

/** Fields the builders fill: callers may still pass `id`, `created` and `modified` (for a new version of a record). */
type Filled = 'type' | 'id' | 'spec_version' | 'created' | 'modified';
type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
type Base<T extends GposRecord> = Omit<T, Filled> & Partial<Pick<T, 'id' | 'created' | 'modified'>>;

export type IndicatorInput = Optional<Omit<Base<Indicator>, 'observable'>, 'tlp' | 'status'> & {
  /** The indicator kind (`phone_number`, `url`, `iban`…). */
  readonly kind: Observable['kind'];
  /** The value as reported, defanged or not (`081-234-5678`, `hxxps://bad[.]example`). */
  readonly raw: string;
  /** Context the value cannot carry: default region of a phone number, bank of an account, chain of a wallet. */
  readonly normalize?: NormalizeOptions;
  /** Extra observable attributes the normaliser cannot read from the value (institution name, custodian…). */
  readonly attributes?: ObservableAttributes;
};
export type CaseInput = Optional<Base<VictimCase>, 'tlp' | 'status'>;
export type CommitmentInput = Optional<Base<Commitment>, 'tlp' | 'status'>;
export type OrganizationInput = Optional<Base<Organization>, 'tlp'>;
export type OperationInput = Optional<Base<Operation>, 'tlp' | 'status'>;
export type RelationshipInput = Optional<Base<Relationship>, 'tlp'>;
export type SightingInput = Optional<Base<Sighting>, 'tlp' | 'verdict'>;
export type StatisticInput = Optional<Base<Statistic>, 'tlp'>;
/** What to retract: the record itself, or its type, id and source. */
export type RetractionInput = Pick<Retraction, 'type' | 'id' | 'source'> & {
  /** Why, in a sentence the recipient can act on. */
  readonly reason?: string;
  /** The marking of the retraction; the bundle's applies when absent. */
  readonly tlp?: Tlp;
};
export interface BundleInput {
  /** The organisation assembling (and signing) the bundle. */
  readonly producer: string;
  /** Full records, or minimal retractions from {@link buildRetraction}. */
  readonly records: ReadonlyArray<GposRecord | Retraction>;
  /** The bundle marking; defaults to the most restrictive marking among the records (TLP:CLEAR when empty). */
  readonly tlp?: Tlp;
  readonly description?: Bundle['description'];
  readonly id?: string;
  /** `delta` for a bundle of what changed since `since`; a bundle is `complete` by default. */
  readonly scope?: Bundle['scope'];
  /** For a delta bundle: the time its changes start from. */
  readonly since?: string;
  /** For a delta bundle: records the recipient already holds that the bundle's records refer to (see {@link stubOf}). */
  readonly references?: Bundle['references'];
}

const clock = (options: BuildOptions) => (options.now ?? (() => new Date()))();
/** RFC 3339 UTC, with milliseconds only when there are some. */
const rfc3339 = (date: Date) => date.toISOString().replace('.000Z', 'Z');

/** Drops `undefined` members so optional fields left unset do not appear as `"x": undefined`. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The lowest label every personal field present in `record` allows, never below `floor`. Narratives have their own tlp. */
function lowestTlpFor(record: Record<string, unknown>, floor: Tlp): Tlp {
  let tlp = floor;
  for (const { path, marking, codelist } of personalFieldsOf(String(record.type))) {
    if (marking.category === 'narrative') continue;
    for (const at of locate(record, path)) tlp = stricterTlp(tlp, minTlpOf(marking, record, (at.parent as Record<string | number, unknown>)[at.key], codelist));
  }
  return tlp;
}

function finish<T extends GposRecord | Bundle>(record: T): BuildResult<T> {
  const { valid, problems } = validate(record);
  return valid ? { ok: true, record, problems } : { ok: false, problems };
}

function envelope<T extends GposRecord['type']>(type: T, input: { id?: string | undefined; created?: string | undefined; modified?: string | undefined }, options: BuildOptions) {
  const at = clock(options);
  const now = rfc3339(at);
  const created = input.created ?? now;
  return { type, id: input.id ?? recordId(type, at), spec_version: SPEC_VERSION, created, modified: input.modified ?? (input.created ? now : created) };
}

/**
 * Builds an indicator from a raw value: normalises it with `@gpos/normalize` (canonical form, match keys,
 * attributes, normaliser version), derives the deterministic observable id, fills the envelope, and validates.
 * Defaults: `status` `reported`; `tlp` TLP:GREEN, raised to the indicator kind's minimum (TLP:AMBER for bank
 * accounts, IBANs, cards…) — pass `tlp` to share more narrowly.
 *
 * @example
 * const built = buildIndicator({ kind: 'phone_number', raw: '081-234-5678', source: 'TH-GOV:aoc1441', normalize: { defaultRegion: 'TH' } });
 * if (built.ok) console.log(built.record.observable.canonical); // '+66812345678'
 */
export function buildIndicator(input: IndicatorInput, options: BuildOptions = {}): BuildResult<Indicator> {
  const { kind, raw, normalize: context, attributes, id, created, modified, tlp, status, ...rest } = input;
  const result = normalize(kind, raw, context ?? {});
  if (!result.ok) {
    return {
      ok: false,
      problems: [{ severity: 'error', code: 'observable_not_normalized', normalizeCode: result.code, pointer: '/observable/raw', message: `The ${kind} value could not be normalised: ${result.reason.replace(/\.$/, '')}.` }],
    };
  }
  const mergedAttributes = { ...(result.attributes as ObservableAttributes), ...attributes };
  const observable = defined({
    kind,
    id: observableId(kind, result.canonical),
    raw: result.raw,
    canonical: result.canonical,
    match_keys: result.match_keys.length > 0 ? (result.match_keys as Observable['match_keys']) : undefined,
    attributes: Object.keys(mergedAttributes).length > 0 ? mergedAttributes : undefined,
    normalizer: { ...result.normalizer },
  }) as Observable;
  const kindMin = findCode('indicator_kind', kind)?.min_tlp;
  const record: Indicator = defined({
    ...envelope('indicator', { id, created, modified }, options),
    ...(rest as Omit<Indicator, Filled | 'observable' | 'tlp' | 'status'>),
    tlp: tlp ?? 'green',
    observable,
    status: status ?? 'reported',
  });
  if (tlp === undefined) record.tlp = lowestTlpFor(record as unknown as Record<string, unknown>, isTlp(kindMin) ? stricterTlp('green', kindMin) : 'red');
  return finish(record);
}

/**
 * Builds a victim case. Defaults: `status` `received`; `tlp` TLP:AMBER (victim case facts), raised to what the
 * personal fields present need (TLP:AMBER+STRICT with `victim.vulnerability`). A narrative travels at its own
 * `tlp`, TLP:RED when absent.
 */
export function buildCase(input: CaseInput, options: BuildOptions = {}): BuildResult<VictimCase> {
  const { id, created, modified, tlp, status, ...rest } = input;
  const record: VictimCase = defined({ ...envelope('case', { id, created, modified }, options), ...rest, tlp: tlp ?? 'amber', status: status ?? 'received' });
  if (tlp === undefined) record.tlp = lowestTlpFor(record as unknown as Record<string, unknown>, 'amber');
  return finish(record);
}

/** Builds a commitment. Defaults: `status` `planned`; `tlp` TLP:CLEAR (pledges are public). */
export function buildCommitment(input: CommitmentInput, options: BuildOptions = {}): BuildResult<Commitment> {
  const { id, created, modified, tlp, status, ...rest } = input;
  return finish(defined({ ...envelope('commitment', { id, created, modified }, options), ...rest, tlp: tlp ?? 'clear', status: status ?? 'planned' }) as Commitment);
}

/** Builds an organisation record. Default `tlp`: TLP:CLEAR. */
export function buildOrganization(input: OrganizationInput, options: BuildOptions = {}): BuildResult<Organization> {
  const { id, created, modified, tlp, ...rest } = input;
  return finish(defined({ ...envelope('organization', { id, created, modified }, options), ...rest, tlp: tlp ?? 'clear' }) as Organization);
}

/**
 * Builds a scam operation (a compound, call centre, laundering or recruitment network). Defaults: `status`
 * `unknown` (say what you know); `tlp` TLP:GREEN.
 */
export function buildOperation(input: OperationInput, options: BuildOptions = {}): BuildResult<Operation> {
  const { id, created, modified, tlp, status, ...rest } = input;
  return finish(defined({ ...envelope('operation', { id, created, modified }, options), ...rest, tlp: tlp ?? 'green', status: status ?? 'unknown' }) as Operation);
}

/**
 * Builds a typed relationship, "source relationship_type target". Default `tlp`: TLP:GREEN, raised to TLP:AMBER
 * when a `description` (which may name people) is given. The validator checks that the type fits the families it
 * connects (`relationship_type_mismatch`) and that the two ends differ.
 */
export function buildRelationship(input: RelationshipInput, options: BuildOptions = {}): BuildResult<Relationship> {
  const { id, created, modified, tlp, ...rest } = input;
  const record = defined({ ...envelope('relationship', { id, created, modified }, options), ...rest, tlp: tlp ?? 'green' }) as Relationship;
  if (tlp === undefined) record.tlp = lowestTlpFor(record as unknown as Record<string, unknown>, 'green');
  return finish(record);
}

/**
 * Builds a sighting of an indicator (`indicator_ref`) or an observable (`observable_id`). Defaults: `verdict`
 * `seen`; `tlp` TLP:GREEN, raised to TLP:AMBER when a `description` is given.
 */
export function buildSighting(input: SightingInput, options: BuildOptions = {}): BuildResult<Sighting> {
  const { id, created, modified, tlp, verdict, ...rest } = input;
  const record = defined({ ...envelope('sighting', { id, created, modified }, options), ...rest, tlp: tlp ?? 'green', verdict: verdict ?? 'seen' }) as Sighting;
  if (tlp === undefined) record.tlp = lowestTlpFor(record as unknown as Record<string, unknown>, 'green');
  return finish(record);
}

/**
 * Builds a published statistic. Default `tlp`: TLP:CLEAR (published figures); the validator warns about a small
 * cell below the declared `small_cell_threshold` at that marking.
 */
export function buildStatistic(input: StatisticInput, options: BuildOptions = {}): BuildResult<Statistic> {
  const { id, created, modified, tlp, ...rest } = input;
  return finish(defined({ ...envelope('statistic', { id, created, modified }, options), ...rest, tlp: tlp ?? 'clear' }) as Statistic);
}

/**
 * The minimal form of a retraction: names a record and withdraws every version of it, without repeating its
 * content. Only the record's source may retract it. `modified` is the clock's time, later than any version.
 */
export function buildRetraction(input: RetractionInput, options: BuildOptions = {}): BuildResult<Retraction> {
  const record = defined({
    type: input.type,
    id: input.id,
    spec_version: SPEC_VERSION,
    modified: rfc3339(clock(options)),
    source: input.source,
    tlp: input.tlp,
    revoked: true as const,
    revocation_reason: input.reason,
  }) as Retraction;
  const { valid, problems } = validate(record);
  return valid ? { ok: true, record, problems } : { ok: false, problems };
}

/** The stub a delta bundle lists in `references` for a record the recipient already holds. */
export function stubOf(record: Pick<GposRecord, 'type' | 'id' | 'modified'>): NonNullable<Bundle['references']>[number] {
  return { type: record.type, id: record.id, modified: record.modified };
}

/**
 * Builds an unsigned bundle around records (which are copied, not re-validated one by one: the bundle is
 * validated as a whole, so every record problem is reported with its index). Sign it with `signBundle`.
 */
export function buildBundle(input: BundleInput, options: BuildOptions = {}): BuildResult<Bundle> {
  const at = clock(options);
  const records = structuredClone([...input.records]);
  const tlp = input.tlp ?? records.reduce<Tlp>((t, r) => (isTlp(r.tlp) ? stricterTlp(t, r.tlp) : t), 'clear');
  const bundle = defined({
    type: 'bundle' as const,
    id: input.id ?? recordId('bundle', at),
    spec_version: SPEC_VERSION,
    created: rfc3339(at),
    producer: input.producer,
    tlp,
    description: input.description,
    scope: input.scope,
    since: input.since,
    references: input.references ? structuredClone([...input.references]) : undefined,
    records: records as Bundle['records'],
  }) as Bundle;
  return finish(bundle);
}
