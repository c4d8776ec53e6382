import { get, isObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const observableWithoutValue: Rule = {
  code: 'observable_without_value',
  severity: 'error',
  title: 'An observable carries a value',
  summary: 'An observable must have a canonical value or a pseudonym; a raw value alone (or nothing) cannot be matched.',
  rationale:
    'Partners match indicators on the canonical value or on its keyed pseudonym. An observable with neither cannot be matched, blocked or de-duplicated, so the indicator is useless to every recipient.',
  wrong: { observable: { kind: 'phone_number', raw: '081 234 5678' } },
  right: { observable: { kind: 'phone_number', raw: '081 234 5678', canonical: '+66812345678' } },
  families: ['indicator'],
  check(record) {
    if (record.type !== 'indicator') return [];
    const observable = get(record, 'observable');
    if (!isObject(observable) || typeof observable.canonical === 'string' || isObject(observable.pseudonym)) return [];
    const hint = typeof observable.raw === 'string' ? 'normalise the raw value into "canonical"' : 'add "canonical"';
    return [found(this, '/observable', `The observable has neither "canonical" nor "pseudonym", so no one can match it; ${hint}, or share a keyed "pseudonym" instead.`)];
  },
};
