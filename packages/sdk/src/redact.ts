import { observableId } from '@gpos/normalize';
import { RECORD_TYPES } from '@gpos/schema';
import { assertRecordsInput } from './input-guard.js';
import type { Bundle, GposRecord, Observable, Tlp } from '@gpos/types';
import type { Keyring } from './keyring.js';
import { labelAt, markingsOf, removeParts, type Removal } from './markings.js';
import { locate, minTlpOf, personalFieldsOf } from './personal-fields.js';
import { protectObservable, type RedactionNote } from './protect-observable.js';
import { isTlp, looserTlp, stricterTlp, tlpAllows } from './tlp.js';

/** Who will receive the redacted data, as the TLP label they are cleared for. */
export type Audience = Tlp;
export type { RedactionNote };

export interface RedactOptions {
  /** The TLP label the recipients are cleared for. Nothing marked above it survives. */
  readonly audience: Audience;
  /**
   * Community keys. With them, an observable value that may not reach the audience is replaced by its keyed
   * `pseudonym` and its match keys by `hmac_sha256` keys, so recipients holding the key can still match it.
   * Without them, such an observable cannot be matched and its indicator is dropped.
   */
  readonly keyring?: Keyring;
  /**
   * What happens to an indicator marked above the audience. `'drop'` (the default) removes it, as any record above
   * the audience. `'pseudonymise'` — the recommended way to share indicators more widely, and it needs `keyring` —
   * lowers it to the audience instead: its observable travels only as a keyed pseudonym (`raw`, `canonical`, the
   * derived `id` and value-bearing attributes go; match keys become HMAC keys), it keeps only its coded fields
   * ({@link LOWERED_INDICATOR_FIELDS}: typology, status, dates, confidence…; free text, labels, reference numbers,
   * impersonated names, actions, extensions and markings go, as they were written for the original audience), and
   * its `tlp` becomes the audience. An indicator marked TLP:RED (named recipients only) is never lowered.
   */
  readonly indicatorsAbove?: 'drop' | 'pseudonymise';
}

/**
 * The fields an indicator keeps when `indicatorsAbove: 'pseudonymise'` lowers it to a wider audience: its envelope,
 * the pseudonymised observable and the coded facts about it. Everything else was written for the audience it was
 * marked for.
 */
export const LOWERED_INDICATOR_FIELDS: readonly string[] = [
  'type', 'id', 'spec_version', 'created', 'modified', 'source', 'tlp', 'pap', 'confidence', 'source_reliability', 'revoked',
  'observable', 'roles', 'typology', 'enablers', 'status', 'actionable', 'first_seen', 'last_seen', 'valid_until',
  'sighting_count', 'predictive', 'countries', 'related_indicators',
];

export interface Redacted<T> {
  /** The redacted copy; `undefined` when a single record was removed as a whole. */
  readonly value: T;
  readonly notes: readonly RedactionNote[];
}

type AnyRecord = Record<string, unknown>;

const isObservableValue = (path: readonly string[]) => path.length === 2 && path[0] === 'observable' && (path[1] === 'raw' || path[1] === 'canonical');
const isObject = (v: unknown): v is AnyRecord => v !== null && typeof v === 'object' && !Array.isArray(v);
const label = (tlp: Tlp) => `TLP:${tlp.toUpperCase()}`;
/** The bundle fields that describe the envelope rather than say anything: every other one is the producer's text. */
// `scope`, `since` and `references` say how to read the records (a delta names what the recipient already holds): they
// travel with them, or a delta bundle would turn into a complete one with dangling references
const ENVELOPE_STRUCTURE = new Set(['type', 'id', 'spec_version', 'created', 'producer', 'tlp', 'records', 'scope', 'since', 'references']);

