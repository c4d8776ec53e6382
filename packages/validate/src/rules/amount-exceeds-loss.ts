import { get } from '../walk.js';
import { show, totals } from './money.js';
import { found, type Rule } from './rule.js';

export const amountExceedsLoss: Rule = {
  code: 'amount_exceeds_loss',
  severity: 'error',
  title: 'Frozen and returned within the loss',
  summary: 'Per currency, the amounts frozen plus returned must not exceed the reported loss, when a loss is reported in that currency.',
  rationale:
    'Recovery rates are the headline figure of anti-scam reporting. More money frozen and returned than was lost means a double count (the same funds frozen, then returned) or a wrong currency, and would inflate every aggregate built on the data.',
  wrong: { loss: { reported: [{ amount: '50000.00', currency: 'THB' }], frozen: [{ amount: '30000.00', currency: 'THB' }], returned: [{ amount: '30000.00', currency: 'THB' }] } },
  right: { loss: { reported: [{ amount: '50000.00', currency: 'THB' }], frozen: [{ amount: '30000.00', currency: 'THB' }], returned: [{ amount: '20000.00', currency: 'THB' }] } },
  check(record) {
    if (record.type !== 'case') return [];
    const loss = get(record, 'loss');
    const reported = totals(get(loss, 'reported'));
    if (reported.size === 0) return [];
    const frozen = totals(get(loss, 'frozen'));
    const returned = totals(get(loss, 'returned'));
    const problems = [];
    for (const [currency, lost] of reported) {
      const f = frozen.get(currency) ?? 0n;
      const r = returned.get(currency) ?? 0n;
      if (f + r > lost) {
        problems.push(
          found(this, '/loss', `Frozen (${show(f, currency)}) plus returned (${show(r, currency)}) is more than the reported loss (${show(lost, currency)}); check for funds counted twice or a wrong amount.`),
        );
      }
    }
    return problems;
  },
};
