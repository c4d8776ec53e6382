import { eachObject, valuesAt } from '../walk.js';
import { equivalentUnitOf, unitOf } from './money.js';
import { found, type Rule } from './rule.js';

export const currencyMismatch: Rule = {
  code: 'currency_mismatch',
  severity: 'error',
  title: 'Amounts in different currencies are related',
  summary:
    'A transfer that sent one currency or asset and received another must give the exchange `rate`, and a fiat equivalent must be in another currency than the value it converts.',
  rationale:
    'Money changes currency as it moves (baht buys USDT at an exchange, a THB loss is frozen in AED in the UAE), and 1.1 records that as it happened rather than forcing every amount into the currency of the loss. What cannot be reconciled is a hop whose two amounts are in different units with nothing to relate them, or a "fiat equivalent" that merely repeats its own currency. A freeze or return in another currency than the loss is never a mismatch: give it a fiat equivalent so totals can be compared.',
  wrong: { transfers: [{ id: 'h3', at: '2026-02-03T08:15:00Z', sent: { amount: '290000.00', currency: 'THB' }, received: { amount: '8000.000000', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' } }] },
  right: { transfers: [{ id: 'h3', at: '2026-02-03T08:15:00Z', sent: { amount: '290000.00', currency: 'THB' }, received: { amount: '8000.000000', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' }, rate: '0.027586' }] },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    if (record.type === 'case') {
      for (const { pointer, value } of valuesAt(record, ['transfers', '*'])) {
        const hop = value as Record<string, unknown>;
        const sent = unitOf(hop.sent);
        const received = unitOf(hop.received);
        if (sent !== undefined && received !== undefined && sent !== received && hop.rate === undefined) {
          problems.push(found(this, `${pointer}/received`, `This hop sent ${sent} and received ${received}; give the exchange rate in rate (units received per unit sent).`));
        }
      }
    }
    eachObject(record, (object, pointer) => {
      const fiat = object.fiat_equivalent;
      if (fiat === undefined || unitOf(object) === undefined || equivalentUnitOf(object) !== undefined) return;
      const at = pointer();
      if (at.startsWith('/extensions/')) return;
      problems.push(found(this, `${at}/fiat_equivalent/currency`, `The fiat equivalent is in ${String(object.currency)}, the value's own currency; remove it, or give the equivalent in another currency.`));
    });
    return problems;
  },
};
