import { parseDecimal } from '../decimal.js';
import { get, valuesAt } from '../walk.js';
import { show, unitOf } from './money.js';
import { found, type Rule } from './rule.js';

export const freezeExceedsPayment: Rule = {
  code: 'freeze_exceeds_payment',
  severity: 'error',
  title: 'Freeze within the payment',
  summary: 'The amount frozen on a payment, or on a transfer hop, must not exceed what the payment or hop brought in, when both are in the same currency or asset.',
  rationale:
    'A freeze holds the proceeds of one payment or hop; more than was paid means the freeze belongs to several payments (record it on each) or the amount is wrong. A freeze in another currency is not compared: exchange rates move.',
  wrong: { payments: [{ amount: { amount: '1000.00', currency: 'THB' }, freeze: { status: 'frozen_full', amount: { amount: '10000.00', currency: 'THB' } } }] },
  right: { payments: [{ amount: { amount: '1000.00', currency: 'THB' }, freeze: { status: 'frozen_full', amount: { amount: '1000.00', currency: 'THB' } } }] },
  families: ['case'],
  check(record) {
    if (record.type !== 'case') return [];
    const problems: ReturnType<Rule['check']> = [];
    const compare = (pointer: string, paid: unknown, frozen: unknown, what: string) => {
      const unit = unitOf(paid);
      if (unit === undefined || unit !== unitOf(frozen)) return;
      const p = parseDecimal(String(get(paid, 'amount')));
      const f = parseDecimal(String(get(frozen, 'amount')));
      if (p !== undefined && f !== undefined && f > p) {
        problems.push(found(this, `${pointer}/freeze/amount/amount`, `The frozen amount (${show(f, unit)}) is more than ${what} (${show(p, unit)}); correct the amount.`));
      }
    };
    for (const { pointer, value } of valuesAt(record, ['payments', '*'])) compare(pointer, get(value, 'amount'), get(value, 'freeze', 'amount'), 'the payment');
    for (const { pointer, value } of valuesAt(record, ['transfers', '*'])) {
      compare(pointer, get(value, 'received') ?? get(value, 'sent'), get(value, 'freeze', 'amount'), 'what the hop brought in');
    }
    return problems;
  },
};
