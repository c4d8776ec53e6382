import type { NormalizeOptions } from '@gpos/normalize';
import { CliError } from './errors.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why an observable could not be normalised: the normaliser's code and reason, at the value it read. */
export interface NotNormalised {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

export type NormaliseOutcome = { readonly changed: boolean } | { readonly failure: NotNormalised } | { readonly skipped: true };

/**
 * Fills an indicator's observable from its value, in place: `canonical`, `match_keys`, `attributes`,
 * `normalizer` and the deterministic `id`, as `buildIndicator` does. The value read is `raw` (the source of
 * truth), else `canonical`; its context comes from the observable's attributes (`optionsFromAttributes`), then
 * `defaultRegion`. Keyed match keys (`hmac_sha256`) are kept; attributes the normaliser reads from the value
 * replace stale ones, others (institution name, custodian…) are kept. An observable with only a pseudonym, or
 * no observable, is skipped.
 */
export async function normaliseObservable(record: Obj, defaultRegion: string | undefined): Promise<NormaliseOutcome> {
  const observable = record.observable;
  if (record.type !== 'indicator' || !isObject(observable)) return { skipped: true };
  const field = typeof observable.raw === 'string' ? 'raw' : typeof observable.canonical === 'string' ? 'canonical' : undefined;
  if (field === undefined) return { skipped: true };
  const { normalize, observableId, optionsFromAttributes } = await import('@gpos/normalize');
  const kind = typeof observable.kind === 'string' ? observable.kind : '';
  if (kind === '') return { failure: { pointer: '/observable/kind', code: 'unknown_kind', message: 'the observable has no kind, so its value cannot be normalised' } };
  const attributes = isObject(observable.attributes) ? observable.attributes : undefined;
  const options: NormalizeOptions = { ...(defaultRegion ? { defaultRegion: defaultRegion as NormalizeOptions['defaultRegion'] } : {}), ...optionsFromAttributes(attributes) };
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

/** `--default-region`: an ISO 3166-1 alpha-2 code, upper-cased. */
export function regionOption(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z]{2}$/.test(raw)) throw CliError.usage(`--default-region needs a two-letter country code such as TH or GB, not '${raw}'`);
  return raw.toUpperCase();
}
