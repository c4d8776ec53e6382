import { normalizer } from '../normalizer.js';
import { get, isObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const observableIdMismatch: Rule = {
  code: 'observable_id_mismatch',
  severity: 'error',
  title: 'Observable ids are derived, not invented',
  summary: "An observable's `id` must equal the deterministic id of its kind and canonical value (UUIDv5 over their RFC 8785 JSON).",
  rationale:
    'Two partners reporting the same wallet or phone number find each other through the observable id without exchanging the value. A hand-made or stale id breaks that silently.',
  wrong: { observable: { kind: 'domain', canonical: 'bad-bank.example', id: 'observable--00000000-0000-5000-8000-000000000000' } },
  right: { observable: { kind: 'domain', canonical: 'bad-bank.example', id: 'observable--cd48b1a9-de66-5b1f-a4b8-ebd767ca1b26' } },
  families: ['indicator'],
  check(record) {
    const api = normalizer();
    if (!api || record.type !== 'indicator') return [];
    const observable = get(record, 'observable');
    if (!isObject(observable) || typeof observable.id !== 'string' || typeof observable.kind !== 'string' || typeof observable.canonical !== 'string') return [];
    let expected: string;
    try {
      expected = api.observableId(observable.kind, observable.canonical);
    } catch {
      return [];
    }
    if (expected === observable.id) return [];
    return [found(this, '/observable/id', `The observable id does not match its kind and canonical value; it should be ${expected} (or leave "id" out and let the SDK derive it).`)];
  },
};
