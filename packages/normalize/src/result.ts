import type { KindResult, MatchKey, ObservableAttributes } from './types.js';

/** A successful kind result. */
export function valid(canonical: string, keys: MatchKey[], attributes: ObservableAttributes = {}): KindResult {
  return { ok: true, canonical, keys, attributes };
}

/** A refusal with a stable code and a reason a data steward can act on. */
export function invalid(code: string, reason: string): KindResult {
  return { ok: false, code, reason };
}

/** Keys for each value given, skipping the absent ones. */
export function keys(...pairs: Array<[type: string, value: string | undefined | null]>): MatchKey[] {
  const out: MatchKey[] = [];
  for (const [type, value] of pairs) if (typeof value === 'string' && value !== '') out.push({ type, value });
  return out;
}