export function redact(value: Bundle, options: RedactOptions): Promise<Bundle>;
export function redact(value: readonly GposRecord[], options: RedactOptions): Promise<GposRecord[]>;
export function redact<R extends GposRecord>(value: R, options: RedactOptions): Promise<R | undefined>;
/**
 * A copy of a record, an array of records or a bundle fit for `audience` (see the package README for the policy):
 *
 * - every record marked above the audience is removed, as is any record with no valid `tlp` or of an unknown family;
 * - in what remains, every part the record's `markings` label above the audience is removed, and every field the
 *   schema marks as personal data with a minimum TLP above the audience — or above the label it travels under (the
 *   deepest marking naming it, else the record's own) — is removed; a case narrative counts at its own `tlp`
 *   (TLP:RED when absent). Markings of removed parts go with them, and an array emptied by removals goes too;
 * - a record that cannot lose a part it must not pass on (a required field marked above the audience) is removed;
 * - an observable whose value may not go is replaced by its keyed `pseudonym` when a keyring is given (its `id`,
 *   derived from the value, goes too), otherwise its indicator is removed;
 * - in an array or a bundle, that value-derived id then goes from every other record as well: a sighting naming its
 *   indicator loses `observable_id`, a case transfer end loses `observable_ref`, and a sighting naming only the id, a
 *   relationship from or to it, or any record still holding it is removed (unless another indicator in the output
 *   gives the same value to the audience in the clear);
 * - a bundle keeps its id, loses its `signature` (it no longer covers the content; sign again) and has its `tlp`
 *   lowered to the audience when it was marked above it — and then loses its `description` (and any other text of
 *   its own), which was written for the bundle's original audience.
 *
 * Pure: the input is never modified.
 *
 * @example const forCommunity = await redact(bundle, { audience: 'green', keyring });
 */
export async function redact(value: unknown, options: RedactOptions): Promise<unknown> {
  return (await redactWithNotes(value as GposRecord, options)).value;
}

export function redactWithNotes(value: Bundle, options: RedactOptions): Promise<Redacted<Bundle>>;
export function redactWithNotes(value: readonly GposRecord[], options: RedactOptions): Promise<Redacted<GposRecord[]>>;
export function redactWithNotes<R extends GposRecord>(value: R, options: RedactOptions): Promise<Redacted<R | undefined>>;
/** {@link redact}, also listing what was removed or pseudonymised and why. */
export async function redactWithNotes(value: unknown, options: RedactOptions): Promise<Redacted<unknown>> {
  if (!isTlp(options.audience)) throw new TypeError(`redact: audience must be one of clear, green, amber, amber+strict, red`);
  if (options.indicatorsAbove !== undefined && options.indicatorsAbove !== 'drop' && options.indicatorsAbove !== 'pseudonymise') {
    throw new TypeError(`redact: indicatorsAbove must be 'drop' or 'pseudonymise'`);
  }
  if (options.indicatorsAbove === 'pseudonymise' && !options.keyring) {
    throw new TypeError(`redact: indicatorsAbove: 'pseudonymise' needs a keyring — an indicator is lowered by replacing its observable with a keyed pseudonym`);
  }
  assertRecordsInput('redact', value);
  const notes: RedactionNote[] = [];
  if (Array.isArray(value)) {
    const kept = await redactRecords(value, options, notes);
    const records = withoutLinksToRemoved(value, kept, notes, hiddenObservableIds(value, kept));
    return { value: records, notes };
  }
  if (isObject(value) && value.type === 'bundle') {
    const { signature: _signature, ...rest } = value;
    const input = Array.isArray(value.records) ? value.records : [];
    const kept = await redactRecords(input, options, notes, value.tlp);
    const hidden = hiddenObservableIds(input, kept);
    const records = withoutLinksToRemoved(input, kept, notes, hidden);
    // what the bundle says about itself (its description, any field a later version adds) is marked by the
    // bundle's own TLP: relabelled for a lower audience, or marked with no valid label, it goes
    if (!isTlp(value.tlp) || !tlpAllows(options.audience, value.tlp)) {
      for (const key of Object.keys(rest)) {
        if (ENVELOPE_STRUCTURE.has(key)) continue;
        delete rest[key];
        notes.push({ action: 'field_removed', pointer: `/${key}`, reason: `bundle text marked ${isTlp(value.tlp) ? label(value.tlp) : 'with no valid tlp'}, above the audience ${label(options.audience)}` });
      }
    }
    for (const key of Object.keys(rest)) {
      // the bundle's own text may not name an observable by the id it no longer shows
      if (ENVELOPE_STRUCTURE.has(key) || !holdsAny(rest[key], hidden)) continue;
      delete rest[key];
      notes.push({ action: 'field_removed', pointer: `/${key}`, reason: HIDDEN_ID });
    }
    const declared = isTlp(value.tlp) ? looserTlp(value.tlp, options.audience) : options.audience;
    // never below a record it carries, even when the input bundle was marked too low
    const tlp = records.reduce<Tlp>((t, r) => (isObject(r) && isTlp(r.tlp) ? stricterTlp(t, r.tlp) : t), declared);
    return { value: { ...structuredClone(rest), tlp, records }, notes };
  }
  return { value: await redactRecord(value, options, notes), notes };
}

