import { KIND_NORMALIZERS } from './kinds/index.js';
import type { KindNormalizer, NormalizeOptions, NormalizeResult, ObservableKind } from './types.js';
import { NORMALIZER } from './version.js';

/** Longest value accepted, as in the schema's `raw` and `canonical`. */
export const MAX_VALUE_LENGTH = 8192;

// a Map lookup stays cheap when the kind varies from call to call; a keyed property load goes megamorphic
const BY_KIND: ReadonlyMap<string, KindNormalizer> = new Map(Object.entries(KIND_NORMALIZERS));

// shared rather than a fresh `{}` per call: no normaliser writes to its options
const NO_OPTIONS: NormalizeOptions = Object.freeze({});

/** Whether a string names a kind this normaliser knows. */
export function isObservableKind(kind: string): kind is ObservableKind {
  return BY_KIND.has(kind);
}

/**
 * Normalises a value of an indicator kind: its canonical form, match keys and structured attributes, or a
 * stable code and a reason when the value is not valid for the kind. Never throws on user input.
 */
export function normalize(kind: string, raw: string, options: NormalizeOptions = NO_OPTIONS): NormalizeResult {
  if (typeof raw !== 'string') return { ok: false, kind, raw: String(raw), code: 'not_a_string', reason: 'the value is not text' };
  const normalizeKind = BY_KIND.get(kind);
  if (!normalizeKind) return { ok: false, kind, raw, code: 'unknown_kind', reason: `"${kind}" is not an indicator kind` };
  if (raw.length > MAX_VALUE_LENGTH) return { ok: false, kind, raw, code: 'too_long', reason: `the value is longer than ${MAX_VALUE_LENGTH} characters` };
  if (raw.trim() === '') return { ok: false, kind, raw, code: 'empty', reason: 'the value is empty' };
  const result = normalizeKind(raw, options);
  if (!result.ok) return { ok: false, kind, raw, code: result.code, reason: result.reason };
  return { ok: true, kind: kind as ObservableKind /* BY_KIND holds only these */, raw, canonical: result.canonical, match_keys: result.keys, attributes: result.attributes ?? {}, normalizer: NORMALIZER };
}

/** Whether a value is already the canonical form of its kind: normalising it changes nothing. */
export function isCanonical(kind: string, value: string): boolean {
  const result = normalize(kind, value);
  return result.ok && result.canonical === value;
}

/** Normalise options from an observable's `attributes`, so a raw value is read with the context it was shared with. */
export function optionsFromAttributes(attributes: Readonly<Record<string, unknown>> | undefined): NormalizeOptions {
  if (attributes === undefined) return {};
  const text = (key: string) => (typeof attributes[key] === 'string' ? (attributes[key] as string) : undefined);
  const options: NormalizeOptions = {};
  const pairs: Array<[keyof NormalizeOptions, string | undefined]> = [
    ['country', text('country')], ['institution', text('institution_id')], ['scheme', text('scheme')], ['proxyType', text('proxy_type')],
    ['provider', text('provider') ?? text('vasp')], ['chain', text('chain_id')], ['platform', text('platform')], ['appPlatform', text('app_platform')],
  ];
  for (const [key, value] of pairs) if (value !== undefined) (options as Record<string, string>)[key] = value;
  if (options.country && /^[A-Z]{2}$/.test(options.country)) options.defaultRegion = options.country as NormalizeOptions['defaultRegion'];
  return options;
}
