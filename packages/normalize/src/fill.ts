import { normalize, optionsFromAttributes } from './normalize.js';
import { observableId } from './observable-id.js';
import type { NormalizeOptions } from './types.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why an observable could not be normalised: the normaliser's code and reason, at the value it read (`/observable/raw`). */
export interface ObservableNotFilled {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

/** What {@link fillObservable} did: changed the observable or left it as it was, could not, or had nothing to read. */
export type FillOutcome = { readonly changed: boolean } | { readonly failure: ObservableNotFilled } | { readonly skipped: true };

/**
 * Fills an indicator's observable from its value, in place: `canonical`, `match_keys`, `attributes`,
 * `normalizer` and the deterministic `id`, as `buildIndicator` does (`gpos normalize`, and `--normalize` of
 * `gpos convert` and `gpos validate` on spreadsheets). The value read is `raw` (the source of truth), else
 * `canonical`; its context comes from the observable's attributes (`optionsFromAttributes`), then
 * `defaultRegion`. Keyed match keys (`hmac_sha256`) are kept; attributes the normaliser reads from the value
 * replace stale ones, others (institution name, custodian…) are kept. An observable with only a pseudonym, or
 * no observable, is skipped. Under `@gpos/normalize/browser` it throws, like `normalize`, while a value needs the
 * Public Suffix List or the phone metadata and `loadHeavy()` has not fetched it.
 */
export function fillObservable(record: Obj, defaultRegion?: NormalizeOptions['defaultRegion']): FillOutcome {
  const observable = record.observable;
  if (record.type !== 'indicator' || !isObject(observable)) return { skipped: true };
  const field = typeof observable.raw === 'string' ? 'raw' : typeof observable.canonical === 'string' ? 'canonical' : undefined;
  if (field === undefined) return { skipped: true };
  const kind = typeof observable.kind === 'string' ? observable.kind : '';
  if (kind === '') return { failure: { pointer: '/observable/kind', code: 'unknown_kind', message: 'the observable has no kind, so its value cannot be normalised' } };
  const attributes = isObject(observable.attributes) ? observable.attributes : undefined;
  const options: NormalizeOptions = { ...(defaultRegion ? { defaultRegion } : {}), ...optionsFromAttributes(attributes) };
  const result = normalize(kind, observable[field] as string, options);
  if (!result.ok) {
    return { failure: { pointer: `/observable/${field}`, code: result.code, message: `the ${kind} value could not be normalised: ${result.reason.replace(/\.$/, '')}` } };
  }
  const before = JSON.stringify(observable);
  const keyed = Array.isArray(observable.match_keys) ? observable.match_keys.filter((k) => isObject(k) && k.type === 'hmac_sha256') : [];
  const matchKeys = [...result.match_keys, ...keyed];
  const merged = { ...attributes, ...result.attributes };
  // rebuilt in the schema's member order, so the output reads like what the SDK writes
  // a prototype-less object: an unknown member named __proto__ or constructor is copied like any other
  const rebuilt: Obj = Object.assign(Object.create(null) as Obj, { kind, id: observableId(kind, result.canonical) });
  if (typeof observable.raw === 'string') rebuilt.raw = observable.raw;
  rebuilt.canonical = result.canonical;
  for (const [name, value] of Object.entries(observable)) {
    if (!Object.hasOwn(rebuilt, name) && name !== 'match_keys' && name !== 'attributes' && name !== 'normalizer') rebuilt[name] = value;
  }
  if (matchKeys.length > 0) rebuilt.match_keys = matchKeys;
  if (Object.keys(merged).length > 0) rebuilt.attributes = merged;
  rebuilt.normalizer = { ...result.normalizer };
  record.observable = rebuilt;
  return { changed: JSON.stringify(rebuilt) !== before };
}