/** Fields of the 1.1 families that exist only to point at another record: without their target they say nothing. */
const LINKS: Readonly<Record<string, readonly string[]>> = { relationship: ['source_ref', 'target_ref'], sighting: ['indicator_ref'] };

/**
 * A relationship or sighting whose target the audience may not see goes with it: it would dangle in the bundle (which
 * then fails `unresolved_reference`) and still tell the audience that a record with that id exists. A commitment
 * metric's `statistic_refs` lose the statistics that went. Repeated until nothing more goes (a relationship may point
 * at a relationship).
 */
function withoutLinksToRemoved(input: readonly unknown[], kept: AnyRecord[], notes: RedactionNote[], hidden: ReadonlySet<string>): AnyRecord[] {
  const inputIds = new Set(input.flatMap((r) => (isObject(r) && typeof r.id === 'string' ? [r.id] : [])));
  let records = withoutHiddenObservableIds(kept, notes, hidden);
  for (;;) {
    const keptIds = new Set(records.map((r) => r.id));
    const removed = (id: unknown) => typeof id === 'string' && inputIds.has(id) && !keptIds.has(id);
    const next = records.filter((record) => {
      const field = (LINKS[String(record.type)] ?? []).find((key) => removed(record[key]));
      if (!field) return true;
      notes.push({ action: 'record_removed', record: String(record.id), pointer: '', reason: `its ${field} names a record the audience may not see` });
      return false;
    });
    if (next.length === records.length) break;
    records = next;
  }
  const keptIds = new Set(records.map((r) => r.id));
  for (const record of records) {
    if (record.type !== 'commitment' || !Array.isArray(record.metrics)) continue;
    record.metrics.forEach((metric: unknown, m: number) => {
      if (!isObject(metric) || !Array.isArray(metric.periods)) return;
      metric.periods.forEach((period: unknown, p: number) => {
        if (!isObject(period) || !Array.isArray(period.statistic_refs)) return;
        const refs = period.statistic_refs.filter((id: unknown) => !(typeof id === 'string' && inputIds.has(id) && !keptIds.has(id)));
        if (refs.length === period.statistic_refs.length) return;
        const pointer = `/metrics/${m}/periods/${p}/statistic_refs`;
        notes.push({ action: 'field_removed', record: String(record.id), pointer, reason: 'statistics the audience may not see' });
        if (refs.length > 0) period.statistic_refs = refs;
        else delete period.statistic_refs;
      });
    });
  }
  return records;
}

async function redactRecords(records: readonly unknown[], options: RedactOptions, notes: RedactionNote[], bundleTlp?: unknown): Promise<AnyRecord[]> {
  const out: AnyRecord[] = [];
  for (const record of records) {
    const kept = await redactRecord(record, options, notes, bundleTlp);
    if (kept) out.push(kept);
  }
  return out;
}

async function redactRecord(input: unknown, options: RedactOptions, notes: RedactionNote[], bundleTlp?: unknown): Promise<AnyRecord | undefined> {
  const id = isObject(input) && typeof input.id === 'string' ? input.id : undefined;
  const drop = (reason: string) => {
    notes.push({ action: 'record_removed', ...(id ? { record: id } : {}), pointer: '', reason });
    return undefined;
  };
  if (!isObject(input)) return drop('not a record');
  // a minimal retraction may leave its tlp out: it travels under its bundle's
  const tlp = isTlp(input.tlp) ? input.tlp : input.tlp === undefined && input.revoked === true && isTlp(bundleTlp) ? bundleTlp : undefined;
  if (!tlp) return drop('the record has no valid tlp, so it is treated as TLP:RED');
  // an indicator above the audience may be lowered to it, its observable pseudonymised, when the caller asks
  const lowering = !tlpAllows(options.audience, tlp) && options.indicatorsAbove === 'pseudonymise' && options.keyring !== undefined && input.type === 'indicator' && tlp !== 'red' && isObject(input.observable);
  if (!tlpAllows(options.audience, tlp) && !lowering) {
    return drop(`the record is ${label(tlp)}, above the audience ${label(options.audience)}${input.type === 'indicator' && tlp === 'red' && options.indicatorsAbove === 'pseudonymise' ? ' (a TLP:RED indicator is never lowered)' : ''}`);
  }
  if (!(RECORD_TYPES as readonly unknown[]).includes(input.type)) return drop('the record is of no known family');
  const type = String(input.type);
  const fields = personalFieldsOf(type);

  const record = structuredClone(input);
  const marked = tlp;
  if (lowering) {
    for (const key of Object.keys(record)) {
      if (LOWERED_INDICATOR_FIELDS.includes(key)) continue;
      delete record[key];
      notes.push({ action: 'field_removed', ...(id ? { record: id } : {}), pointer: `/${key}`, reason: `written for ${label(marked)}; an indicator lowered to ${label(options.audience)} keeps only its coded fields` });
    }
    record.tlp = options.audience;
  }
  return finishRecord(record, lowering ? options.audience : tlp, lowering ? marked : undefined, type, fields, options, notes, id, drop);
}

