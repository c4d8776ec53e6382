import { parseDecimal } from '../decimal.js';
import { get, valuesAt } from '../walk.js';
import { show } from './money.js';
import { found, type Rule } from './rule.js';

export const freezeExceedsPayment: Rule = {
  code: 'freeze_exceeds_payment',
  severity: 'error',
  title: 'Freeze within the payment',
  summary: 'The amount frozen on a payment must not exceed the payment itself.',
  rationale: 'A freeze holds the proceeds of one payment; more than was paid means the freeze belongs to several payments (record it on each) or the amount is wrong.',
  wrong: { payments: [{ amount: { amount: '1000.00', currency: 'THB' }, freeze: { status: 'frozen_full', amount: { amount: '10000.00', currency: 'THB' } } }] },
  right: { payments: [{ amount: { amount: '1000.00', currency: 'THB' }, freeze: { status: 'frozen_full', amount: { amount: '1000.00', currency: 'THB' } } }] },
  check(record) {
    if (record.type !== 'case') return [];
    const problems = [];
    for (const { pointer, value } of valuesAt(record, ['payments', '*'])) {
      const currency = get(value, 'amount', 'currency');
      if (currency !== get(value, 'freeze', 'amount', 'currency') || typeof currency !== 'string') continue;
      const paid = parseDecimal(String(get(value, 'amount', 'amount')));
      const frozen = parseDecimal(String(get(value, 'freeze', 'amount', 'amount')));
      if (paid !== undefined && frozen !== undefined && frozen > paid) {
        problems.push(found(this, `${pointer}/freeze/amount/amount`, `The frozen amount (${show(frozen, currency)}) is more than the payment (${show(paid, currency)}); correct the amount.`));
      }
    }
    return problems;
  },
};
