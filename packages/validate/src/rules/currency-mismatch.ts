import { get, isObject, valuesAt } from '../walk.js';
import { totals } from './money.js';
import { found, type Rule } from './rule.js';

export const currencyMismatch: Rule = {
  code: 'currency_mismatch',
  severity: 'error',
  title: 'Amounts in the currency of what they are part of',
  summary: "A payment's frozen amount must be in the payment's currency, and frozen or returned amounts must be in a currency of the reported loss.",
  rationale:
    'Amounts are compared and summed per currency; an amount in a currency the loss was never reported in cannot be reconciled, and usually means a conversion was recorded as a second amount or the currency code is wrong.',
  wrong: { payments: [{ amount: { amount: '1000.00', currency: 'THB' }, freeze: { status: 'frozen_full', amount: { amount: '1000.00', currency: 'USD' } } }] },
  right: { payments: [{ amount: { amount: '1000.00', currency: 'THB' }, freeze: { status: 'frozen_full', amount: { amount: '1000.00', currency: 'THB' } } }] },
  check(record) {
    if (record.type !== 'case') return [];
    const problems = [];
    for (const { pointer, value } of valuesAt(record, ['payments', '*'])) {
      const paid = get(value, 'amount', 'currency');
      const frozen = get(value, 'freeze', 'amount');
      if (isObject(frozen) && typeof paid === 'string' && typeof frozen.currency === 'string' && frozen.currency !== paid) {
        problems.push(found(this, `${pointer}/freeze/amount/currency`, `The frozen amount is in ${frozen.currency} but the payment was in ${paid}; give the frozen amount in ${paid}.`));
      }
    }
    const reported = totals(get(record, 'loss', 'reported'));
    if (reported.size > 0) {
      const allowed = [...reported.keys()].join(', ');
      for (const list of ['frozen', 'returned'] as const) {
        for (const { pointer, value } of valuesAt(record, ['loss', list, '*', 'currency'])) {
          if (typeof value === 'string' && !reported.has(value)) {
            problems.push(found(this, pointer, `A ${list} amount is in ${value}, but the loss was reported in ${allowed}; give it in the currency of the loss.`));
          }
        }
      }
    }
    return problems;
  },
};
