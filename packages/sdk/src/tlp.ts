import { TLP_ORDER, tlpRank } from '@gpos/schema';
import type { Tlp } from '@gpos/types';

/** True when `value` is one of the five TLP 2.0 labels, in the standard's lower-case spelling. */
export function isTlp(value: unknown): value is Tlp {
  return typeof value === 'string' && (TLP_ORDER as readonly string[]).includes(value);
}

/** The more restrictive of two labels. */
export function stricterTlp(a: Tlp, b: Tlp): Tlp {
  return tlpRank(a) >= tlpRank(b) ? a : b;
}

/** The less restrictive of two labels. */
export function looserTlp(a: Tlp, b: Tlp): Tlp {
  return tlpRank(a) <= tlpRank(b) ? a : b;
}

/** True when something marked `tlp` may be shown to `audience`. */
export function tlpAllows(audience: Tlp, tlp: Tlp): boolean {
  return tlpRank(tlp) <= tlpRank(audience);
}