async function finishRecord(
  record: AnyRecord,
  tlp: Tlp,
  loweredFrom: Tlp | undefined,
  type: string,
  fields: ReturnType<typeof personalFieldsOf>,
  options: RedactOptions,
  notes: RedactionNote[],
  id: string | undefined,
  drop: (reason: string) => undefined,
): Promise<AnyRecord | undefined> {
  const markings = markingsOf(record);
  // a field above the record's own marking is mis-marked: it may not travel even to an audience cleared higher
  const ceiling = looserTlp(options.audience, tlp);
  const removals: Removal[] = [];
  let observableTooHigh: Tlp | undefined;

  // a part marked above the audience goes, whatever it holds
  for (const m of markings) {
    if (!tlpAllows(options.audience, m.tlp)) removals.push({ pointer: m.pointer, reason: `marked ${label(m.tlp)} in markings, above the audience ${label(options.audience)}` });
  }

  for (const { path, marking, codelist } of fields) {
    for (const at of locate(record, path)) {
      const node = (at.parent as AnyRecord)[at.key as string];
      const min = minTlpOf(marking, record, node, codelist);
      let level = min;
      // judged against the label the value travels under: the deepest marking naming it, or the record's
      let limit = markings.length > 0 ? looserTlp(options.audience, labelAt(markings, at.pointer, tlp)) : ceiling;
      if (marking.category === 'narrative') {
        // a narrative carries its own marking, which may be stricter than the record's: judge it against the audience
        const own = isObject(node) && isTlp(node.tlp) ? node.tlp : 'red';
        limit = options.audience;
        if (!tlpAllows(own, min)) {
          removals.push({ pointer: at.pointer, reason: `a narrative marked ${label(own)}, below the ${label(min)} its personal data needs` });
          continue;
        }
        level = own;
      }
      if (tlpAllows(limit, level)) continue;
      if (isObservableValue(path)) continue;
      removals.push({ pointer: at.pointer, reason: `personal data (${marking.category}) that needs ${label(level)}` });
    }
    // judged by its kind even when only match keys or attributes carry the value
    if (isObservableValue(path) && isObject(record.observable)) {
      const min = minTlpOf(marking, record);
      if (!tlpAllows(ceiling, min)) observableTooHigh = min;
    }
  }

  const removed = removeParts(record, type, removals);
  if ('required' in removed) return drop(`${removed.required} may not reach the audience ${label(options.audience)}, and the record cannot be sent without it`);
  for (const { pointer, reason } of removed.done) notes.push({ action: 'field_removed', ...(id ? { record: id } : {}), pointer, reason });

  if (loweredFrom && isObject(record.observable)) {
    const ok = await protectObservable(record.observable as unknown as Observable, `is marked ${label(loweredFrom)}; the indicator is lowered to ${label(options.audience)} with a pseudonym`, options.keyring, notes, id);
    if (!ok) return drop(`the record is ${label(loweredFrom)}, above the audience ${label(options.audience)}, and its observable has no canonical value to pseudonymise`);
    notes.push({ action: 'record_lowered', ...(id ? { record: id } : {}), pointer: '/tlp', reason: `lowered from ${label(loweredFrom)} to ${label(options.audience)}: the observable travels only as a keyed pseudonym` });
  } else if (observableTooHigh && isObject(record.observable)) {
    const ok = await protectObservable(record.observable as unknown as Observable, `needs ${label(observableTooHigh)}`, options.keyring, notes, id);
    if (!ok) return drop(`its observable value needs ${label(observableTooHigh)} and no keyring was given to pseudonymise it`);
  }
  return record;
}

