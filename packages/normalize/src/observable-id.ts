import * as jcs from 'canonicalize';
import { v5 as uuidv5 } from 'uuid';

/**
 * The GPOS observable namespace: UUIDv5 of the URL `https://schemas.gpos.network/ns/observable` under the
 * RFC 9562 URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
 */
type Canonicalize = (input: unknown) => string | undefined;
// canonicalize is CommonJS whose typings declare an ES default export; resolve the function either way.
const canonicalize: Canonicalize = ((jcs as unknown as { default?: Canonicalize }).default ?? jcs) as Canonicalize;

export const OBSERVABLE_NAMESPACE = '54481bc1-c934-5567-89f8-f20dea348eec';

/**
 * The deterministic id of an observable: `observable--` and the UUIDv5, in the GPOS observable namespace, of
 * the RFC 8785 canonical JSON of `{"kind": kind, "value": canonical}` encoded as UTF-8. The value must already
 * be canonical: ids of raw values would differ between partners.
 */
export function observableId(kind: string, canonical: string): string {
  const name = canonicalize({ kind, value: canonical });
  if (name === undefined) throw new TypeError('observableId: kind and canonical value must be strings');
  return `observable--${uuidv5(name, OBSERVABLE_NAMESPACE)}`;
}
