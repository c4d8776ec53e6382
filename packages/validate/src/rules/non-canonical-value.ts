import { normalizer } from '../normalizer.js';
import { get, isObject } from '../walk.js';
import { found, type Rule } from './rule.js';

const short = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

export const nonCanonicalValue: Rule = {
  code: 'non_canonical_value',
  severity: 'error',
  title: 'Canonical values are canonical',
  summary: "An observable's `canonical` must be exactly what the reference normaliser produces for its kind, and agree with `raw`.",
  rationale:
    'Matching across partners works only if everyone writes the same value the same way (E.164 phone numbers, lower-case hosts, checksummed addresses). A value that normalises to something else will silently fail to match, and its observable id will differ.',
  wrong: { observable: { kind: 'domain', raw: 'Bad-Bank.Example', canonical: 'Bad-Bank.Example' } },
  right: { observable: { kind: 'domain', raw: 'Bad-Bank.Example', canonical: 'bad-bank.example' } },
  families: ['indicator'],
  check(record) {
    const api = normalizer();
    if (!api || record.type !== 'indicator') return [];
    const observable = get(record, 'observable');
    if (!isObject(observable) || typeof observable.kind !== 'string') return [];
    const kind = observable.kind;
    const problems = [];
    if (typeof observable.canonical === 'string') {
      const canonical = observable.canonical;
      const attributes = isObject(observable.attributes) ? observable.attributes : undefined;
      // Without attributes, raw and canonical are read alike; when raw normalises to the canonical, the canonical
      // is the normaliser's own output, a fixed point (normalisation is idempotent, a property the normaliser's
      // tests hold it to), so it need not be normalised a second time.
      const raw = typeof observable.raw === 'string' ? api.normalize(kind, observable.raw, api.optionsFromAttributes?.(attributes)) : undefined;
      if (attributes === undefined && raw?.ok && raw.canonical === canonical) return [];
      const result = api.normalize(kind, canonical);
      if (!result.ok) {
        problems.push(found(this, '/observable/canonical', `${short(canonical)} is not a valid ${kind}${result.reason ? ` (${result.reason})` : ''}; correct the value or the kind.`));
      } else if (result.canonical !== canonical) {
        problems.push(found(this, '/observable/canonical', `${short(canonical)} is not in canonical form for a ${kind}; write it as ${short(result.canonical)}.`));
      } else if (raw?.ok && raw.canonical !== canonical) {
        problems.push(found(this, '/observable/canonical', `The raw value normalises to ${short(raw.canonical)}, not to the canonical ${short(canonical)}; one of the two belongs to a different ${kind}.`));
      }
    }
    return problems;
  },
};
