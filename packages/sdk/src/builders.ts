import { normalize, observableId, type NormalizeOptions } from '@gpos/normalize';
import { findCode, SPEC_VERSION } from '@gpos/schema';
import type { Bundle, Commitment, GposRecord, Indicator, Observable, ObservableAttributes, Organization, Tlp, VictimCase } from '@gpos/types';
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
export interface BundleInput {
  /** The organisation assembling (and signing) the bundle. */
  readonly producer: string;
  readonly records: readonly GposRecord[];
  /** The bundle marking; defaults to the most restrictive marking among the records (TLP:CLEAR when empty). */
  readonly tlp?: Tlp;
  readonly description?: Bundle['description'];
  readonly id?: string;
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
 * Builds an unsigned bundle around records (which are copied, not re-validated one by one: the bundle is
 * validated as a whole, so every record problem is reported with its index). Sign it with `signBundle`.
 */
export function buildBundle(input: BundleInput, options: BuildOptions = {}): BuildResult<Bundle> {
  const at = clock(options);
  const records = structuredClone([...input.records]) as GposRecord[];
  const tlp = input.tlp ?? records.reduce<Tlp>((t, r) => (isTlp(r.tlp) ? stricterTlp(t, r.tlp) : t), 'clear');
  const bundle = defined({
    type: 'bundle' as const,
    id: input.id ?? recordId('bundle', at),
    spec_version: SPEC_VERSION,
    created: rfc3339(at),
    producer: input.producer,
    tlp,
    description: input.description,
    records: records as Bundle['records'],
  }) as Bundle;
  return finish(bundle);
}