/** The value-derived ids of an indicator's observable: the one it carries and the one its kind and canonical value give. */
function observableIdsOf(record: unknown): string[] {
  if (!isObject(record) || record.type !== 'indicator' || !isObject(record.observable)) return [];
  const { kind, canonical, id } = record.observable;
  const ids = typeof id === 'string' ? [id] : [];
  if (typeof kind === 'string' && kind.length > 0 && typeof canonical === 'string' && canonical.length > 0) ids.push(observableId(kind, canonical));
  return ids;
}

/** The observable ids of indicators whose observable the audience receives pseudonymised or not at all. */
function hiddenObservableIds(input: readonly unknown[], kept: readonly AnyRecord[]): Set<string> {
  const clear = new Set(kept.flatMap(observableIdsOf));
  return new Set(input.flatMap(observableIdsOf).filter((id) => !clear.has(id)));
}

const HIDDEN_ID = 'the value-derived id of an observable that was pseudonymised or removed for the audience';
const OBSERVABLE_IDS = /observable--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** True when any of `ids` appears anywhere in `value`, its keys and text included: one pass, whatever the number of ids. */
const holdsAny = (value: unknown, ids: ReadonlySet<string>) => {
  if (ids.size === 0) return false;
  for (const [id] of (JSON.stringify(value) ?? '').matchAll(OBSERVABLE_IDS)) if (ids.has(id.toLowerCase())) return true;
  return false;
};

/**
 * An observable id is a UUIDv5 of the kind and canonical value, so anyone can confirm a guessed value (a victim's
 * phone number) by recomputing it. When an indicator's observable was pseudonymised, lowered or removed, its id may
 * appear nowhere else in the output either — unless another indicator the audience receives carries the value in
 * clear. A sighting that also names its indicator loses `observable_id` (the indicator's pseudonym still matches); one
 * that names only the id is removed, as is a relationship from or to it; a case transfer end loses its
 * `observable_ref` (the end goes when nothing else is left in it); any other record still holding such an id (in free
 * text or an extension) is removed.
 */
function withoutHiddenObservableIds(kept: AnyRecord[], notes: RedactionNote[], hidden: ReadonlySet<string>): AnyRecord[] {
  if (hidden.size === 0) return kept;
  const isHidden = (v: unknown) => typeof v === 'string' && hidden.has(v);
  const reason = HIDDEN_ID;
  const out: AnyRecord[] = [];
  for (const record of kept) {
    const id = String(record.id);
    const gone = (why: string) => notes.push({ action: 'record_removed', record: id, pointer: '', reason: why });
    const removals: Removal[] = [];
    if (record.type === 'sighting' && isHidden(record.observable_id)) {
      if (typeof record.indicator_ref !== 'string') {
        gone(`its observable_id is ${reason}, and it names no indicator to stand for it`);
        continue;
      }
      removals.push({ pointer: '/observable_id', reason });
    }
    if (record.type === 'relationship') {
      const field = (['source_ref', 'target_ref'] as const).find((key) => isHidden(record[key]));
      if (field) {
        gone(`its ${field} is ${reason}`);
        continue;
      }
    }
    if (record.type === 'case' && Array.isArray(record.transfers)) {
      record.transfers.forEach((transfer: unknown, t: number) => {
        if (!isObject(transfer)) return;
        for (const end of ['from', 'to'] as const) {
          const at = transfer[end];
          if (!isObject(at) || !isHidden(at.observable_ref)) continue;
          const alone = Object.keys(at).every((key) => key === 'observable_ref');
          removals.push({ pointer: alone ? `/transfers/${t}/${end}` : `/transfers/${t}/${end}/observable_ref`, reason });
        }
      });
    }
    if (removals.length > 0) {
      const removed = removeParts(record, String(record.type), removals);
      if ('required' in removed) {
        gone(`${removed.required} is ${reason}, and the record cannot be sent without it`);
        continue;
      }
      for (const { pointer, reason: why } of removed.done) notes.push({ action: 'field_removed', record: id, pointer, reason: why });
    }
    // anywhere else (free text, an extension) the id cannot be cut out safely: the record goes
    if (holdsAny(record, hidden)) {
      gone(`it still holds ${reason}`);
      continue;
    }
    out.push(record);
  }
  return out;
}
