import { get } from '../walk.js';
import { amountIn, equivalentUnitOf, list, show, unitOf, unitsOf } from './money.js';
import { found, type Rule } from './rule.js';

export const amountExceedsLoss: Rule = {
  code: 'amount_exceeds_loss',
  severity: 'error',
  title: 'Frozen and returned within the loss',
  summary:
    'Per currency or asset of the reported loss, what is frozen plus what was returned must not exceed the loss; with `accounting: cumulative`, frozen and returned are each compared with the loss. Amounts in another currency count through their fiat equivalent; without one they are not compared.',
  rationale:
    'Recovery rates are the headline figure of anti-scam reporting. More money frozen and returned than was lost means a double count (the same funds frozen, then returned) or a wrong currency, and would inflate every aggregate built on the data. Running totals (`cumulative`) keep returned funds in the frozen total, so there the two are not added. Funds frozen abroad in another currency are compared through their fiat equivalent only, since no validator knows the rate of the day.',
  wrong: { loss: { reported: [{ amount: '50000.00', currency: 'THB' }], frozen: [{ amount: '30000.00', currency: 'THB' }], returned: [{ amount: '30000.00', currency: 'THB' }] } },
  right: { loss: { accounting: 'cumulative', reported: [{ amount: '50000.00', currency: 'THB' }], frozen: [{ amount: '30000.00', currency: 'THB' }], returned: [{ amount: '30000.00', currency: 'THB' }] } },
  families: ['case'],
  check(record) {
    if (record.type !== 'case') return [];
    const loss = get(record, 'loss');
    const reported = list(get(loss, 'reported'));
    if (reported.length === 0) return [];
    const lossUnits = unitsOf(reported);
    const cumulative = get(loss, 'accounting') === 'cumulative';
    // each recovered amount counts once: in its own unit when the loss has it, else through its fiat equivalent
    const assign = (item: unknown): string | undefined => {
      const unit = unitOf(item);
      if (unit !== undefined && lossUnits.has(unit)) return unit;
      const equivalent = equivalentUnitOf(item);
      return equivalent !== undefined && lossUnits.has(equivalent) ? equivalent : undefined;
    };
    const problems = [];
    for (const unit of lossUnits) {
      let lost = 0n;
      let complete = true;
      for (const item of reported) {
        const amount = amountIn(item, unit);
        if (amount === undefined) complete = false;
        else lost += amount;
      }
      const sum = (name: 'frozen' | 'returned') => {
        let total = 0n;
        for (const item of list(get(loss, name))) {
          if (assign(item) !== unit) continue;
          // an amount counted through its fiat equivalent is only compared with a loss fully known in that unit
          if (unitOf(item) !== unit && !complete) continue;
          total += amountIn(item, unit) ?? 0n;
        }
        return total;
      };
      const frozen = sum('frozen');
      const returned = sum('returned');
      if (cumulative) {
        for (const [name, total] of [['frozen', frozen], ['returned', returned]] as const) {
          if (total > lost) problems.push(found(this, `/loss/${name}`, `The ${name} total (${show(total, unit)}) is more than the reported loss (${show(lost, unit)}); check for funds counted twice or a wrong amount.`));
        }
      } else if (frozen + returned > lost) {
        problems.push(
          found(
            this,
            '/loss',
            `Frozen (${show(frozen, unit)}) plus returned (${show(returned, unit)}) is more than the reported loss (${show(lost, unit)}); check for funds counted twice, or set loss.accounting to "cumulative" if frozen still counts what was returned.`,
          ),
        );
      }
    }
    return problems;
  },
};
