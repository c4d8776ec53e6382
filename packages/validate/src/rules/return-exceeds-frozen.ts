import { get, valuesAt } from '../walk.js';
import { list, show, sumIn, unitOf, unitsOf } from './money.js';
import { found, type Rule } from './rule.js';

export const returnExceedsFrozen: Rule = {
  code: 'return_exceeds_frozen',
  severity: 'error',
  title: 'Returns within what was frozen',
  summary:
    "The returns recorded on a freeze must not add up to more than the amount frozen; with `loss.accounting: cumulative`, the loss's returned total must not exceed its frozen and seized totals. Compared in a common currency or asset, or through fiat equivalents; otherwise not compared.",
  rationale:
    'Money comes back to a victim only out of what an authority or bank held. Returns larger than the freeze mean a return recorded twice (once per tranche and once as a total), an amount in the wrong unit, or a freeze amount never updated after a second order.',
  wrong: { status: 'partially_returned', amount: { amount: '120000.00', currency: 'AED' }, returns: [{ amount: { amount: '150000.00', currency: 'AED' }, returned_at: '2026-05-20' }] },
  right: { status: 'partially_returned', amount: { amount: '120000.00', currency: 'AED' }, returns: [{ amount: { amount: '80000.00', currency: 'AED' }, returned_at: '2026-05-20' }] },
  families: ['case'],
  check(record) {
    if (record.type !== 'case') return [];
    const problems: ReturnType<Rule['check']> = [];
    const compare = (pointer: string, returned: readonly unknown[], held: readonly unknown[], message: (r: string, h: string) => string) => {
      if (returned.length === 0 || held.length === 0) return;
      // the first unit both sides can be expressed in, preferring the held amount's own unit
      const comparable = unitsOf(returned);
      const candidates = [...unitsOf(held)].filter((unit) => comparable.has(unit));
      for (const unit of candidates) {
        const r = sumIn(returned, unit);
        const h = sumIn(held, unit);
        if (r === undefined || h === undefined) continue;
        if (r > h) problems.push(found(this, pointer, message(show(r, unit), show(h, unit))));
        return;
      }
    };
    for (const path of [['payments', '*', 'freeze'], ['transfers', '*', 'freeze']]) {
      for (const { pointer, value } of valuesAt(record, path)) {
        const amount = get(value, 'amount');
        if (unitOf(amount) === undefined) continue;
        const returns = list(get(value, 'returns')).map((item) => get(item, 'amount'));
        compare(`${pointer}/returns`, returns, [amount], (r, h) => `The returns add up to ${r}, more than the ${h} frozen; check for a return recorded twice or a freeze amount not updated.`);
      }
    }
    const loss = get(record, 'loss');
    if (get(loss, 'accounting') === 'cumulative') {
      compare('/loss/returned', list(get(loss, 'returned')), [...list(get(loss, 'frozen')), ...list(get(loss, 'seized'))], (r, h) => `The returned total (${r}) is more than everything frozen or seized (${h}); with cumulative accounting, returned funds stay in the frozen total.`);
    }
    return problems;
  },
};
