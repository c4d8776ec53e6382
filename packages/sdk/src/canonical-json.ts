import * as jcs from 'canonicalize';

type Canonicalize = (input: unknown) => string | undefined;
// canonicalize is CommonJS whose typings declare an ES default export; resolve the function either way.
const canonicalizeFn: Canonicalize = ((jcs as unknown as { default?: Canonicalize }).default ?? jcs) as Canonicalize;

/** RFC 8785 (JCS) canonical JSON of `value`; throws a TypeError for values JSON cannot represent. */
export function canonicalJson(value: unknown): string {
  const text = canonicalizeFn(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}
