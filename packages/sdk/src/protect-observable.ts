import type { Indicator, MatchKey, Observable, ObservableAttributes } from '@gpos/types';
import type { Keyring } from './keyring.js';
import { isOprfEvaluator } from './oprf.js';
import { hmacMatchKey, pseudonymise, pseudonymiseMany, type PseudonymSource } from './pseudonymise.js';

type AnyRecord = Record<string, unknown>;

/** One thing redaction removed or replaced, for an audit log. Never carries the removed value. */
export interface RedactionNote {
  /** `record_lowered`: an indicator relabelled to the audience with its observable pseudonymised (`indicatorsAbove: 'pseudonymise'`). */
  readonly action: 'record_removed' | 'field_removed' | 'pseudonymised' | 'record_lowered';
  /** The id of the record concerned, when it has one. */
  readonly record?: string;
  /** JSON Pointer from the record root (empty for a whole record). */
  readonly pointer: string;
  readonly reason: string;
}

/**
 * Observable attributes that describe the context of a value (which country, bank, chain, platform) without
 * repeating it. When an observable's value may not reach the audience, every other attribute (handle, account
 * number, address, display form…) goes with it.
 */
const CONTEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'country', 'institution_id', 'institution_name', 'scheme', 'proxy_type', 'provider', 'card_network', 'issuer_country',
  'chain_id', 'custodian', 'asset', 'platform', 'app_platform', 'number_type', 'is_private_suffix', 'unverified',
]);

/** Replaces an observable's value by its pseudonym (or removes it); false when nothing matchable is left. */
export async function protectObservable(observable: Observable, why: string, source: PseudonymSource | undefined, notes: RedactionNote[], id: string | undefined): Promise<boolean> {
  // match keys are keyed only under a community key; an OPRF pseudonym stands for the observable on its own
  const keyring: Keyring | undefined = isOprfEvaluator(source) ? undefined : source;
  const where = { ...(id ? { record: id } : {}) };
  const reason = `the ${observable.kind} value ${why}`;
  if (source && typeof observable.canonical === 'string' && !observable.pseudonym) {
    observable.pseudonym = await pseudonymise(source, observable.kind, observable.canonical);
    notes.push({ action: 'pseudonymised', ...where, pointer: '/observable/canonical', reason });
  }
  for (const field of ['raw', 'canonical', 'id'] as const) {
    if (observable[field] === undefined) continue;
    delete observable[field];
    notes.push({ action: 'field_removed', ...where, pointer: `/observable/${field}`, reason });
  }
  if (observable.attributes) {
    const kept: AnyRecord = {};
    for (const [name, value] of Object.entries(observable.attributes)) {
      if (CONTEXT_ATTRIBUTES.has(name)) kept[name] = value;
      else notes.push({ action: 'field_removed', ...where, pointer: `/observable/attributes/${name}`, reason });
    }
    if (Object.keys(kept).length > 0) observable.attributes = kept as ObservableAttributes;
    else delete observable.attributes;
  }
  if (observable.match_keys) {
    const keys: MatchKey[] = [];
    for (const [i, key] of observable.match_keys.entries()) {
      if (key.type === 'hmac_sha256') keys.push(key);
      else if (keyring) {
        keys.push(await hmacMatchKey(keyring, key));
        notes.push({ action: 'pseudonymised', ...where, pointer: `/observable/match_keys/${i}`, reason });
      } else notes.push({ action: 'field_removed', ...where, pointer: `/observable/match_keys/${i}`, reason });
    }
    if (keys.length > 0) observable.match_keys = keys;
    else delete observable.match_keys;
  }
  return observable.pseudonym !== undefined;
}

/**
 * A copy of an indicator whose observable travels only as a pseudonym: `pseudonym` replaces `raw`, `canonical`
 * and the derived `id`; attributes that repeat the value (handle, account number, address, display form…) are
 * removed and context (country, bank, chain, platform) is kept. With a keyring every match key becomes an
 * `hmac_sha256` key; with an OPRF evaluator clear match keys are removed (the OPRF pseudonym is the match). The
 * record's `tlp` is left as it is: as the source, lower it yourself if your policy allows a pseudonymised value
 * to travel further. Throws a TypeError when the observable has no canonical value.
 *
 * @example const shareable = await pseudonymiseIndicator(muleAccount, keyring);
 */
export async function pseudonymiseIndicator<T extends Indicator>(indicator: T, source: PseudonymSource): Promise<T> {
  const [copy] = await pseudonymiseIndicators([indicator], source);
  return copy!;
}

/**
 * {@link pseudonymiseIndicator} for many indicators, with their values pseudonymised together: through an OPRF
 * evaluator, 10,000 indicators are one round trip to the exchange.
 */
export async function pseudonymiseIndicators<T extends Indicator>(indicators: readonly T[], source: PseudonymSource): Promise<T[]> {
  const copies = indicators.map((indicator) => {
    const copy = structuredClone(indicator);
    if (typeof copy.observable?.canonical !== 'string' && !copy.observable?.pseudonym) {
      throw new TypeError('pseudonymiseIndicator: the observable has no canonical value to pseudonymise; build it with buildIndicator first');
    }
    return copy;
  });
  const pending = copies.filter((c) => !c.observable.pseudonym);
  const pseudonyms = await pseudonymiseMany(source, pending.map((c) => ({ kind: c.observable.kind, canonical: c.observable.canonical! })));
  pending.forEach((c, i) => (c.observable.pseudonym = pseudonyms[i]!));
  for (const copy of copies) await protectObservable(copy.observable, 'is pseudonymised', source, [], undefined);
  return copies;
}
