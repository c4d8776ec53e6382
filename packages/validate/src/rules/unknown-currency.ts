import { minorUnits } from '../data/iso4217.js';
import { eachObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const unknownCurrency: Rule = {
  code: 'unknown_currency',
  severity: 'error',
  title: 'ISO 4217 currency codes',
  summary: 'Every currency code must be an active ISO 4217 alphabetic code.',
  rationale:
    'The schema only checks the shape (three capital letters). Codes such as "RMB" or "BAH" look right but match no currency, so amounts in them cannot be summed or converted.',
  wrong: { amount: '100.00', currency: 'RMB' },
  right: { amount: '100.00', currency: 'CNY' },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    eachObject(record, (object, pointer) => {
      if (typeof object.currency !== 'string' || minorUnits(object.currency) !== undefined) return;
      problems.push(found(this, `${pointer()}/currency`, `"${object.currency}" is not an ISO 4217 currency code; use the official code (for example CNY, not RMB).`));
    });
    return problems;
  },
};
